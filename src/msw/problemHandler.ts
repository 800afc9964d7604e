import type { HttpHandler, Path } from 'msw';
import type { Clock } from '../core/timing/Clock.js';
import { httpFor } from './httpFor.js';
import type { MockMethod } from './MockMethod.js';
import type { ProblemSpec } from './ProblemSpec.js';
import { problemResponse } from './problemResponse.js';

/**
 * Options for `problemHandler`.
 *
 * @example
 * ```ts
 * problemHandler('get', '/api/me', { status: 401, dialect: 'empty' }, { once: true });
 * ```
 */
export interface ProblemHandlerOptions {
  /** The clock HTTP-dates and epoch resets are computed from. Default `systemClock`. */
  readonly clock?: Clock;
  /** Answer only the first matching request (msw's `once`), then let later requests through to other handlers. */
  readonly once?: boolean;
}

/**
 * An msw handler that answers `method path` with the problem `spec` describes, in its dialect, every time
 * (or once, with `{ once: true }`). The spec may be a function of the request, for answers that depend on
 * it. The handler keeps no state, so one instance can serve every story and test.
 *
 * @example
 * ```ts
 * server.use(
 *   problemHandler('post', '/api/companies', {
 *     status: 422,
 *     dialect: 'b2b-edition',
 *     title: 'Parameter Error',
 *     fieldErrors: { last_name: ['This field may not be null.'] },
 *   }),
 * );
 * // In a story: parameters: { msw: { handlers: [problemHandler('get', '/api/orders', { status: 503, retryAfter: 120 })] } }
 * ```
 */
export function problemHandler(
  method: MockMethod,
  path: Path,
  spec: ProblemSpec | ((info: { readonly request: Request }) => ProblemSpec),
  options: ProblemHandlerOptions = {},
): HttpHandler {
  return httpFor(method)(
    path,
    ({ request }) =>
      problemResponse(typeof spec === 'function' ? spec({ request }) : spec, {
        request: { method: request.method, url: request.url },
        ...(options.clock === undefined ? {} : { clock: options.clock }),
      }),
    options.once === undefined ? undefined : { once: options.once },
  );
}
