// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { networkError } from '../../src/msw/networkError.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('networkError', () => {
  it('makes fetch reject with a TypeError, as a dropped connection does', async () => {
    server.use(networkError('get', '/api/orders'));
    await expect(fetch('/api/orders')).rejects.toThrow(TypeError);
  });

  it('fails only once with { once: true }', async () => {
    server.use(
      networkError('POST', '/api/orders', { once: true }),
      http.post('/api/orders', () => HttpResponse.json({ id: 1 }, { status: 201 })),
    );
    await expect(fetch('/api/orders', { method: 'POST' })).rejects.toThrow(TypeError);
    expect((await fetch('/api/orders', { method: 'POST' })).status).toBe(201);
  });
});
