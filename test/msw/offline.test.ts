// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { offline } from '../../src/msw/offline.js';

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

describe('offline', () => {
  it('fails every request at the network level, for good by default', async () => {
    server.use(
      http.all('/api/*', offline()),
      http.get('/api/orders', () => HttpResponse.json([])),
    );
    await expect(fetch('/api/orders')).rejects.toThrow(TypeError);
    vi.advanceTimersByTime(86_400_000);
    await expect(fetch('/api/companies', { method: 'POST' })).rejects.toThrow(TypeError);
  });

  it('comes back after forMs, handing requests to the other handlers', async () => {
    server.use(
      http.all('/api/*', offline({ forMs: 10_000 })),
      http.get('/api/orders', () => HttpResponse.json([1])),
    );
    await expect(fetch('/api/orders')).rejects.toThrow(TypeError);
    vi.advanceTimersByTime(9_999);
    await expect(fetch('/api/orders')).rejects.toThrow(TypeError);
    vi.advanceTimersByTime(1);
    expect(await (await fetch('/api/orders')).json()).toEqual([1]);
  });

  it('comes back at `until`, answering the given success', async () => {
    server.use(http.get('/api/ping', offline({ until: new Date(start + 5_000), success: { data: { pong: true } } })));
    await expect(fetch('/api/ping')).rejects.toThrow(TypeError);
    vi.advanceTimersByTime(5_000);
    expect(await (await fetch('/api/ping')).json()).toEqual({ pong: true });
  });

  it('never fails static assets, so a catch-all does not break the page', async () => {
    server.use(
      http.all('*', offline()),
      http.get('/assets/app.js', () => HttpResponse.text('ok')),
    );
    expect(await (await fetch('/assets/app.js')).text()).toBe('ok');
    await expect(fetch('/api/orders')).rejects.toThrow(TypeError);
  });

  it('starts over on reset()', async () => {
    const outage = offline({ forMs: 1_000 });
    server.use(
      http.get('/api/x', outage),
      http.get('/api/x', () => HttpResponse.json('back')),
    );
    await expect(fetch('/api/x')).rejects.toThrow(TypeError);
    vi.advanceTimersByTime(1_000);
    expect(await (await fetch('/api/x')).json()).toBe('back');
    outage.reset();
    await expect(fetch('/api/x')).rejects.toThrow(TypeError);
  });
});
