// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failTimes } from '../../src/msw/failTimes.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('failTimes', () => {
  it('fails the first N requests with the problem, then answers the success', async () => {
    server.use(
      http.get('/api/orders', failTimes(2, { status: 503, dialect: 'aspnet', retryAfter: 1 }, { data: [{ id: 1 }] })),
    );
    const first = await fetch('/api/orders');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(await first.json()).toMatchObject({ title: 'Service Unavailable', status: 503 });
    expect((await fetch('/api/orders')).status).toBe(503);
    const third = await fetch('/api/orders');
    expect(third.status).toBe(200);
    expect(await third.json()).toEqual([{ id: 1 }]);
    expect((await fetch('/api/orders')).status).toBe(200);
  });

  it('fails at the network level with network-error', async () => {
    server.use(http.post('/api/companies', failTimes(1, 'network-error')));
    await expect(fetch('/api/companies', { method: 'POST' })).rejects.toThrow(TypeError);
    const retried = await fetch('/api/companies', { method: 'POST' });
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({});
  });

  it("wraps success data in the failure dialect's envelope by default", async () => {
    server.use(
      http.get('/api/v3/companies/7', failTimes(1, { status: 500, dialect: 'b2b-edition' }, { data: { id: 7 } })),
    );
    expect((await fetch('/api/v3/companies/7')).status).toBe(500);
    expect(await (await fetch('/api/v3/companies/7')).json()).toEqual({
      code: 200,
      data: { id: 7 },
      meta: { message: 'SUCCESS' },
    });
  });

  it('answers 204 without a body, a raw body as is, or whatever a success function returns', async () => {
    server.use(
      http.delete('/api/a', failTimes(0, { status: 500 }, { status: 204 })),
      http.get('/api/b', failTimes(0, { status: 500, dialect: 'b2b-edition' }, { body: { raw: true }, status: 201 })),
      http.get(
        '/api/c',
        failTimes(0, { status: 500 }, ({ request }) => HttpResponse.text(new URL(request.url).pathname)),
      ),
    );
    const deleted = await fetch('/api/a', { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const raw = await fetch('/api/b');
    expect(raw.status).toBe(201);
    expect(await raw.json()).toEqual({ raw: true });
    expect(await (await fetch('/api/c')).text()).toBe('/api/c');
  });

  it("passes the request on to the next handler with 'next'", async () => {
    server.use(
      http.get('/api/profile', failTimes(1, { status: 401, dialect: 'empty' }, 'next')),
      http.get('/api/profile', () => HttpResponse.json({ name: 'Ada' })),
    );
    expect((await fetch('/api/profile')).status).toBe(401);
    expect(await (await fetch('/api/profile')).json()).toEqual({ name: 'Ada' });
  });

  it('keeps its count per instance: a new scenario, or reset(), starts over', async () => {
    const flaky = failTimes(1, { status: 503 });
    server.use(http.get('/api/x', flaky), http.get('/api/y', failTimes(1, { status: 503 })));
    expect((await fetch('/api/x')).status).toBe(503);
    expect((await fetch('/api/x')).status).toBe(200);
    // A second scenario has its own count.
    expect((await fetch('/api/y')).status).toBe(503);
    flaky.reset();
    expect((await fetch('/api/x')).status).toBe(503);
    expect((await fetch('/api/x')).status).toBe(200);
  });
});
