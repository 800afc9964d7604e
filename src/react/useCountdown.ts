'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { subscribeUntil } from './subscribeUntil.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * Where a countdown stands at the last render.
 *
 * @example
 * ```ts
 * const { seconds, remainingMs, done }: Countdown = useCountdown(deadline);
 * ```
 */
export interface Countdown {
  /**
   * Milliseconds left (≥ 0), consistent with `seconds`. `undefined` when there is no deadline, and during server
   * rendering and hydration, when the time is not read (so server and browser render the same).
   */
  readonly remainingMs: number | undefined;
  /** Whole seconds left, rounded up (what a countdown displays); 0 exactly when the deadline is reached. */
  readonly seconds: number | undefined;
  /**
   * `true` once the deadline has passed, and when there is none; `false` while counting and while the time is
   * not read yet (server, hydration), so an action held by a deadline is never released early.
   */
  readonly done: boolean;
}

/** Snapshot for "no deadline". */
const none = -2;
/** Snapshot for "time not read" (server render and hydration). */
const unread = -1;

const noDeadline: Countdown = /* @__PURE__ */ Object.freeze({ remainingMs: undefined, seconds: undefined, done: true });
const notRead: Countdown = /* @__PURE__ */ Object.freeze({ remainingMs: undefined, seconds: undefined, done: false });

function usable(deadline: number | undefined): deadline is number {
  return typeof deadline === 'number' && Number.isFinite(deadline);
}

/**
 * Counts down to `deadline` (epoch ms on the provider's clock): whole seconds left, the milliseconds behind
 * them, and whether it is done. The value is computed from the deadline, never by counting ticks, so a tab that
 * slept shows the right time when it wakes. Every countdown on the page shares the provider clock's one ticker,
 * which runs only while some countdown is counting; this hook re-renders its own component once per displayed
 * second and nothing else. The server snapshot does not read the time, so `renderToString` starts no timer and
 * hydration never mismatches: the browser fills the time in right after hydrating.
 *
 * @example
 * ```tsx
 * function Retry({ problem }: { problem: ApiProblem }) {
 *   const { seconds, done } = useCountdown(problem.receivedAt + (problem.retryAfterMs ?? 0));
 *   return done ? <button type="submit">Try again</button> : <p>Try again in {seconds} s</p>;
 * }
 * ```
 */
export function useCountdown(deadline: number | undefined): Countdown {
  const { clock, ticker } = useProblemContext();
  const target = usable(deadline) ? deadline : undefined;
  const subscribe = useCallback(
    (listener: () => void) => subscribeUntil(ticker, clock, target, listener),
    [ticker, clock, target],
  );
  const getSnapshot = useCallback(
    () => (target === undefined ? none : Math.max(0, Math.ceil((target - clock.now()) / 1000))),
    [clock, target],
  );
  const getServerSnapshot = useCallback(() => (target === undefined ? none : unread), [target]);
  const seconds = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  if (seconds === none || target === undefined) return noDeadline;
  if (seconds === unread) return notRead;
  if (seconds === 0) return { remainingMs: 0, seconds: 0, done: true };
  // Read now once more for the milliseconds, kept inside the displayed second so the two never disagree.
  const remainingMs = Math.min(seconds * 1000, Math.max((seconds - 1) * 1000 + 1, target - clock.now()));
  return { remainingMs, seconds, done: false };
}
