import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiProblem } from '../../../src/core/ApiProblem.js';
import { createConditionsStore } from '../../../src/core/conditions/createConditionsStore.js';
import { shareConditions } from '../../../src/core/conditions/shareConditions.js';
import type { Clock } from '../../../src/core/timing/Clock.js';
import { toProblem } from '../../../src/core/toProblem.js';
import { channelHub } from './channelHub.js';

const start = Date.UTC(2026, 10, 23, 9, 0);

const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const tooMany = (seconds: number, url = 'https://api.example.com/api/companies') =>
  toProblem(
    {
      status: 429,
      headers: { 'Retry-After': String(seconds) },
      body: '{"title":"Too many"}',
      request: { method: 'POST', url },
    },
    { clock },
  );
const unavailable = (seconds?: number) =>
  toProblem({ status: 503, headers: seconds === undefined ? {} : { 'Retry-After': String(seconds) } }, { clock });

/** Two tabs of one app: a store each, shared over one hub. */
function twoTabs(probe?: () => Promise<unknown>) {
  const hub = channelHub();
  const a = createConditionsStore({ clock, ...(probe === undefined ? {} : { probe }) });
  const b = createConditionsStore({ clock });
  const channelA = hub.open();
  const channelB = hub.open();
  const stopA = shareConditions(a, { channel: channelA });
  const stopB = shareConditions(b, { channel: channelB });
  hub.deliver(); // the two hellos
  return { hub, a, b, channelA, channelB, stopA, stopB };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('shareConditions', () => {
  it('holds the other tab until the same moment when one tab gets a 429, per origin', () => {
    const { hub, a, b } = twoTabs();
    a.report(tooMany(30));
    expect(b.getSnapshot().rateLimitedByOrigin.size).toBe(0); // not before the message arrives
    hub.deliver();
    const held = b.getSnapshot().rateLimitedByOrigin.get('https://api.example.com');
    expect(held?.until).toBe(start + 30_000);
    expect(held?.untilKnown).toBe(true);
    expect(held?.until).toBe(a.getSnapshot().rateLimitedByOrigin.get('https://api.example.com')?.until);
    expect(b.getSnapshot().rateLimitedByOrigin.get('https://other.example.com')).toBeUndefined();

    vi.advanceTimersByTime(30_000);
    expect(b.getSnapshot().rateLimitedByOrigin.size).toBe(0); // each tab's hold ends by itself, on time
  });

  it('shares a global hold (no request URL) and keeps the later of two deadlines', () => {
    const { hub, a, b } = twoTabs();
    b.report(toProblem({ status: 429, headers: { 'Retry-After': '60' } }, { clock }));
    a.report(toProblem({ status: 429, headers: { 'Retry-After': '20' } }, { clock }));
    hub.deliver();
    expect(a.getSnapshot().rateLimited?.until).toBe(start + 60_000);
    expect(b.getSnapshot().rateLimited?.until).toBe(start + 60_000);
  });

  it('raises an outage in every tab, and clears it everywhere when one tab finds the service back', async () => {
    const probe = vi.fn(() => Promise.resolve('ok'));
    const { hub, a, b } = twoTabs(probe);
    // A 503 without a time: tab B, which has no probe of its own, waits for a success.
    a.report(unavailable());
    hub.deliver();
    expect(b.getSnapshot().unavailable).toMatchObject({ since: start, backAt: undefined });

    await vi.advanceTimersByTimeAsync(30_000); // tab A's probe runs (30 s without a Retry-After) and succeeds
    expect(probe).toHaveBeenCalledTimes(1);
    expect(a.getSnapshot().unavailable).toBeUndefined();
    expect(b.getSnapshot().unavailable).toBeDefined();
    hub.deliver();
    expect(b.getSnapshot().unavailable).toBeUndefined();
  });

  it('tells a tab opened during a wait what the open tabs hold', () => {
    const hub = channelHub();
    const a = createConditionsStore({ clock });
    shareConditions(a, { channel: hub.open() });
    a.report(tooMany(30));
    a.report(unavailable(600));
    hub.deliver();

    const late = createConditionsStore({ clock });
    shareConditions(late, { channel: hub.open() });
    hub.deliver(); // its hello, then the answers
    expect(late.getSnapshot().rateLimitedByOrigin.get('https://api.example.com')?.until).toBe(start + 30_000);
    expect(late.getSnapshot().unavailable?.backAt).toBe(start + 600_000);
  });

  it('keeps sign-out and offline to the tab that saw them', () => {
    const { hub, a, b, channelA } = twoTabs();
    const before = channelA.posted.length;
    a.report(toProblem({ status: 401 }, { clock }));
    a.setOnline(false);
    hub.deliver();
    expect(channelA.posted).toHaveLength(before);
    expect(b.getSnapshot().signedOut).toBeUndefined();
    expect(b.getSnapshot().offline).toBeUndefined();
  });

  it('does not clear a tab’s own offline condition when another tab finds the service back', () => {
    const { hub, a, b } = twoTabs();
    b.setOnline(false);
    a.report(unavailable(60));
    hub.deliver();
    a.reportSuccess();
    hub.deliver();
    expect(b.getSnapshot().unavailable).toBeUndefined();
    expect(b.getSnapshot().offline).toBeDefined();
  });

  it('does not send back what it heard: a tab posts only its own news', () => {
    const { hub, a, b, channelA, channelB } = twoTabs();
    a.report(tooMany(30));
    hub.deliver();
    a.report(unavailable(60));
    hub.deliver();
    a.reportSuccess();
    hub.deliver();
    expect(channelB.posted).toEqual([{ problemkit: 1, type: 'hello' }]);
    expect(channelA.posted.map((message) => (message as { type: string }).type)).toEqual([
      'hello',
      'condition',
      'condition',
      'back',
    ]);
    expect(b.getSnapshot().unavailable).toBeUndefined();
  });

  it('sends the problem without its body and request, with the field errors and timing intact', () => {
    const { a, channelA } = twoTabs();
    a.report(tooMany(30));
    const message = channelA.posted.at(-1) as { problem: ApiProblem; origin: string };
    expect(message.origin).toBe('https://api.example.com');
    expect(message.problem).toMatchObject({
      status: 429,
      kind: 'rate-limited',
      title: 'Too many',
      retryAfterMs: 30_000,
    });
    expect(message.problem.receivedAt).toBe(start);
    expect(message.problem.body).toBeUndefined();
    expect(message.problem.request).toBeUndefined();
    expect(message.problem.fieldErrors).toBeInstanceOf(Map);
  });

  it('ignores whatever else arrives on the channel, and never throws on it', () => {
    const { hub, b } = twoTabs();
    const stranger = hub.open();
    const junk: unknown[] = [
      null,
      42,
      'back',
      { type: 'back' }, // not ours: no problemkit marker
      { problemkit: 2, type: 'back' },
      { problemkit: 1, type: 'condition' },
      { problemkit: 1, type: 'condition', problem: { status: 429, kind: 'rate-limited' } }, // not a problem
      { problemkit: 1, type: 'condition', problem: toProblem({ status: 500 }, { clock }) }, // not a shared kind
      { problemkit: 1, type: 'condition', problem: toProblem({ status: 401 }, { clock }) },
      { problemkit: 1, type: 'nonsense' },
    ];
    for (const message of junk) stranger.postMessage(message);
    expect(() => hub.deliver()).not.toThrow();
    expect(b.getSnapshot()).toMatchObject({ rateLimited: undefined, unavailable: undefined, signedOut: undefined });
    expect(b.getSnapshot().rateLimitedByOrigin.size).toBe(0);
  });

  it('never throws on anything another script posts, and takes from it only rate limits and outages', () => {
    // Real problems of every shared and unshared kind, and arbitrary values, inside and outside the message shape.
    const problems = fc.constantFrom(...[401, 429, 500, 503].map((status) => toProblem({ status }, { clock })));
    const message = fc.oneof(
      fc.anything(),
      fc.record({
        problemkit: fc.oneof(fc.constant(1), fc.anything()),
        type: fc.oneof(fc.constantFrom('hello', 'condition', 'back'), fc.string()),
        problem: fc.oneof(problems, fc.anything()),
        origin: fc.oneof(fc.string(), fc.anything()),
      }),
    );
    fc.assert(
      fc.property(fc.array(message, { maxLength: 8 }), (messages) => {
        const hub = channelHub();
        const store = createConditionsStore({ clock });
        shareConditions(store, { channel: hub.open() });
        const stranger = hub.open();
        for (const data of messages) stranger.postMessage(data);
        hub.deliver();
        const snapshot = store.getSnapshot();
        expect(snapshot.signedOut).toBeUndefined();
        expect(snapshot.offline).toBeUndefined();
        for (const condition of [snapshot.rateLimited, ...snapshot.rateLimitedByOrigin.values()]) {
          if (condition !== undefined) expect(condition.problem.kind).toBe('rate-limited');
        }
        if (snapshot.unavailable !== undefined) expect(snapshot.unavailable.problem.kind).toBe('unavailable');
      }),
    );
  });

  it('keeps apps on one origin apart by channel name', () => {
    const hub = channelHub();
    const shop = createConditionsStore({ clock });
    const admin = createConditionsStore({ clock });
    shareConditions(shop, { channel: hub.open('shop') });
    shareConditions(admin, { channel: hub.open('admin') });
    shop.report(tooMany(30));
    hub.deliver();
    expect(admin.getSnapshot().rateLimitedByOrigin.size).toBe(0);
  });

  it('stops sending and hearing when stopped, and closes only a channel it opened itself', () => {
    const hub = channelHub();
    vi.stubGlobal('BroadcastChannel', hub.BroadcastChannel);
    const a = createConditionsStore({ clock });
    const b = createConditionsStore({ clock });
    const given = hub.open('problemkit');
    const stopA = shareConditions(a); // opens its own BroadcastChannel('problemkit')
    const stopB = shareConditions(b, { channel: given });
    hub.deliver();

    stopA();
    stopA(); // twice is harmless
    a.report(tooMany(30));
    b.report(unavailable(60));
    hub.deliver();
    expect(b.getSnapshot().rateLimitedByOrigin.size).toBe(0);
    expect(a.getSnapshot().unavailable).toBeUndefined();

    stopB();
    expect(given.closed).toBe(false);
  });

  it('does nothing where there is no BroadcastChannel (an old browser, a server render)', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const store = createConditionsStore({ clock });
    const stop = shareConditions(store);
    store.report(tooMany(30));
    expect(() => stop()).not.toThrow();
  });

  it('keeps the store working when the channel refuses a message', () => {
    const store = createConditionsStore({ clock });
    const channel = {
      postMessage: vi.fn(() => {
        throw new DOMException('could not be cloned', 'DataCloneError');
      }),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    shareConditions(store, { channel });
    expect(() => store.report(tooMany(30))).not.toThrow();
    expect(store.getSnapshot().rateLimitedByOrigin.size).toBe(1);
  });
});
