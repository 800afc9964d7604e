// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/timing/Clock.js';
import { problemHandler } from '../../src/msw/problemHandler.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };

describe('problemHandler', () => {
  it('answers the route with the dialect shape, status and headers over real fetch', async () => {
    server.use(
      problemHandler('post', '/api/companies', {
        status: 422,
        dialect: 'aspnet',
        fieldErrors: { CompanyName: ['The CompanyName field is required.'] },
        traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00',
      }),
    );
    const response = await fetch('/api/companies', { method: 'POST', body: '{}' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toEqual({
      type: 'https://tools.ietf.org/html/rfc4918#section-11.2',
      title: 'One or more validation errors occurred.',
      status: 422,
      errors: { CompanyName: ['The CompanyName field is required.'] },
      traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00',
    });
  });

  it('matches the method: other methods on the same path are not answered', async () => {
    server.use(
      problemHandler('DELETE', '/api/companies/:id', { status: 403, dialect: 'drf' }),
      http.get('/api/companies/:id', () => HttpResponse.json({ id: 7 })),
    );
    expect((await fetch('/api/companies/7')).status).toBe(200);
    const response = await fetch('/api/companies/7', { method: 'DELETE' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
  });

  it('builds the spec from the request when given a function, and passes the request to the body', async () => {
    server.use(
      problemHandler('all', '/api/orders/:id', ({ request }) => ({
        status: request.method === 'PUT' ? 405 : 404,
        dialect: 'drf',
      })),
      problemHandler('get', '/spring/orders', { status: 404, dialect: 'spring' }),
    );
    expect(await (await fetch('/api/orders/1', { method: 'PUT' })).json()).toEqual({
      detail: 'Method "PUT" not allowed.',
    });
    expect(await (await fetch('/api/orders/1')).json()).toEqual({ detail: 'Not found.' });
    expect(await (await fetch('/spring/orders')).json()).toMatchObject({ instance: '/spring/orders' });
  });

  it('answers only once with { once: true }, then lets the next handler answer', async () => {
    server.use(
      problemHandler('get', '/api/profile', { status: 401, dialect: 'empty' }, { once: true }),
      http.get('/api/profile', () => HttpResponse.json({ name: 'Ada' })),
    );
    const first = await fetch('/api/profile');
    expect(first.status).toBe(401);
    expect(first.headers.get('www-authenticate')).toBe('Bearer');
    expect(await first.text()).toBe('');
    expect(await (await fetch('/api/profile')).json()).toEqual({ name: 'Ada' });
  });

  it('computes dates from the injected clock', async () => {
    server.use(problemHandler('get', '/api/slow', { status: 503, retryAfter: new Date(now + 60_000) }, { clock }));
    expect((await fetch('/api/slow')).headers.get('retry-after')).toBe('Mon, 23 Nov 2026 09:01:00 GMT');
  });

  it('answers a status-0 spec with a network error', async () => {
    server.use(problemHandler('get', '/api/gone', { status: 0 }));
    await expect(fetch('/api/gone')).rejects.toThrow(TypeError);
  });
});
