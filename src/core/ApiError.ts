import type { ApiProblem } from './ApiProblem.js';
import { isApiProblem } from './isApiProblem.js';

/**
 * What failed, for developers: status, kind, and the request as method and URL without query or fragment, which
 * often carry tokens or personal data (error messages end up in consoles, logs and error trackers; the full URL
 * stays in `problem.request`). A URL is shortened to 200 characters: enough to recognise the endpoint.
 */
function messageFor(problem: ApiProblem): string {
  let message = 'Request failed';
  try {
    const { status, kind, request } = problem;
    const method: unknown = request?.method;
    const url: unknown = request?.url;
    if (typeof status === 'number' && status > 0) message += ` with ${status}`;
    if (typeof kind === 'string') message += ` (${kind})`;
    if (typeof method === 'string' && typeof url === 'string') {
      const path = url.replace(/[?#][\s\S]*$/, '');
      message += `: ${method.toUpperCase()} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}`;
    }
    return message;
  } catch {
    return 'Request failed';
  }
}

/**
 * The error `apiFetch` rejects with, carrying the normalised `problem`. Its `message` is for developers and
 * says what failed — status, kind, method and URL (`Request failed with 422 (validation): POST /api/companies`);
 * what a person reads comes from `problem` through the message catalog, never from `message`. The original
 * failure (a network `TypeError`, a timeout) is kept as `cause`. Test for it with `isApiError`, which also
 * recognises errors from another realm or another copy of the package.
 *
 * @example
 * ```ts
 * try {
 *   await apiFetch('/api/companies', { method: 'POST', body: { name: '' } });
 * } catch (error) {
 *   if (isApiError(error) && error.problem.kind === 'validation') showFieldErrors(error.problem);
 * }
 * ```
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly problem: ApiProblem;

  constructor(problem: ApiProblem, options?: { cause?: unknown }) {
    super(messageFor(problem), options);
    this.problem = problem;
  }
}

/**
 * Whether `value` is an `ApiError`: an instance of this class, or — across realms (iframes, `node:vm`) and
 * duplicated copies of the package, where `instanceof` fails — an object named `'ApiError'` whose `problem`
 * has the shape of an `ApiProblem`. Never throws.
 *
 * @example
 * ```ts
 * isApiError(new ApiError(toProblem({ status: 500 }))); // true
 * isApiError(new Error('Request failed'));              // false
 * ```
 */
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Inside the try: `instanceof` runs a Proxy's getPrototypeOf trap, which may throw.
    if (value instanceof ApiError) return true;
    const candidate = value as { name?: unknown; problem?: unknown };
    return candidate.name === 'ApiError' && isApiProblem(candidate.problem);
  } catch {
    return false;
  }
}
