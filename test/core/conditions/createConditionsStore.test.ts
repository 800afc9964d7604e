import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiProblem } from '../../../src/core/ApiProblem.js';
import { createConditionsStore } from '../../../src/core/conditions/createConditionsStore.js';
import { emptyConditions } from '../../../src/core/conditions/emptyConditions.js';
import { rateLimitFor } from '../../../src/core/conditions/rateLimitFor.js';
import type { Clock } from '../../../src/core/timing/Clock.js';
import { problemFixture } from '../messages/problemFixture.js';

const start = Date.UTC(2026, 10, 23, 9, 0);

// The injected clock drives Vitest's fake timers, and counts what the store schedules.
const clock: Clock = {
  now: () => Date.now(),
  setTimeout: vi.fn((callback: () => void, delayMs: number) => setTimeout(callback, delayMs)),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function problem(status: number, kind: ApiProblem['kind'], extra: Partial<ApiProblem> = {}): ApiProblem {
  return problemFixture({ status, kind, receivedAt: Date.now(), ...extra });
}
const unavailable = (extra: Partial<ApiProblem> = {}) => problem(503, 'unavailable', extra);
const tooMany = (extra: Partial<ApiProblem> = {}) => problem(429, 'rate-limited', extra);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createConditionsStore', () => {
  describe('the 401 latch', () => {
    it('calls onUnauthenticated once for a burst of 401s, and again after signedIn()', () => {
      const onUnauthenticated = vi.fn();
      const store = createConditionsStore({ clock, onUnauthenticated });
      const burst = Array.from({ length: 5 }, () => problem(401, 'unauthenticated'));
      for (const p of burst) store.report(p);
      expect(onUnauthenticated).toHaveBeenCalledTimes(1);
      expect(onUnauthenticated).toHaveBeenCalledWith(burst[0]);
      expect(store.getSnapshot().signedOut).toEqual({ since: start, problem: burst[0] });

      store.signedIn();
      expect(store.getSnapshot().signedOut).toBeUndefined();
      for (const p of burst) store.report(p);
      expect(onUnauthenticated).toHaveBeenCalledTimes(2);
    });

    it('stays latched after clear() until signedIn()', () => {
      const onUnauthenticated = vi.fn();
      const store = createConditionsStore({ clock, onUnauthenticated });
      store.report(problem(401, 'unauthenticated'));
      store.clear('signedOut');
      store.report(problem(401, 'unauthenticated'));
      expect(onUnauthenticated).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().signedOut).toBeUndefined();
    });

    it('ignores 401s that isSignOut excludes', () => {
      const onUnauthenticated = vi.fn();
      const store = createConditionsStore({
        clock,
        onUnauthenticated,
        isSignOut: (p) => p.request?.url !== '/api/verify-password',
      });
      store.report(problem(401, 'unauthenticated', { request: { method: 'POST', url: '/api/verify-password' } }));
      expect(onUnauthenticated).not.toHaveBeenCalled();
      expect(store.getSnapshot()).toBe(emptyConditions);
      store.report(problem(401, 'unauthenticated', { request: { method: 'GET', url: '/api/me' } }));
      expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    });

    it('keeps working when onUnauthenticated throws, rethrowing the error outside the report', () => {
      const later: (() => void)[] = [];
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
        later.push(task);
      });
      const store = createConditionsStore({
        clock,
        onUnauthenticated: () => {
          throw new Error('router missing');
        },
      });
      expect(() => store.report(problem(401, 'unauthenticated'))).not.toThrow();
      expect(store.getSnapshot().signedOut).toBeDefined();
      expect(later).toHaveLength(1);
      expect(() => later[0]?.()).toThrow('router missing');
    });
  });

  describe('unavailable and its probe', () => {
    it('probes once at the Retry-After time, backs off on failure, and clears on success', async () => {
      const probe = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ ok: true });
      const store = createConditionsStore({ clock, probe });
      const listener = vi.fn();
      store.subscribe(listener);

      store.report(unavailable({ retryAfterMs: 30_000 }));
      expect(store.getSnapshot().unavailable).toMatchObject({ since: start, backAt: start + 30_000 });
      expect(listener).toHaveBeenCalledTimes(1);

      await vi.advanceTimersByTimeAsync(29_999);
      expect(probe).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(probe).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().unavailable).toBeDefined();

      // Failed: the next probe waits twice as long (60 s), not 30 s.
      await vi.advanceTimersByTimeAsync(59_999);
      expect(probe).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(probe).toHaveBeenCalledTimes(2);

      expect(store.getSnapshot().unavailable).toBeUndefined();
      expect(store.getSnapshot()).toBe(emptyConditions);
      expect(listener).toHaveBeenCalledTimes(2);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('probes after 30 s when the 503 gave no time', async () => {
      const probe = vi.fn().mockResolvedValue(undefined);
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable());
      expect(store.getSnapshot().unavailable?.backAt).toBeUndefined();
      await vi.advanceTimersByTimeAsync(29_999);
      expect(probe).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(probe).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('never runs two probes, however many 503s arrive', async () => {
      let finish: (value: unknown) => void = () => {};
      const probe = vi.fn(() => new Promise((resolve) => (finish = resolve)));
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 10_000 }));
      store.report(unavailable({ retryAfterMs: 10_000 }));
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(probe).toHaveBeenCalledTimes(1);
      // While the probe is in flight, more 503s start nothing.
      store.report(unavailable({ retryAfterMs: 5000 }));
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(probe).toHaveBeenCalledTimes(1);
      finish({ ok: true });
      await vi.advanceTimersByTimeAsync(0);
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('takes a newer back-at time from a later 503', () => {
      const store = createConditionsStore({ clock, probe: vi.fn() });
      store.report(unavailable({ retryAfterMs: 60_000 }));
      vi.advanceTimersByTime(10_000);
      const later = unavailable({ retryAfterMs: 600_000 });
      store.report(later);
      expect(store.getSnapshot().unavailable).toEqual({ since: start, backAt: start + 610_000, problem: later });
      store.report(unavailable());
      expect(store.getSnapshot().unavailable?.backAt).toBe(start + 610_000);
    });

    it('treats a probe that resolves with an unavailable problem as still down, on its Retry-After', async () => {
      const probe = vi
        .fn()
        .mockImplementationOnce(async () => ({
          status: 'error',
          error: { problem: unavailable({ retryAfterMs: 10_000 }) },
        }))
        .mockResolvedValueOnce({ status: 'success' });
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 30_000 }));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(probe).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().unavailable?.backAt).toBe(start + 40_000);
      await vi.advanceTimersByTimeAsync(9_999);
      expect(probe).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(probe).toHaveBeenCalledTimes(2);
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('treats a probe rejected with a non-outage problem as the service being back', async () => {
      const probe = vi.fn().mockRejectedValue({ name: 'ApiError', problem: problem(404, 'not-found') });
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 5000 }));
      await vi.advanceTimersByTimeAsync(5000);
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('treats a probe that throws synchronously as a failure', async () => {
      const probe = vi.fn(() => {
        throw new Error('no network stack');
      });
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 5000 }));
      await vi.advanceTimersByTimeAsync(5000);
      expect(probe).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().unavailable).toBeDefined();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(probe).toHaveBeenCalledTimes(2);
      store.destroy();
    });

    it("uses the failed request's retry as the probe when no probe is configured", async () => {
      const retry = vi.fn().mockResolvedValue({ status: 'success', data: [] });
      const store = createConditionsStore({ clock });
      store.report(unavailable({ retryAfterMs: 20_000 }), { retry });
      await vi.advanceTimersByTimeAsync(20_000);
      expect(retry).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('starts probing when a later report brings the first retry', async () => {
      const retry = vi.fn().mockResolvedValue(undefined);
      const store = createConditionsStore({ clock });
      store.report(unavailable());
      expect(vi.getTimerCount()).toBe(0);
      store.report(unavailable(), { retry });
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(retry).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('caps the probe backoff at five minutes', async () => {
      const probe = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 100_000 }));
      const callTimes: number[] = [];
      probe.mockImplementation(async () => {
        callTimes.push(Date.now() - start);
        throw new TypeError('Failed to fetch');
      });
      await vi.advanceTimersByTimeAsync(100_000 + 200_000 + 300_000 + 300_000);
      expect(callTimes).toEqual([100_000, 300_000, 600_000, 900_000]);
      store.destroy();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('without any probe, clears at the back-at time the server gave', async () => {
      const store = createConditionsStore({ clock });
      store.report(unavailable({ retryAfterMs: 45_000 }));
      await vi.advanceTimersByTimeAsync(44_999);
      expect(store.getSnapshot().unavailable).toBeDefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(store.getSnapshot().unavailable).toBeUndefined();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('without any probe or time, waits for a successful request', async () => {
      const store = createConditionsStore({ clock });
      store.report(unavailable());
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(store.getSnapshot().unavailable).toBeDefined();
      store.reportSuccess();
      expect(store.getSnapshot().unavailable).toBeUndefined();
    });

    it('clears on any successful request and cancels the waiting probe', async () => {
      const probe = vi.fn();
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 30_000 }));
      store.reportSuccess();
      expect(store.getSnapshot()).toBe(emptyConditions);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(probe).not.toHaveBeenCalled();
    });

    it('ignores a probe answer that arrives after clear()', async () => {
      let finish: (value: unknown) => void = () => {};
      const probe = vi.fn(() => new Promise((resolve) => (finish = resolve)));
      const store = createConditionsStore({ clock, probe });
      store.report(unavailable({ retryAfterMs: 1000 }));
      await vi.advanceTimersByTimeAsync(1000);
      store.clear('unavailable');
      store.report(unavailable({ retryAfterMs: 1000 }));
      finish({ ok: true }); // the old probe's success must not clear the new outage
      await vi.advanceTimersByTimeAsync(0);
      expect(store.getSnapshot().unavailable).toBeDefined();
      store.destroy();
    });
  });

  describe('rate limits', () => {
    it('expires at its deadline by itself and tells subscribers', () => {
      const store = createConditionsStore({ clock });
      const listener = vi.fn();
      store.subscribe(listener);
      store.report(tooMany({ retryAfterMs: 28_000 }));
      expect(store.getSnapshot().rateLimited).toMatchObject({
        until: start + 28_000,
        untilKnown: true,
        origin: undefined,
      });
      vi.advanceTimersByTime(27_999);
      expect(store.getSnapshot().rateLimited).toBeDefined();
      vi.advanceTimersByTime(1);
      expect(store.getSnapshot()).toBe(emptyConditions);
      expect(listener).toHaveBeenCalledTimes(2);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('reads the reset time when there is no Retry-After, and measures from receivedAt', () => {
      const store = createConditionsStore({ clock });
      const received = tooMany({ rateLimit: { resetMs: 15_000 } });
      vi.advanceTimersByTime(5000);
      store.report(received);
      expect(store.getSnapshot().rateLimited?.until).toBe(start + 15_000);
      vi.advanceTimersByTime(10_000);
      expect(store.getSnapshot().rateLimited).toBeUndefined();
    });

    it('holds briefly, marked as unknown, when the server gave no time', () => {
      const store = createConditionsStore({ clock, unknownRateLimitMs: 5000 });
      store.report(tooMany());
      expect(store.getSnapshot().rateLimited).toMatchObject({ until: start + 5000, untilKnown: false });
      store.report(tooMany({ retryAfterMs: 5000 }));
      expect(store.getSnapshot().rateLimited).toMatchObject({ until: start + 5000, untilKnown: true });
    });

    it('keeps the latest deadline: a shorter later report does not shorten it', () => {
      const store = createConditionsStore({ clock });
      store.report(tooMany({ retryAfterMs: 60_000 }));
      const before = store.getSnapshot();
      store.report(tooMany({ retryAfterMs: 10_000 }));
      expect(store.getSnapshot()).toBe(before);
      store.report(tooMany({ retryAfterMs: 90_000 }));
      expect(store.getSnapshot().rateLimited?.until).toBe(start + 90_000);
      vi.advanceTimersByTime(60_000);
      expect(store.getSnapshot().rateLimited).toBeDefined();
      vi.advanceTimersByTime(30_000);
      expect(store.getSnapshot().rateLimited).toBeUndefined();
    });

    it('holds per origin when the request URL is known, else globally', () => {
      const store = createConditionsStore({ clock });
      store.report(
        tooMany({ retryAfterMs: 30_000, request: { method: 'GET', url: 'https://api.example.com/v3/orders' } }),
      );
      store.report(tooMany({ retryAfterMs: 10_000 }), { origin: 'https://payments.example.com' });
      store.report(tooMany({ retryAfterMs: 20_000, request: { method: 'GET', url: '/api/cart' } }));
      const snapshot = store.getSnapshot();
      expect(snapshot.rateLimited).toBeUndefined();
      expect([...snapshot.rateLimitedByOrigin.keys()]).toEqual([
        'https://api.example.com',
        'https://payments.example.com',
        'self',
      ]);
      expect(rateLimitFor(snapshot, 'https://api.example.com/v2/customers')?.until).toBe(start + 30_000);
      expect(rateLimitFor(snapshot, 'https://cdn.example.com/x')).toBeUndefined();
      expect(rateLimitFor(snapshot)?.until).toBe(start + 30_000);

      store.report(tooMany({ retryAfterMs: 15_000 }));
      expect(rateLimitFor(store.getSnapshot(), 'https://cdn.example.com/x')?.until).toBe(start + 15_000);

      // Each expires on its own.
      vi.advanceTimersByTime(10_000);
      expect([...store.getSnapshot().rateLimitedByOrigin.keys()]).toEqual(['https://api.example.com', 'self']);
      vi.advanceTimersByTime(5000);
      expect(store.getSnapshot().rateLimited).toBeUndefined();
      vi.advanceTimersByTime(15_000);
      expect(store.getSnapshot()).toBe(emptyConditions);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('ignores a deadline that has already passed', () => {
      const store = createConditionsStore({ clock });
      const old = tooMany({ retryAfterMs: 1000 });
      vi.advanceTimersByTime(2000);
      store.report(old);
      expect(store.getSnapshot()).toBe(emptyConditions);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('re-arms when the timer fires before the clock reaches the deadline', () => {
      let skew = 0;
      const early: Clock = { ...clock, now: () => Date.now() - skew };
      const store = createConditionsStore({ clock: early });
      store.report(tooMany({ retryAfterMs: 10_000 }));
      skew = 5;
      vi.advanceTimersByTime(10_000);
      expect(store.getSnapshot().rateLimited).toBeDefined();
      vi.advanceTimersByTime(5);
      expect(store.getSnapshot().rateLimited).toBeUndefined();
    });
  });

  describe('offline', () => {
    it('is set by a network problem or the offline event, and cleared by going online', () => {
      const store = createConditionsStore({ clock });
      const noResponse = problem(0, 'network');
      store.report(noResponse);
      expect(store.getSnapshot().offline).toEqual({ since: start, problem: noResponse });
      store.setOnline(true);
      expect(store.getSnapshot()).toBe(emptyConditions);
      store.setOnline(false);
      expect(store.getSnapshot().offline).toEqual({ since: start, problem: undefined });
      store.reportSuccess();
      expect(store.getSnapshot().offline).toBeUndefined();
    });
  });

  describe('snapshots', () => {
    it('keeps the same snapshot while nothing changes, and notifies nobody', () => {
      const store = createConditionsStore({ clock });
      const listener = vi.fn();
      store.subscribe(listener);
      expect(store.getSnapshot()).toBe(emptyConditions);
      store.report(problem(404, 'not-found'));
      store.report(problem(500, 'server'));
      store.reportSuccess();
      store.setOnline(true);
      store.signedIn();
      store.clear();
      store.clear('rateLimited');
      store.report('not a problem' as unknown as ApiProblem);
      store.report(null as unknown as ApiProblem);
      expect(store.getSnapshot()).toBe(emptyConditions);
      expect(listener).not.toHaveBeenCalled();

      store.report(problem(0, 'network'));
      const offline = store.getSnapshot();
      expect(store.getSnapshot()).toBe(offline);
      store.report(problem(0, 'network'));
      store.setOnline(false);
      expect(store.getSnapshot()).toBe(offline);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(Object.isFrozen(offline)).toBe(true);
    });

    it('serves the empty snapshot to the server', () => {
      const store = createConditionsStore({ clock });
      store.report(problem(401, 'unauthenticated'));
      expect(store.getServerSnapshot()).toBe(emptyConditions);
      expect(emptyConditions).toEqual({
        rateLimited: undefined,
        rateLimitedByOrigin: new Map(),
        unavailable: undefined,
        signedOut: undefined,
        offline: undefined,
      });
    });

    it('clears one condition or all of them', () => {
      const store = createConditionsStore({ clock, probe: vi.fn() });
      store.report(tooMany({ retryAfterMs: 10_000 }));
      store.report(unavailable());
      store.report(problem(401, 'unauthenticated'));
      store.report(problem(0, 'network'));
      store.clear('rateLimited');
      expect(store.getSnapshot().rateLimited).toBeUndefined();
      expect(vi.getTimerCount()).toBe(1); // only the probe
      store.clear('unavailable');
      expect(vi.getTimerCount()).toBe(0);
      store.clear('offline');
      expect(store.getSnapshot().signedOut).toBeDefined();
      store.clear();
      expect(store.getSnapshot()).toBe(emptyConditions);
    });

    it('stops notifying a listener after it unsubscribes', () => {
      const store = createConditionsStore({ clock });
      const listener = vi.fn();
      const unsubscribe = store.subscribe(listener);
      store.setOnline(false);
      unsubscribe();
      store.setOnline(true);
      expect(listener).toHaveBeenCalledTimes(1);
    });

    it('tells every listener even when one throws', () => {
      const later: (() => void)[] = [];
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
        later.push(task);
      });
      const store = createConditionsStore({ clock });
      const second = vi.fn();
      store.subscribe(() => {
        throw new Error('listener bug');
      });
      store.subscribe(second);
      store.setOnline(false);
      expect(second).toHaveBeenCalledTimes(1);
      expect(() => later[0]?.()).toThrow('listener bug');
    });
  });

  describe('destroy', () => {
    it('cancels every timer and ignores everything after', async () => {
      let finish: (value: unknown) => void = () => {};
      const probe = vi.fn(() => new Promise((resolve) => (finish = resolve)));
      const onUnauthenticated = vi.fn();
      const store = createConditionsStore({ clock, probe, onUnauthenticated });
      const listener = vi.fn();
      store.subscribe(listener);
      store.report(tooMany({ retryAfterMs: 60_000 }));
      store.report(tooMany({ retryAfterMs: 30_000 }), { origin: 'https://api.example.com' });
      store.report(unavailable({ retryAfterMs: 5000 }));
      await vi.advanceTimersByTimeAsync(5000);
      expect(probe).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBeGreaterThan(0);

      store.destroy();
      expect(vi.getTimerCount()).toBe(0);
      listener.mockClear();
      finish({ ok: true });
      await vi.advanceTimersByTimeAsync(120_000);
      store.report(problem(401, 'unauthenticated'));
      store.setOnline(false);
      expect(listener).not.toHaveBeenCalled();
      expect(onUnauthenticated).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      store.destroy();
    });

    it('leaves no timer after a store that only ever waited on a probe', () => {
      const store = createConditionsStore({ clock, probe: vi.fn() });
      store.report(unavailable());
      expect(vi.getTimerCount()).toBe(1);
      store.destroy();
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('uses only the injected clock for time', () => {
    const store = createConditionsStore({ clock });
    store.report(tooMany({ retryAfterMs: 1000 }));
    expect(clock.setTimeout).toHaveBeenCalledWith(expect.any(Function), 1000);
    store.destroy();
  });
});
