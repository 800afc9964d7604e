import type { Clock, TimerHandle } from 'problemkit';

/**
 * The toolbar's clock modes: `frozen` stands still at `storyEpoch` (stories, tests and screenshots see the
 * same instant every time), `running` follows the real time. In both modes a play function can move time on
 * with `advance`, so a 30 s countdown ends in a test without waiting 30 s of wall time.
 */
export type StoryClockMode = 'frozen' | 'running';

/**
 * The instant a frozen story stands at: Monday 23 November 2026, 09:00:00 UTC (the kit's tests use the same
 * one). Frozen stories render with the `UTC` time zone, so "back at" times read the same on every machine.
 */
export const storyEpoch = Date.UTC(2026, 10, 23, 9, 0, 0);

/**
 * A `Clock` for one story render, given to `ProblemProvider`, to `problemkit/msw` scenarios and (through
 * `queryTimers.ts`) to TanStack Query's retry timers, so every part of the story shares one time.
 *
 * Timers live in the clock's own queue, ordered by due time: a frozen clock never fires them by itself, a
 * running one also arms a real timer for each, and `advance` fires every timer due on the way, each at its
 * own moment (a timer that schedules another within the advanced span sees that one fire too), like
 * Vitest's `advanceTimersByTimeAsync`.
 */
export interface StoryClock extends Clock {
  readonly mode: StoryClockMode;
  /**
   * Moves time on by `ms`, firing the timers due on the way in order, then waits a moment so React can
   * commit what they changed. Assert with `findBy…`/`waitFor` afterwards: network answers (a probe) are
   * asynchronous.
   */
  advance(ms: number): Promise<void>;
  /** Moves time on to the next due timer and fires it (and any due at the same moment); false when none. */
  next(): Promise<boolean>;
  /** How many timers wait in the queue. */
  pending(): number;
  /** Drops every timer (and its real timer): called when the story is torn down. */
  dispose(): void;
}

interface Timer {
  readonly id: number;
  readonly due: number;
  readonly callback: () => void;
  real: ReturnType<typeof globalThis.setTimeout> | undefined;
}

/** Vitest's fake timers stop at 10 000 timers per run for the same reason. */
const maxTimersPerAdvance = 100_000;

/** Lets React (and msw's promise chains) settle: one macrotask, then one animation frame when there is one. */
async function settle(): Promise<void> {
  await new Promise<void>((resolve) => globalThis.setTimeout(resolve, 0));
  if (typeof globalThis.requestAnimationFrame === 'function') {
    await new Promise<void>((resolve) => globalThis.requestAnimationFrame(() => resolve()));
  }
}

/**
 * Creates the clock for one story render. `start` is where a frozen clock stands (default `storyEpoch`).
 *
 * @example
 * ```ts
 * const clock = createStoryClock('frozen');
 * clock.setTimeout(() => console.info('fired at', new Date(clock.now()).toISOString()), 30_000);
 * await clock.advance(30_000); // fired at 2026-11-23T09:00:30.000Z
 * ```
 */
export function createStoryClock(mode: StoryClockMode, start: number = storyEpoch): StoryClock {
  const base = mode === 'frozen' ? () => start : () => Date.now();
  let offset = 0;
  let nextId = 0;
  let disposed = false;
  const timers = new Map<number, Timer>();

  const now = (): number => base() + offset;
  const setNow = (target: number): void => {
    offset = target - base();
  };

  const arm = (timer: Timer): void => {
    if (mode !== 'running' || disposed) return;
    if (timer.real !== undefined) globalThis.clearTimeout(timer.real);
    timer.real = globalThis.setTimeout(() => fire(timer.id), Math.max(0, timer.due - now()));
  };

  function fire(id: number): void {
    const timer = timers.get(id);
    if (timer === undefined) return;
    timers.delete(id);
    if (timer.real !== undefined) globalThis.clearTimeout(timer.real);
    timer.callback();
  }

  const earliest = (): Timer | undefined => {
    let found: Timer | undefined;
    for (const timer of timers.values()) {
      if (found === undefined || timer.due < found.due || (timer.due === found.due && timer.id < found.id)) {
        found = timer;
      }
    }
    return found;
  };

  /** Fires due timers up to `target`, each at its own moment; errors are rethrown after the run. */
  const runUntil = (target: number): void => {
    const errors: unknown[] = [];
    let fired = 0;
    for (let timer = earliest(); timer !== undefined && timer.due <= target; timer = earliest()) {
      // A timer that keeps rescheduling itself at no delay would spin forever: stop like fake timers do.
      fired += 1;
      if (fired > maxTimersPerAdvance) {
        errors.push(new Error(`story clock: more than ${maxTimersPerAdvance} timers in one advance`));
        break;
      }
      if (timer.due > now()) setNow(timer.due);
      try {
        fire(timer.id);
      } catch (error) {
        errors.push(error);
      }
    }
    if (target > now()) setNow(target);
    // Moving a running clock on shortens every remaining wait: re-arm the real timers.
    for (const timer of timers.values()) arm(timer);
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'story clock: timers threw');
  };

  return {
    mode,
    now,
    setTimeout(callback: () => void, delayMs: number): TimerHandle {
      const delay = Number.isFinite(delayMs) && delayMs > 0 ? delayMs : 0;
      nextId += 1;
      const timer: Timer = { id: nextId, due: now() + delay, callback, real: undefined };
      if (!disposed) {
        timers.set(timer.id, timer);
        arm(timer);
      }
      return timer.id;
    },
    clearTimeout(handle: TimerHandle): void {
      if (typeof handle !== 'number') return;
      const timer = timers.get(handle);
      if (timer === undefined) return;
      timers.delete(handle);
      if (timer.real !== undefined) globalThis.clearTimeout(timer.real);
    },
    async advance(ms: number): Promise<void> {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`story clock: cannot advance by ${String(ms)} ms`);
      runUntil(now() + ms);
      await settle();
    },
    async next(): Promise<boolean> {
      const timer = earliest();
      if (timer === undefined) return false;
      runUntil(Math.max(timer.due, now()));
      await settle();
      return true;
    },
    pending: () => timers.size,
    dispose(): void {
      disposed = true;
      for (const timer of timers.values()) {
        if (timer.real !== undefined) globalThis.clearTimeout(timer.real);
      }
      timers.clear();
    },
  };
}

/** Whether a value is a `StoryClock` (what the preview's loader puts in `context.loaded.clock`). */
function isStoryClock(value: unknown): value is StoryClock {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { advance?: unknown }).advance === 'function' &&
    typeof (value as { now?: unknown }).now === 'function'
  );
}

/**
 * The story's clock, from the context Storybook hands to `beforeEach`, `render` and `play` (the preview's
 * loader puts it in `context.loaded.clock`). Throws when called outside a story of this Storybook.
 *
 * @example
 * ```tsx
 * export const Countdown: Story = {
 *   beforeEach: ({ msw, ...context }) => {
 *     msw.use(http.post('/api/companies', rateLimitedFor(30_000, { clock: storyClock(context) })));
 *   },
 *   play: async (context) => {
 *     await storyClock(context).advance(30_000);
 *   },
 * };
 * ```
 */
export function storyClock(context: { readonly loaded?: Record<string, unknown> }): StoryClock {
  const clock = context.loaded?.clock;
  if (!isStoryClock(clock)) {
    throw new Error('storyClock: no story clock in context.loaded (is .storybook/preview.tsx loaded?)');
  }
  return clock;
}
