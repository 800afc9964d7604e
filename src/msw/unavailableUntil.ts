import { systemClock } from '../core/timing/Clock.js';
import { answerFailure } from './answerFailure.js';
import { answerSuccess } from './answerSuccess.js';
import { createScenario } from './createScenario.js';
import type { ProblemSpec, RetryAfterVia } from './ProblemSpec.js';
import type { ScenarioOptions } from './ScenarioOptions.js';
import type { ScenarioResolver } from './ScenarioResolver.js';

/**
 * Options for `unavailableUntil`.
 *
 * @example
 * ```ts
 * unavailableUntil(60_000, { problem: { dialect: 'aspnet', detail: 'Scheduled maintenance.' }, via: 'retry-after-date' });
 * ```
 */
export interface UnavailableUntilOptions extends ScenarioOptions {
  /** The 503 to send (any dialect, title, detail…). `status` defaults to 503; `retryAfter` is computed. */
  readonly problem?: Omit<ProblemSpec, 'status' | 'retryAfter'> & { readonly status?: number };
  /**
   * The header(s) announcing when to come back: default `Retry-After` in seconds (the dialect's own for
   * BigCommerce); `'retry-after-date'` sends the HTTP-date of the end; `[]` sends none.
   */
  readonly via?: RetryAfterVia | readonly RetryAfterVia[];
}

/**
 * "503 until the probe at T succeeds": every request before `until` gets a 503 whose `Retry-After` points at
 * `until`; the first request at or after it — the kit's probe, scheduled from that header — gets `success`,
 * and so does everything after. `until` is a `Date` (a fixed moment) or a number of ms counted from the first
 * request this resolver answers. Time comes from the injected clock. `reset()` forgets the first request.
 *
 * @example
 * ```ts
 * server.use(http.get('/api/orders', unavailableUntil(60_000, { problem: { dialect: 'aspnet' } })));
 * // t=0 → 503, Retry-After: 60 · t=45 s → 503, Retry-After: 15 · t=60 s (the probe) → 200
 * unavailableUntil(new Date('2026-11-23T10:00:00Z'), { via: 'retry-after-date', clock: storyClock });
 * ```
 */
export function unavailableUntil(until: Date | number, options: UnavailableUntilOptions = {}): ScenarioResolver {
  const clock = options.clock ?? systemClock;
  let endsAt: number | undefined;
  const problem: ProblemSpec = { ...options.problem, status: options.problem?.status ?? 503 };
  return createScenario(
    async (request) => {
      const now = clock.now();
      endsAt ??= until instanceof Date ? until.getTime() : now + until;
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
