import { describe, expect, it } from 'vitest';
import { problemFromResponse } from '../../src/core/problemFromResponse.js';
import type { Clock } from '../../src/core/timing/Clock.js';

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
const encoder = new TextEncoder();

/** A body stream that yields the given chunks, then errors or closes. */
function streamOf(
  chunks: Uint8Array[],
  end: 'close' | 'error' = 'close',
): ReadableStream<Uint8Array> & { pulled: number } {
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      result.pulled += 1;
      const chunk = chunks[index];
      index += 1;
      if (chunk !== undefined) controller.enqueue(chunk);
      else if (end === 'error') controller.error(new TypeError('terminated'));
      else controller.close();
    },
  });
  const result = Object.assign(stream, { pulled: 0 });
  return result;
}

describe('problemFromResponse', () => {
  it('reads a JSON problem body and the headers', async () => {
    const response = new Response(
      JSON.stringify({
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Balance 30, cost 50.',
      }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'abc' } },
    );
    const problem = await problemFromResponse(response, { clock, request: { method: 'POST', url: '/api/pay' } });
    expect(problem).toMatchObject({
      status: 403,
      kind: 'forbidden',
      title: 'You do not have enough credit.',
      detail: 'Balance 30, cost 50.',
      type: 'https://example.com/probs/out-of-credit',
      traceId: 'abc',
      receivedAt: now,
      request: { method: 'POST', url: '/api/pay' },
    });
    expect(response.bodyUsed).toBe(true);
  });

  it('reads a body that arrives in many chunks, split inside a multi-byte character', async () => {
    const bytes = encoder.encode('{"title":"Größe ungültig ✓"}');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const response = new Response(streamOf(chunks), { status: 400, headers: { 'Content-Type': 'application/json' } });
    expect((await problemFromResponse(response)).title).toBe('Größe ungültig ✓');
  });

  it('decodes by the declared charset', async () => {
    const latin1 = Uint8Array.from([...'{"title":"Gr\u00f6\u00dfe"}'].map((c) => c.charCodeAt(0)));
    const response = new Response(latin1, {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=ISO-8859-1' },
    });
    expect((await problemFromResponse(response)).title).toBe('Größe');
  });

  it('stops reading past 1 MiB and does not parse', async () => {
    const chunk = encoder.encode(`{"title":"${'x'.repeat(64 * 1024)}`);
    const stream = streamOf(Array.from({ length: 64 }, () => chunk));
    const response = new Response(stream, { status: 500, headers: { 'Content-Type': 'application/json' } });
    const problem = await problemFromResponse(response, { clock });
    expect(problem).toMatchObject({ status: 500, kind: 'server', titleSource: 'catalog' });
    expect(problem.body).toBeUndefined();
    expect(stream.pulled).toBeLessThan(20);
  });

  it('does not download a body whose Content-Length is over the cap', async () => {
    const stream = streamOf([encoder.encode('{"title":"never read"}')]);
    const response = new Response(stream, { status: 502, headers: { 'Content-Length': '5000000' } });
    const problem = await problemFromResponse(response);
    expect(problem).toMatchObject({ status: 502, titleSource: 'catalog' });
    expect(stream.pulled).toBeLessThanOrEqual(1);
  });

  it('honours maxBodyBytes', async () => {
    const response = new Response('{"title":"Too long for the cap"}', {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await problemFromResponse(response, { maxBodyBytes: 10 })).titleSource).toBe('catalog');
  });

  it('still gives a problem from status and headers when the body errors mid-stream', async () => {
    const response = new Response(streamOf([encoder.encode('{"title":"half')], 'error'), {
      status: 429,
      headers: { 'Retry-After': '30', 'Content-Type': 'application/json' },
    });
    const problem = await problemFromResponse(response, { clock });
    expect(problem).toMatchObject({ status: 429, kind: 'rate-limited', retryAfterMs: 30_000, titleSource: 'catalog' });
  });

  it('tolerates a body already read', async () => {
    const response = new Response('{"title":"read elsewhere"}', { status: 404, headers: { 'X-Request-Id': 'r-9' } });
    await response.text();
    const problem = await problemFromResponse(response);
    expect(problem).toMatchObject({ status: 404, kind: 'not-found', traceId: 'r-9', titleSource: 'catalog' });
  });

  it('tolerates a locked body', async () => {
    const response = new Response('{"title":"locked"}', { status: 409 });
    response.body?.getReader();
    expect(await problemFromResponse(response)).toMatchObject({ status: 409, kind: 'conflict' });
  });

  it('tolerates no body at all', async () => {
    const response = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
    const problem = await problemFromResponse(response);
    expect(problem).toMatchObject({ status: 401, kind: 'unauthenticated', titleSource: 'catalog' });
  });

  it('gives plain text and HTML a catalog title', async () => {
    const response = new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
    });
    expect(await problemFromResponse(response)).toMatchObject({ status: 502, kind: 'server', titleSource: 'catalog' });
  });

  it('never rejects, even for something that is not a Response', async () => {
    await expect(problemFromResponse(null as unknown as Response)).resolves.toMatchObject({
      status: 0,
      kind: 'unknown',
    });
    await expect(problemFromResponse({ status: 500 } as unknown as Response)).resolves.toMatchObject({
      status: 500,
      kind: 'server',
    });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    ) as Response;
    await expect(problemFromResponse(hostile)).resolves.toMatchObject({ status: 0, kind: 'unknown' });
  });
});
