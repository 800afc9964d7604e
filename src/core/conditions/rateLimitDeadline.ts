import type { ApiProblem } from '../ApiProblem.js';

/**
 * When a rate-limited problem lets actions run again: `receivedAt` plus the server's wait (`Retry-After`, else
 * the rate-limit reset), or, when the server named no time, plus a short fallback hold (`unknownMs`, 10 s by
 * default) with `untilKnown: false`, so the UI says "wait a moment" instead of counting down. `nowMs` stands in
 * for a `receivedAt` that is not a finite number. `undefined` for any problem that is not `rate-limited`. The one
 * place this is decided: the conditions store, `useRateLimit` and the components all hold for the same time.
 *
 * @example
 * ```ts
 * rateLimitDeadline(toProblem({ status: 429, headers: { 'Retry-After': '30' } }));
 * // { until: receivedAt + 30_000, untilKnown: true }
 * rateLimitDeadline(toProblem({ status: 429 })); // { until: receivedAt + 10_000, untilKnown: false }
 * ```
 */
export function rateLimitDeadline(
  problem: ApiProblem | undefined,
  unknownMs = 10_000,
  nowMs = 0,
): { readonly until: number; readonly untilKnown: boolean } | undefined {
  if (problem?.kind !== 'rate-limited') return undefined;
  const wait = problem.retryAfterMs ?? problem.rateLimit?.resetMs;
  const untilKnown = typeof wait === 'number' && Number.isFinite(wait) && wait >= 0;
  const from = Number.isFinite(problem.receivedAt) ? problem.receivedAt : nowMs;
  return { until: from + (untilKnown ? wait : unknownMs), untilKnown };
}
