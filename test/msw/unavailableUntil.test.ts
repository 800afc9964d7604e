// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { unavailableUntil } from '../../src/msw/unavailableUntil.js';

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

describe('unavailableUntil', () => {
  it('answers 503 until the moment, pointing Retry-After at it; the probe at that moment succeeds', async () => {
    server.use(
      http.get(
        '/api/health',
        unavailableUntil(new Date(start + 60_000), {
          problem: { dialect: 'aspnet', traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00' },
          success: { data: { status: 'ok' } },
        }),
      ),
    );
    const first = await fetch('/api/health');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('60');
    expect(await first.json()).toMatchObject({ title: 'Service Unavailable', traceId: expect.any(String) });
    vi.advanceTimersByTime(45_000);
    expect((await fetch('/api/health')).headers.get('retry-after')).toBe('15');
    vi.advanceTimersByTime(15_000);
    const probe = await fetch('/api/health');
    expect(probe.status).toBe(200);
    expect(await probe.json()).toEqual({ status: 'ok' });
  });

  it('counts a duration from the first request', async () => {
    server.use(http.get('/api/orders', unavailableUntil(120_000)));
    vi.advanceTimersByTime(30_000);
    expect((await fetch('/api/orders')).headers.get('retry-after')).toBe('120');
    vi.advanceTimersByTime(119_000);
    expect((await fetch('/api/orders')).status).toBe(503);
    vi.advanceTimersByTime(1_000);
    expect((await fetch('/api/orders')).status).toBe(200);
  });

  it('can announce the end as an HTTP-date', async () => {
    server.use(http.get('/api/orders', unavailableUntil(90_000, { via: 'retry-after-date' })));
    expect((await fetch('/api/orders')).headers.get('retry-after')).toBe('Mon, 23 Nov 2026 09:01:30 GMT');
  });

  it('forgets the first request on reset()', async () => {
    const maintenance = unavailableUntil(10_000);
    server.use(http.get('/api/orders', maintenance));
    await fetch('/api/orders');
    vi.advanceTimersByTime(10_000);
    expect((await fetch('/api/orders')).status).toBe(200);
    maintenance.reset();
    expect((await fetch('/api/orders')).status).toBe(503);
  });
});
