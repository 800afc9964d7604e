// Shape: no body at all: 204-style empty responses, HEAD, Aritma's 401 ("For all errors except 401 Unauthorized …
// a Problem Details response body", https://developer.aritma.com/apis/commerce/development/4-responses/), a 401
// with only `WWW-Authenticate` (RFC 9110 §11.6.1, https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1).
import type { Dialect } from './Dialect.js';

/**
 * No body: `undefined`, `null` or blank text. It reads nothing, so the problem gets the catalog
 * title for its kind.
 *
 * @example
 * ```ts
 * toProblem({ status: 401 }).dialect; // 'empty'
 * ```
 */
export const emptyBody: Dialect = {
  name: 'empty',
  read: (body) => (body == null || (typeof body === 'string' && !body.trim()) ? {} : undefined),
};
