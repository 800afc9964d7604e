import type { Clock, TimerHandle } from './Clock.js';

/** A shared heartbeat that countdowns subscribe to. */
export interface Ticker {
  /**
   * Calls `listener` with the clock's current time on every tick until the returned function is called.
   * The first subscriber starts the timer; the last unsubscribe stops it. Unsubscribing twice is harmless.
   */
  subscribe(listener: (nowMs: number) => void): () => void;
  /** True when nobody is subscribed and no timer is pending. */
  isIdle(): boolean;
  /** The tick period in ms. */
  readonly periodMs: number;
}

/** Options for `createTicker`. */
export interface TickerOptions {
  /** Tick period in ms; ticks land on multiples of it on the clock. Default 250. */
  readonly periodMs?: number;
}

// Why 250 ms, on a fixed grid. Countdowns compute what they show from a deadline (`receivedAt + retryAfterMs`),
// never by counting ticks, and re-render only when the displayed whole second changes, so a tick that changes
// nothing costs one subtraction per subscriber. Deadlines fall anywhere within a second, so a 1 s tick aligned
// to the clock's whole seconds could show each number, and release a held submit button, up to a second late;
// a quarter-second tick bounds that lag to 250 ms for every deadline at once, with one timer for the whole app.
// Each tick is scheduled afresh from `clock.now()` to the next multiple of the period, so lateness never
// accumulates (no drift) and a tick after a long gap — a sleeping tab, a throttled background timer — simply
// reports the real now.
const defaultPeriodMs = 250;

/**
 * Creates a ticker on `clock`: one timer, whatever the number of subscribers, running only while someone is
 * subscribed. Each tick passes `clock.now()`, scheduled to the next multiple of `periodMs` so it does not drift
 * and survives a sleeping tab. Most code wants the shared `tickerFor(clock)` instead. A listener that throws
 * does not stop the others or the ticker; the first error is rethrown after the tick so the host reports it.
 *
 * @example
 * ```ts
 * const ticker = createTicker(systemClock);
 * const stop = ticker.subscribe((now) => render(Math.ceil((deadline - now) / 1000)));
 * stop();
 * ticker.isIdle(); // true
 * ```
 */
export function createTicker(clock: Clock, options?: TickerOptions): Ticker {
  const requested = options?.periodMs;
  const periodMs =
    typeof requested === 'number' && Number.isFinite(requested) && requested >= 1 ? requested : defaultPeriodMs;
  // Each subscription gets its own entry, so subscribing one function twice gives two independent subscriptions.
  const entries = new Set<{ readonly listener: (nowMs: number) => void }>();
  let handle: TimerHandle;
  let pending = false;

  const schedule = (): void => {
    const now = clock.now();
    const intoPeriod = Number.isFinite(now) ? ((now % periodMs) + periodMs) % periodMs : 0;
    pending = true;
    handle = clock.setTimeout(tick, periodMs - intoPeriod);
  };

  const cancel = (): void => {
    if (!pending) return;
    pending = false;
    const current = handle;
    handle = undefined;
    clock.clearTimeout(current);
  };

  function tick(): void {
    pending = false;
    handle = undefined;
    if (entries.size === 0) return;
    const now = clock.now();
    let failure: { readonly error: unknown } | undefined;
    // A copy: listeners may subscribe or unsubscribe while being called.
    for (const entry of [...entries]) {
      if (!entries.has(entry)) continue;
      try {
        entry.listener(now);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (entries.size > 0 && !pending) schedule();
    if (failure) throw failure.error;
  }

  return {
    periodMs,
    subscribe(listener) {
      const entry = { listener };
      entries.add(entry);
      if (!pending) schedule();
      return () => {
        if (!entries.delete(entry)) return;
        if (entries.size === 0) cancel();
      };
    },
    isIdle: () => entries.size === 0 && !pending,
  };
}

const shared = new WeakMap<Clock, Ticker>();

/**
 * The one ticker for `clock`, created on first use and kept as long as the clock lives: every countdown in
 * the app subscribes to it, so a page with ten countdowns still runs a single timer, and none when it has
 * none. Pass the same clock object to get the same ticker.
 *
 * @example
 * ```ts
 * const unsubscribe = tickerFor(systemClock).subscribe((now) => setRemaining(deadline - now));
 * tickerFor(systemClock) === tickerFor(systemClock); // true
 * ```
 */
export function tickerFor(clock: Clock): Ticker {
  let ticker = shared.get(clock);
  if (ticker === undefined) {
    ticker = createTicker(clock);
    shared.set(clock, ticker);
  }
  return ticker;
}
