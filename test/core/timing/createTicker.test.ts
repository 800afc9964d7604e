import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Clock, systemClock } from '../../../src/core/timing/Clock.js';
import { createTicker, tickerFor } from '../../../src/core/timing/createTicker.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0, 100);

describe('createTicker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: start });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs no timer until someone subscribes', () => {
    const ticker = createTicker(systemClock);
    expect(ticker.isIdle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs one timer for many subscribers and passes each the clock’s now', () => {
    const ticker = createTicker(systemClock);
    const seen: number[][] = [[], [], []];
    const stops = seen.map((list) => ticker.subscribe((now) => list.push(now)));
    expect(vi.getTimerCount()).toBe(1);
    expect(ticker.isIdle()).toBe(false);
    vi.advanceTimersByTime(1000);
    for (const list of seen) expect(list).toEqual([start + 150, start + 400, start + 650, start + 900]);
    expect(vi.getTimerCount()).toBe(1);
    for (const stop of stops) stop();
  });

  it('aligns ticks to multiples of the period on the clock', () => {
    const ticker = createTicker(systemClock, { periodMs: 1000 });
    const seen: number[] = [];
    const stop = ticker.subscribe((now) => seen.push(now));
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual([start + 900, start + 1900, start + 2900]);
    expect(seen.every((now) => now % 1000 === 0)).toBe(true);
    stop();
  });

  it('goes idle, with no timer pending, when the last subscriber leaves', () => {
    const ticker = createTicker(systemClock);
    const first = ticker.subscribe(() => {});
    const second = ticker.subscribe(() => {});
    first();
    expect(vi.getTimerCount()).toBe(1);
    second();
    expect(vi.getTimerCount()).toBe(0);
    expect(ticker.isIdle()).toBe(true);
  });

  it('is idle after 10,000 subscribe/unsubscribe cycles', () => {
    const ticker = tickerFor(systemClock);
    const listener = vi.fn();
    for (let i = 0; i < 10_000; i += 1) {
      const stop = ticker.subscribe(listener);
      if (i % 1000 === 0) vi.advanceTimersByTime(250);
      stop();
    }
    expect(ticker.isIdle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(listener).toHaveBeenCalledTimes(10);
  });

  it('does not drift when timers fire late', () => {
    // A clock whose timers always fire 40 ms late, as a busy main thread would.
    let now = start;
    const timers: { at: number; callback: () => void }[] = [];
    const lateClock: Clock = {
      now: () => now,
      setTimeout: (callback, delayMs) => {
        const timer = { at: now + delayMs + 40, callback };
        timers.push(timer);
        return timer;
      },
      clearTimeout: (handle) => {
        timers.splice(timers.indexOf(handle as (typeof timers)[number]), 1);
      },
    };
    const ticker = createTicker(lateClock, { periodMs: 1000 });
    const seen: number[] = [];
    const stop = ticker.subscribe((at) => seen.push(at));
    for (let i = 0; i < 100; i += 1) {
      const timer = timers.shift();
      if (!timer) throw new Error('the ticker stopped');
      now = timer.at;
      timer.callback();
    }
    // Each tick is 40 ms after a whole second, never 40 ms more each time.
    expect(seen.map((at) => at % 1000)).toEqual(Array(100).fill(40));
    expect(seen[99]).toBe(start - 100 + 100_000 + 40);
    stop();
    expect(timers).toHaveLength(0);
  });

  it('reports the real now after a long gap, such as a sleeping tab', () => {
    const ticker = createTicker(systemClock, { periodMs: 1000 });
    const seen: number[] = [];
    const stop = ticker.subscribe((now) => seen.push(now));
    // The tab sleeps: wall time jumps by an hour, but the pending timer has not fired yet.
    vi.setSystemTime(start + 3_600_000);
    vi.advanceTimersByTime(900);
    expect(seen).toEqual([start + 3_600_000 + 900]);
    vi.advanceTimersByTime(1000);
    expect(seen[1]).toBe(start + 3_600_000 + 1900);
    stop();
  });

  it('keeps ticking for the others when a listener throws, and rethrows its error', () => {
    const ticker = createTicker(systemClock);
    const good = vi.fn();
    const stopBad = ticker.subscribe(() => {
      throw new Error('listener bug');
    });
    const stopGood = ticker.subscribe(good);
    expect(() => vi.advanceTimersByTime(250)).toThrow('listener bug');
    expect(good).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    stopBad();
    vi.advanceTimersByTime(250);
    expect(good).toHaveBeenCalledTimes(2);
    stopGood();
    expect(ticker.isIdle()).toBe(true);
  });

  it('lets a listener unsubscribe itself or others during a tick', () => {
    const ticker = createTicker(systemClock);
    const later = vi.fn();
    let stopLater = (): void => {};
    const stopSelf = ticker.subscribe(() => {
      stopSelf();
      stopLater();
    });
    stopLater = ticker.subscribe(later);
    vi.advanceTimersByTime(250);
    expect(later).not.toHaveBeenCalled();
    expect(ticker.isIdle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats one function subscribed twice as two subscriptions, and a second unsubscribe as a no-op', () => {
    const ticker = createTicker(systemClock);
    const listener = vi.fn();
    const first = ticker.subscribe(listener);
    const second = ticker.subscribe(listener);
    vi.advanceTimersByTime(250);
    expect(listener).toHaveBeenCalledTimes(2);
    first();
    first();
    vi.advanceTimersByTime(250);
    expect(listener).toHaveBeenCalledTimes(3);
    second();
    expect(ticker.isIdle()).toBe(true);
  });

  it('falls back to the default period for an unusable one', () => {
    expect(createTicker(systemClock, { periodMs: 0 }).periodMs).toBe(250);
    expect(createTicker(systemClock, { periodMs: Number.NaN }).periodMs).toBe(250);
  });
});

describe('tickerFor', () => {
  it('shares one ticker per clock object', () => {
    const other: Clock = { ...systemClock };
    expect(tickerFor(systemClock)).toBe(tickerFor(systemClock));
    expect(tickerFor(other)).not.toBe(tickerFor(systemClock));
    expect(tickerFor(other)).toBe(tickerFor(other));
  });
});
