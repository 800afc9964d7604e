import { type TimeoutCallback, type TimeoutProvider, timeoutManager } from '@tanstack/react-query';
import type { StoryClock } from './storyClock.js';

// TanStack Query schedules its retry delays, gcTime and refetchInterval through one global `timeoutManager`
// (query-core `timeoutManager.ts`; `retryer.ts` sleeps with it). Pointing it at the story's clock makes the kit's
// retry policy (problemkit/query: wait for `Retry-After`, back off on 5xx) follow the same time as the countdowns:
// under a frozen clock a retry waits until the play function advances the clock, under a running one it fires in
// real time. The provider must be set before any QueryClient exists (TanStack's docs), so the preview installs it
// at import; each timer remembers the clock it was given to, so clearing it always reaches the right queue.

let active: StoryClock | undefined;

interface Entry {
  readonly clock: StoryClock | undefined;
  handle: unknown;
}

const entries = new Map<number, Entry>();
let nextId = 0;

function schedule(entry: Entry, callback: () => void, delay: number): void {
  entry.handle =
    entry.clock === undefined ? globalThis.setTimeout(callback, delay) : entry.clock.setTimeout(callback, delay);
}

function cancel(id: number | undefined): void {
  if (id === undefined) return;
  const entry = entries.get(id);
  if (entry === undefined) return;
  entries.delete(id);
  if (entry.clock === undefined) globalThis.clearTimeout(entry.handle as ReturnType<typeof globalThis.setTimeout>);
  else entry.clock.clearTimeout(entry.handle);
}

const storyTimeoutProvider: TimeoutProvider<number> = {
  setTimeout(callback: TimeoutCallback, delay: number): number {
    nextId += 1;
    const id = nextId;
    const entry: Entry = { clock: active, handle: undefined };
    entries.set(id, entry);
    schedule(
      entry,
      () => {
        entries.delete(id);
        callback();
      },
      delay,
    );
    return id;
  },
  clearTimeout: cancel,
  setInterval(callback: TimeoutCallback, delay: number): number {
    nextId += 1;
    const id = nextId;
    const entry: Entry = { clock: active, handle: undefined };
    entries.set(id, entry);
    const tick = (): void => {
      if (!entries.has(id)) return;
      schedule(entry, tick, delay);
      callback();
    };
    schedule(entry, tick, delay);
    return id;
  },
  clearInterval: cancel,
};

let installed = false;

/** Routes TanStack Query's timers through the active story clock. Idempotent; call before any QueryClient exists. */
export function installQueryTimers(): void {
  if (installed) return;
  installed = true;
  timeoutManager.setTimeoutProvider(storyTimeoutProvider);
}

/**
 * Makes `clock` the one TanStack's new timers go to (the story being rendered); returns the undo. On a docs page
 * several stories render at once: each timer stays with the clock it was scheduled on.
 */
export function bindQueryTimers(clock: StoryClock): () => void {
  active = clock;
  return () => {
    if (active === clock) active = undefined;
  };
}
