// Shape: any non-JSON, non-HTML text body (`text/plain` from proxies, load balancers and frameworks' defaults, or
// JSON that failed to parse). Seed 004 (https://developer.aritma.com/apis/commerce/development/4-responses/) and
// research/formats.md §9.2–9.3: the text is not shown (it may be a stack trace or a proxy's boilerplate); the title
// comes from the catalog and the text stays in `problem.body`.
import type { Dialect } from './Dialect.js';

/**
 * Plain text: any string body not claimed before it (HTML has its own dialect). It reads nothing,
 * so the problem gets the catalog title for its kind; the text stays in `body`.
 *
 * @example
 * ```ts
 * toProblem({ status: 502, body: 'upstream connect error or disconnect/reset before headers' });
 * // dialect 'text', titleSource 'catalog', body 'upstream connect error …'
 * ```
 */
export const plainText: Dialect = {
  name: 'text',
  read: (body) => (typeof body === 'string' ? {} : undefined),
};
