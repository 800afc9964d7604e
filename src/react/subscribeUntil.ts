'use client';
import type { Clock } from '../core/timing/Clock.js';
import type { Ticker } from '../core/timing/createTicker.js';
import { noop } from './noop.js';

/**
 * Subscribes `listener` to the shared `ticker` until `deadline` has passed on `clock`, then lets go by itself, so
 * an expired countdown that stays mounted holds no timer. A deadline that is missing, not finite or already past
 * subscribes to nothing. The returned function is safe to call more than once.
 *
 * @example
 * ```ts
 * const subscribe = (notify: () => void) => subscribeUntil(ticker, clock, deadline, notify);
 * ```
 */
export function subscribeUntil(
  ticker: Ticker,
  clock: Clock,
  deadline: number | undefined,
  listener: () => void,
): () => void {
  if (deadline === undefined || !Number.isFinite(deadline) || !(deadline > clock.now())) return noop;
  let stop: () => void = noop;
  stop = ticker.subscribe((nowMs) => {
    if (nowMs >= deadline) stop();
    listener();
  });
  return () => stop();
}
