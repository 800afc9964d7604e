import type { Clock } from '../core/timing/Clock.js';
import type { MockSuccess } from './MockSuccess.js';

/**
 * Options every scenario takes: the clock its windows and `Retry-After` countdowns are measured with
 * (`systemClock` by default, so Vitest's fake timers drive it; pass a frozen clock for still stories), and
 * what to answer once it stops failing.
 *
 * @example
 * ```ts
 * const options: ScenarioOptions = { clock: { ...systemClock, now: () => Date.UTC(2026, 10, 23, 9) }, success: 'next' };
 * ```
 */
export interface ScenarioOptions {
  readonly clock?: Clock;
  readonly success?: MockSuccess;
}
