import { systemClock } from '../core/timing/Clock.js';
import { answerFailure } from './answerFailure.js';
import { answerSuccess } from './answerSuccess.js';
import { createScenario } from './createScenario.js';
import type { ProblemSpec, RetryAfterVia } from './ProblemSpec.js';
import type { ScenarioOptions } from './ScenarioOptions.js';
import type { ScenarioResolver } from './ScenarioResolver.js';

/**
 * Options for `rateLimitedFor`.
 *
 * @example
 * ```ts
 * rateLimitedFor(30_000, { problem: { dialect: 'b2b-edition', rateLimit: { limit: 150, remaining: 0 } }, success: 'next' });
 * ```
 */
export interface RateLimitedForOptions extends ScenarioOptions {
  /** The 429 to send (any dialect, title, quota…). `status` defaults to 429; `retryAfter` is computed. */
  readonly problem?: Omit<ProblemSpec, 'status' | 'retryAfter'> & { readonly status?: number };
  /**
   * The header(s) that carry the countdown (default: the dialect's own, e.g. `Retry-After`, or BigCommerce's
   * `X-Retry-After` + `X-Rate-Limit-Time-Reset-Ms`); `[]` sends none, like a 429 "without headers".
   */
  readonly via?: RetryAfterVia | readonly RetryAfterVia[];
}

/**
 * "429 for a while, then OK": from the first request it answers, this resolver sends a 429 for `durationMs`
 * with the seconds still left in `Retry-After` (or the dialect's own headers), counting down on the injected
 * clock — so a 30 s window says 30, then 20 ten seconds later, and answers `success` once it is over. A frozen
 * clock keeps it at 30 for a still story. The window lives in this resolver; `reset()` closes it.
 *
 * @example
 * ```ts
 * server.use(http.post('/api/companies', rateLimitedFor(30_000, { problem: { dialect: 'bigcommerce-v3' } })));
 * // t=0 s → 429, X-Retry-After: 30 · t=10 s → 429, X-Retry-After: 20 · t=30 s → 200
 * ```
 */
export function rateLimitedFor(durationMs: number, options: RateLimitedForOptions = {}): ScenarioResolver {
  const clock = options.clock ?? systemClock;
  let endsAt: number | undefined;
  const problem: ProblemSpec = { ...options.problem, status: options.problem?.status ?? 429 };
  return createScenario(
    async (request) => {
      const now = clock.now();
      endsAt ??= now + durationMs;
      if (now < endsAt) {
        return answerFailure(problem, request, clock, {
          retryAfter: { until: endsAt, ...(options.via === undefined ? {} : { via: options.via }) },
        });
      }
      return answerSuccess(options.success, problem.dialect ?? 'rfc9457', request);
    },
    () => {
      endsAt = undefined;
    },
  );
}
