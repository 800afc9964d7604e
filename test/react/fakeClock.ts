import { vi } from 'vitest';
import type { Clock } from '../../src/core/timing/Clock.js';

/**
 * A clock injected into the provider that runs on Vitest's fake timers (install them first), counting what it
 * schedules, so tests drive time with `vi.advanceTimersByTime` and never wait on the wall.
 */
export function fakeClock(): Clock & { readonly scheduled: ReturnType<typeof vi.fn> } {
  const scheduled = vi.fn();
  return {
    scheduled,
    now: () => Date.now(),
    setTimeout: (callback, delayMs) => {
      scheduled(delayMs);
      return setTimeout(callback, delayMs);
    },
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
