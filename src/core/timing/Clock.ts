/** An opaque timer handle returned by `Clock.setTimeout`. */
export type TimerHandle = unknown;

/**
 * The one source of time for the whole kit: every deadline, countdown, backoff and probe reads
 * `now()` and schedules through it, so tests and Storybook can freeze or drive time, and nothing
 * else in the kit touches `Date.now` or the global timers.
 *
 * @example
 * ```ts
 * const frozen: Clock = { ...systemClock, now: () => Date.parse('2026-11-23T09:00:00Z') };
 * toProblem({ status: 429, headers: { 'Retry-After': 'Mon, 23 Nov 2026 09:00:30 GMT' } }, { clock: frozen })
 *   .retryAfterMs; // 30000
 * ```
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The real clock. Each member calls the global lazily instead of holding a reference to it, so
 * fake timers installed after import (Vitest's `vi.useFakeTimers()`) still take effect; TanStack
 * Query's `timeoutManager` explains the same choice.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
