// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { problemResponse } from '../../src/msw/problemResponse.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('problemResponse', () => {
  it('is a Response for use inside your own resolvers', async () => {
    server.use(
      http.post('/api/carts', async ({ request }) => {
        const body = (await request.json()) as { quantity?: number };
        if ((body.quantity ?? 0) < 1) {
          return problemResponse({
            status: 422,
            dialect: 'bigcommerce-v3',
            fieldErrors: { 'line_items.0.quantity': 'Quantity must be at least 1.' },
          });
        }
        return HttpResponse.json({ data: body }, { status: 201 });
      }),
    );
    const bad = await fetch('/api/carts', { method: 'POST', body: JSON.stringify({ quantity: 0 }) });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: { 'line_items.0.quantity': 'Quantity must be at least 1.' } });
    const good = await fetch('/api/carts', { method: 'POST', body: JSON.stringify({ quantity: 2 }) });
    expect(good.status).toBe(201);
  });

  it('sends text bodies as text and no body at all for empty', async () => {
    const text = problemResponse({ status: 502, dialect: 'text', detail: 'upstream connect error' });
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toBe('upstream connect error');
    const empty = problemResponse({ status: 401, dialect: 'empty' });
    expect(empty.headers.get('content-type')).toBeNull();
    expect(empty.body).toBeNull();
  });

  it('refuses statuses a Response cannot carry, naming them', () => {
    expect(() => problemResponse({ status: 99 })).toThrow(RangeError);
    expect(() => problemResponse({ status: 600 })).toThrow('status 600 cannot be sent');
    expect(() => problemResponse({ status: 422.5 })).toThrow(RangeError);
  });
});
