// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../src/core/timing/Clock.js';
import { rateLimitedFor } from '../../src/msw/rateLimitedFor.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
beforeEach(() => {
  vi.useFakeTimers({ now: start });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('rateLimitedFor', () => {
  it('answers 429 with a Retry-After that counts down, then the success', async () => {
    server.use(http.post('/api/companies', rateLimitedFor(30_000, { success: { status: 201, data: { id: 7 } } })));
    const post = () => fetch('/api/companies', { method: 'POST' });

    const first = await post();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('30');
    expect(first.headers.get('content-type')).toBe('application/problem+json');
    expect(await first.json()).toEqual({ title: 'Too Many Requests', status: 429 });

    vi.advanceTimersByTime(10_000);
    expect((await post()).headers.get('retry-after')).toBe('20');
    vi.advanceTimersByTime(19_500);
    expect((await post()).headers.get('retry-after')).toBe('1');
    vi.advanceTimersByTime(500);
    const after = await post();
    expect(after.status).toBe(201);
    expect(await after.json()).toEqual({ id: 7 });
  });

  it('opens the window at the first request, not when it is created', async () => {
    server.use(http.get('/api/orders', rateLimitedFor(5_000)));
    vi.advanceTimersByTime(60_000);
    expect((await fetch('/api/orders')).headers.get('retry-after')).toBe('5');
  });

  it("counts down in the dialect's own headers, with its quota", async () => {
    server.use(
      http.get(
        '/api/catalog',
        rateLimitedFor(15_000, {
          problem: { dialect: 'bigcommerce-v3', rateLimit: { limit: 150, remaining: 0, windowMs: 30_000 } },
        }),
      ),
    );
    const first = await fetch('/api/catalog');
    expect(first.headers.get('x-retry-after')).toBe('15');
    expect(first.headers.get('x-rate-limit-time-reset-ms')).toBe('15000');
    expect(first.headers.get('x-rate-limit-requests-left')).toBe('0');
    expect(first.headers.get('retry-after')).toBeNull();
    expect(await first.json()).toMatchObject({ status: 429, title: 'Too many requests', errors: {} });
    vi.advanceTimersByTime(4_000);
    const second = await fetch('/api/catalog');
    expect(second.headers.get('x-retry-after')).toBe('11');
    expect(second.headers.get('x-rate-limit-time-reset-ms')).toBe('11000');
  });

  it('sends the headers `via` names, or none with []', async () => {
    server.use(
      http.get('/api/a', rateLimitedFor(30_000, { via: ['retry-after-date', 'ratelimit'] })),
      http.get('/api/b', rateLimitedFor(30_000, { via: [] })),
    );
    const a = await fetch('/api/a');
    expect(a.headers.get('retry-after')).toBe('Mon, 23 Nov 2026 09:00:30 GMT');
    expect(a.headers.get('ratelimit')).toBe('"default";r=0;t=30');
    const b = await fetch('/api/b');
    expect(b.status).toBe(429);
    expect(b.headers.get('retry-after')).toBeNull();
  });

  it('stands still on a frozen clock, for still stories', async () => {
    const frozen: Clock = { now: () => start, setTimeout: () => 0, clearTimeout: () => undefined };
    server.use(http.get('/api/orders', rateLimitedFor(30_000, { clock: frozen })));
    expect((await fetch('/api/orders')).headers.get('retry-after')).toBe('30');
    vi.advanceTimersByTime(3_600_000);
    const later = await fetch('/api/orders');
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('30');
  });

  it('reopens the window after reset(), and each instance has its own', async () => {
    const limited = rateLimitedFor(10_000);
    server.use(http.get('/api/x', limited), http.get('/api/y', rateLimitedFor(10_000)));
    await fetch('/api/x');
    vi.advanceTimersByTime(10_000);
    expect((await fetch('/api/x')).status).toBe(200);
    expect((await fetch('/api/y')).headers.get('retry-after')).toBe('10');
    limited.reset();
    expect((await fetch('/api/x')).headers.get('retry-after')).toBe('10');
  });
});
