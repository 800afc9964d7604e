'use client';
import { type RateLimitHold, useRateLimit } from '../react/useRateLimit.js';
import { useGivenProblem } from './useGivenProblem.js';

/**
 * The rate-limit hold for a component: from its explicit `problem`/`error` when it was given one (a 429 holds
 * from `receivedAt` for its `Retry-After`, else its rate-limit reset, else a short fallback; `null` holds
 * nothing), otherwise from the nearest scope's 429 or the provider's global condition, the later wins (see
 * `useRateLimit`). Re-renders when the hold starts and once when it ends, never per second.
 *
 * @example
 * ```ts
 * const { held, until, untilKnown } = useRateLimitHold(props.problem, props.error, props.target);
 * ```
 */
export function useRateLimitHold(problem: unknown, error: unknown, target?: string): RateLimitHold {
  const given = useGivenProblem(problem, error);
  return useRateLimit(target, given.given ? (given.problem ?? null) : undefined);
}
