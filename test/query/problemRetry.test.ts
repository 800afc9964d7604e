import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import type { Clock } from '../../src/core/timing/Clock.js';
import { toProblem } from '../../src/core/toProblem.js';
import { problemRetry } from '../../src/query/problemRetry.js';
import { retryDelay } from '../../src/query/retryDelay.js';
import { shouldRetry } from '../../src/query/shouldRetry.js';
import { shouldRetryMutation } from '../../src/query/shouldRetryMutation.js';

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const frozen: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };

function failure(status: number, headers: HeadersInit = {}, method = 'GET'): ApiError {
  return new ApiError(
    toProblem({ status, headers, request: { method, url: 'https://api.example.com/orders' } }, { clock: frozen }),
  );
}

describe('shouldRetry (queries)', () => {
  it.each([400, 401, 403, 404, 405, 409, 410, 413, 422, 501, 507])('never retries a %d', (status) => {
    expect(shouldRetry(0, failure(status))).toBe(false);
  });

  it.each([408, 429, 500, 502, 503, 504])('retries a %d', (status) => {
    expect(shouldRetry(0, failure(status))).toBe(true);
  });

  it('retries network failures and timeouts, whatever threw them', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, new DOMException('The operation timed out.', 'TimeoutError'))).toBe(true);
    expect(shouldRetry(0, { isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error' })).toBe(true);
  });

  it('never retries an abort or a bug', () => {
    expect(shouldRetry(0, new DOMException('The user aborted a request.', 'AbortError'))).toBe(false);
    expect(shouldRetry(0, new TypeError("Cannot read properties of undefined (reading 'map')"))).toBe(false);
  });

  it('gives up after three retries', () => {
    const error = failure(500);
    expect([0, 1, 2, 3, 4].map((count) => shouldRetry(count, error))).toEqual([true, true, true, false, false]);
  });

  it('does not retry when the server asks for a longer wait than a minute: the countdown takes over', () => {
    expect(shouldRetry(0, failure(429, { 'Retry-After': '60' }))).toBe(true);
    expect(shouldRetry(0, failure(429, { 'Retry-After': '61' }))).toBe(false);
    expect(shouldRetry(0, failure(503, { 'Retry-After': '600' }))).toBe(false);
  });

  it('treats a POST query (GraphQL) like any other read', () => {
    expect(shouldRetry(0, failure(502, {}, 'POST'))).toBe(true);
  });

  it("reads tRPC's errors (with @trpc/react-query) by their status: 5xx retried, 4xx not, 429 after its wait", () => {
    const trpc = (httpStatus: number, headers: HeadersInit = {}) =>
      Object.assign(new Error('failed'), {
        name: 'TRPCClientError',
        shape: { message: 'failed', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus } },
        data: { code: 'INTERNAL_SERVER_ERROR', httpStatus },
        meta: { response: new Response(null, { status: httpStatus, headers }) },
      });
    expect(shouldRetry(0, trpc(500))).toBe(true);
    expect(shouldRetry(0, trpc(404))).toBe(false);
    expect(retryDelay(0, trpc(429, { 'Retry-After': '20' }))).toBe(20_000);
  });
});

describe('retryDelay', () => {
  it("waits exactly the server's Retry-After, in seconds or as an HTTP-date", () => {
    expect(retryDelay(0, failure(429, { 'Retry-After': '30' }))).toBe(30_000);
    expect(retryDelay(2, failure(503, { 'Retry-After': new Date(now + 45_000).toUTCString() }))).toBe(45_000);
  });

  it('honours the rate-limit headers: BigCommerce (the longer of the two), IETF RateLimit, X-RateLimit-Reset', () => {
    expect(retryDelay(0, failure(429, { 'X-Retry-After': '15', 'X-Rate-Limit-Time-Reset-Ms': '20000' }))).toBe(20_000);
    expect(retryDelay(0, failure(429, { RateLimit: '"default";r=0;t=12' }))).toBe(12_000);
    expect(retryDelay(0, failure(429, { 'X-RateLimit-Reset': String(now / 1000 + 25) }))).toBe(25_000);
  });

  it('backs off exponentially with jitter when the server named no wait', () => {
    const error = failure(502);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const delay = retryDelay(attempt, error);
      const ceiling = Math.min(30_000, 1000 * 2 ** attempt);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never waits longer than a minute, even when told to wait for an hour', () => {
    expect(retryDelay(0, failure(429, { 'Retry-After': '3600' }))).toBe(60_000);
  });
});

describe('shouldRetryMutation', () => {
  it.each([500, 502, 504])('never repeats a POST or PATCH that met a %d: it may have been applied', (status) => {
    expect(shouldRetryMutation(0, failure(status, {}, 'POST'))).toBe(false);
    expect(shouldRetryMutation(0, failure(status, {}, 'PATCH'))).toBe(false);
  });

  it('never repeats a write after a dropped connection or a timeout', () => {
    expect(shouldRetryMutation(0, new TypeError('Failed to fetch'))).toBe(false);
    expect(shouldRetryMutation(0, new DOMException('Timed out', 'TimeoutError'))).toBe(false);
  });

  it.each([408, 429, 503])('repeats a POST after a %d, which says the request was not processed', (status) => {
    expect(shouldRetryMutation(0, failure(status, { 'Retry-After': '2' }, 'POST'))).toBe(true);
  });

  it('repeats idempotent writes (PUT, DELETE) like reads', () => {
    expect(shouldRetryMutation(0, failure(502, {}, 'PUT'))).toBe(true);
    expect(shouldRetryMutation(0, failure(500, {}, 'delete'))).toBe(true);
    expect(shouldRetryMutation(0, failure(404, {}, 'DELETE'))).toBe(false);
  });

  it('never repeats a validation failure', () => {
    expect(shouldRetryMutation(0, failure(422, {}, 'PUT'))).toBe(false);
  });
});

describe('problemRetry', () => {
  it('takes its own retry count and longest wait', () => {
    const { retry, retryDelay: delay } = problemRetry({ maxRetries: 1, maxWaitMs: 10_000 });
    expect(retry(0, failure(500))).toBe(true);
    expect(retry(1, failure(500))).toBe(false);
    expect(retry(0, failure(429, { 'Retry-After': '11' }))).toBe(false);
    expect(delay(0, failure(429, { 'Retry-After': '11' }))).toBe(10_000);
    expect(delay(10, failure(500))).toBeLessThanOrEqual(10_000);
  });

  it('takes its own backoff', () => {
    const { retryDelay: delay } = problemRetry({ backoff: { baseMs: 200, random: () => 0.5 } });
    expect([0, 1, 2].map((attempt) => delay(attempt, failure(500)))).toEqual([150, 300, 600]);
  });

  it("measures the server's wait from when the answer arrived, given a clock", () => {
    let time = now;
    const clock: Clock = { ...frozen, now: () => time };
    const error = failure(429, { 'Retry-After': '30' });
    time = now + 10_000;
    expect(problemRetry({ clock }).retryDelay(0, error)).toBe(20_000);
    expect(problemRetry().retryDelay(0, error)).toBe(30_000);
  });

  it('falls back to the defaults for unusable options', () => {
    const { retry } = problemRetry({ maxRetries: Number.NaN, maxWaitMs: -1 });
    expect(retry(2, failure(500))).toBe(true);
    expect(retry(3, failure(500))).toBe(false);
    expect(retry(0, failure(429, { 'Retry-After': '30' }))).toBe(true);
  });

  it('never throws, and never answers a delay outside [0, maxWaitMs], whatever it is given', () => {
    const { retry, retryDelay: delay } = problemRetry();
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.integer(), fc.double()), (error, count) => {
        expect(typeof retry(count, error)).toBe('boolean');
        const ms = delay(count, error);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(60_000);
      }),
    );
  });
});
