import type { ApiProblem } from './ApiProblem.js';
import { kindTitles } from './messages/kindTitles.js';

/**
 * Whether `value` has the shape of an `ApiProblem`: a numeric `status`, a known `kind`, a string `title` and
 * `dialect`, a `titleSource`, a numeric `receivedAt`, a Map-like `fieldErrors` and an array of `formErrors` —
 * everything a component reads. It checks shape, not class, so a problem from another realm (an iframe, a
 * `node:vm` context, a second copy of the package) passes, and it never throws, even on a hostile Proxy.
 *
 * @example
 * ```ts
 * isApiProblem(toProblem({ status: 404 })); // true
 * isApiProblem({ status: 404 });            // false
 * isApiProblem(new Error('x'));             // false
 * ```
 */
export function isApiProblem(value: unknown): value is ApiProblem {
  try {
    // Destructuring null or undefined throws, like a hostile Proxy's getter: both answer false below.
    const { status, kind, title, titleSource, receivedAt, dialect, fieldErrors, formErrors } = value as Record<
      string,
      unknown
    >;
    const map = fieldErrors as { get?: unknown; [Symbol.iterator]?: unknown } | null | undefined;
    return (
      typeof value === 'object' &&
      typeof status === 'number' &&
      typeof kind === 'string' &&
      // Every kind has a catalog title: the kinds are its keys.
      Object.hasOwn(kindTitles, kind) &&
      typeof title === 'string' &&
      (titleSource === 'body' || titleSource === 'catalog') &&
      typeof receivedAt === 'number' &&
      typeof dialect === 'string' &&
      typeof map?.get === 'function' &&
      typeof map[Symbol.iterator] === 'function' &&
      Array.isArray(formErrors)
    );
  } catch {
    return false;
  }
}
