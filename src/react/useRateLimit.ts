'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { originOf } from '../core/conditions/originOf.js';
import { rateLimitDeadline } from '../core/conditions/rateLimitDeadline.js';
import { rateLimitFor } from '../core/conditions/rateLimitFor.js';
import { useDeadlinePassed } from './useDeadlinePassed.js';
import { useProblem } from './useProblem.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * Whether actions are held by a rate limit, and until when.
 *
 * @example
 * ```ts
 * const { held, until, untilKnown }: RateLimitHold = useRateLimit();
 * ```
 */
export interface RateLimitHold {
  /** `true` while a 429 (or 509) holds actions; flips to `false` exactly at `until`. */
  readonly held: boolean;
  /** Epoch ms (provider clock) when actions may run again; `undefined` when nothing holds them. */
  readonly until: number | undefined;
  /** `false` when the server gave no time (`until` is then a short fallback hold: show "wait a moment"). */
  readonly untilKnown: boolean;
  /** The rate-limited problem that set `until`. */
  readonly problem: ApiProblem | undefined;
  /** The origin held, `undefined` for every origin. */
  readonly origin: string | undefined;
  /** Where the hold comes from: the nearest scope's problem, or the provider's global conditions. */
  readonly source: 'scope' | 'global' | undefined;
}

const free: RateLimitHold = /* @__PURE__ */ Object.freeze({
  held: false,
  until: undefined,
  untilKnown: false,
  problem: undefined,
  origin: undefined,
  source: undefined,
});

/**
 * Whether actions are held by a rate limit, and until when: the later of the nearest scope's own 429 (from its
 * `Retry-After` or rate-limit headers) and the provider's global rate-limit condition for the relevant origin
 * (`target`, else the scope problem's request URL, else every origin). Given a `problem` (what components pass
 * from their own `problem`/`error` prop), only that problem holds: neither the scope nor the provider counts, and
 * `null` holds nothing. Re-renders when the hold changes and once when it ends, not every second; pair it with
 * `useCountdown(until)` for a visible countdown.
 *
 * @example
 * ```tsx
 * function SaveButton() {
 *   const { held } = useRateLimit();
 *   return <button type="submit" disabled={held}>Save</button>;
 * }
 * ```
 */
export function useRateLimit(target?: string, problem?: ApiProblem | null): RateLimitHold {
  const { conditions } = useProblemContext();
  const scoped = useProblem();
  const explicit = problem !== undefined;
  const own = explicit ? (problem ?? undefined) : scoped;
  const where = explicit ? undefined : (target ?? own?.request?.url);
  const getGlobal = useCallback(
    () => (explicit ? undefined : rateLimitFor(conditions.getSnapshot(), where)),
    [conditions, explicit, where],
  );
  const getServerGlobal = useCallback(
    () => (explicit ? undefined : rateLimitFor(conditions.getServerSnapshot(), where)),
    [conditions, explicit, where],
  );
  const global = useSyncExternalStore(conditions.subscribe, getGlobal, getServerGlobal);
  const deadline = rateLimitDeadline(own);
  const winner =
    global !== undefined && (deadline === undefined || global.until > deadline.until)
      ? { ...global, source: 'global' as const }
      : own !== undefined && deadline !== undefined
        ? { ...deadline, problem: own, origin: originOf(own.request?.url), source: 'scope' as const }
        : undefined;
  const passed = useDeadlinePassed(winner?.until);
  return winner === undefined || passed ? free : { held: true, ...winner };
}
