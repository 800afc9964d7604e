import type { ApiProblem } from '../ApiProblem.js';

/**
 * When an unavailable service said it would be back: the problem's `receivedAt` plus its `Retry-After` wait, as
 * epoch ms, or `undefined` when it named no usable time. `nowMs` stands in for a `receivedAt` that is not a finite
 * number (by default there is none, and the answer is `undefined`). The conditions store, `ProblemNotice` and
 * `MaintenanceBanner` all read the time this way.
 *
 * @example
 * ```ts
 * serviceBackAt(toProblem({ status: 503, headers: { 'Retry-After': '1800' } })); // receivedAt + 1_800_000
 * serviceBackAt(toProblem({ status: 503 }));                                    // undefined
 * ```
 */
export function serviceBackAt(problem: ApiProblem | undefined, nowMs = Number.NaN): number | undefined {
  const wait = problem?.retryAfterMs;
  if (problem === undefined || typeof wait !== 'number' || !(wait >= 0)) return undefined;
  const at = (Number.isFinite(problem.receivedAt) ? problem.receivedAt : nowMs) + wait;
  return Number.isFinite(at) ? at : undefined;
}
