import { type DefaultOptions, MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ApiError, isApiError } from '../../src/core/ApiError.js';
import { apiFetch } from '../../src/core/apiFetch.js';
import { failTimes } from '../../src/msw/failTimes.js';
import { problemHandler } from '../../src/msw/problemHandler.js';
import { createQueryDefaults } from '../../src/query/createQueryDefaults.js';
import { queryDefaults } from '../../src/query/queryDefaults.js';
import { retryDelay } from '../../src/query/retryDelay.js';
import { shouldRetry } from '../../src/query/shouldRetry.js';
import { shouldRetryMutation } from '../../src/query/shouldRetryMutation.js';
import { throwOnError } from '../../src/query/throwOnError.js';
import { requestLog, timesOf } from './requestLog.js';

const api = 'https://api.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
let client: QueryClient;
let log: ReturnType<typeof requestLog>;
let unsubscribes: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false, now: start });
  // Equal jitter with a draw of 0.5: the backoff delays are 750, 1500, 3000 ms (0.5–1 s, 1–2 s, 2–4 s).
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
  client = new QueryClient({ defaultOptions: queryDefaults });
  log = requestLog(server);
  unsubscribes = [];
});

afterEach(() => {
  for (const unsubscribe of unsubscribes) unsubscribe();
  log.stop();
  client.clear();
  vi.useRealTimers();
});

/**
 * Observes a query the way `useQuery` does (a QueryObserver with the client's defaults, whose own default is three
 * retries), and keeps its outcome for later.
 */
function startQuery(path: string) {
  const outcome: { value?: unknown; error?: unknown; settled: boolean } = { settled: false };
  const observer = new QueryObserver(client, { queryKey: [path], queryFn: () => apiFetch(`${api}${path}`) });
  unsubscribes.push(
    observer.subscribe((result) => {
      if (result.status === 'success') Object.assign(outcome, { value: result.data, settled: true });
      if (result.status === 'error') Object.assign(outcome, { error: result.error, settled: true });
    }),
  );
  return outcome;
}

/** Runs a mutation through a MutationObserver, which applies the client's mutation defaults as useMutation does. */
function startMutation(method: string, path: string) {
  const observer = new MutationObserver(client, {
    mutationFn: () => apiFetch(`${api}${path}`, { method, body: { name: 'Acme' } }),
  });
  const outcome: { error?: unknown; settled: boolean } = { settled: false };
  observer
    .mutate(undefined)
    .catch((error: unknown) => Object.assign(outcome, { error }))
    .finally(() => {
      outcome.settled = true;
    });
  return outcome;
}

describe('queryDefaults with a real QueryClient', () => {
  it('fits TanStack Query’s DefaultOptions and uses the named functions', () => {
    const options: DefaultOptions = queryDefaults;
    expect(options.queries).toEqual({ retry: shouldRetry, retryDelay, throwOnError });
    expect(options.mutations).toEqual({ retry: shouldRetryMutation, retryDelay });
    expect(options.mutations).not.toHaveProperty('throwOnError');
    expect(Object.isFrozen(queryDefaults) && Object.isFrozen(queryDefaults.queries)).toBe(true);
  });

  it('does not retry a 404 query: one request, whatever the wait', async () => {
    server.use(problemHandler('get', `${api}/api/v3/io/companies/7`, { status: 404, dialect: 'b2b-edition' }));
    const outcome = startQuery('/api/v3/io/companies/7');
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.settled).toBe(true);
    expect(isApiError(outcome.error) && outcome.error.problem.kind).toBe('not-found');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(timesOf(log.requests, '/api/v3/io/companies/7', start)).toEqual([0]);
  });

  it('retries a 500 query three times with growing delays, then fails with the problem', async () => {
    server.use(
      problemHandler('get', `${api}/api/orders`, {
        status: 500,
        dialect: 'aspnet',
        traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00',
      }),
    );
    const outcome = startQuery('/api/orders');
    await vi.advanceTimersByTimeAsync(749);
    expect(timesOf(log.requests, '/api/orders', start)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(timesOf(log.requests, '/api/orders', start)).toEqual([0, 750, 750 + 1500, 750 + 1500 + 3000]);
    expect(outcome.settled).toBe(true);
    const problem = (outcome.error as ApiError).problem;
    expect(problem).toMatchObject({ status: 500, kind: 'server', dialect: 'aspnet' });
    expect(problem.traceId).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00');
  });

  it('waits the 30 s of Retry-After before retrying a 429, and sends nothing before', async () => {
    server.use(
      http.get(
        `${api}/api/v3/io/orders`,
        failTimes(1, { status: 429, dialect: 'b2b-edition', retryAfter: 30 }, { data: [{ orderId: 1 }] }),
      ),
    );
    const outcome = startQuery('/api/v3/io/orders');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(timesOf(log.requests, '/api/v3/io/orders', start)).toEqual([0]);
    expect(outcome.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(timesOf(log.requests, '/api/v3/io/orders', start)).toEqual([0, 30_000]);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toMatchObject({ settled: true, value: { code: 200, data: [{ orderId: 1 }] } });
  });

  it("honours BigCommerce's rate-limit headers: the longer of X-Retry-After and X-Rate-Limit-Time-Reset-Ms", async () => {
    server.use(
      http.get(
        `${api}/stores/abc/v3/catalog/products`,
        failTimes(1, {
          status: 429,
          dialect: 'bigcommerce-v3',
          retryAfter: 15,
          headers: { 'X-Rate-Limit-Time-Reset-Ms': '20000' },
        }),
      ),
    );
    startQuery('/stores/abc/v3/catalog/products');
    await vi.advanceTimersByTimeAsync(19_999);
    expect(timesOf(log.requests, '/stores/abc/v3/catalog/products', start)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(timesOf(log.requests, '/stores/abc/v3/catalog/products', start)).toEqual([0, 20_000]);
  });

  it('retries a 503 after its Retry-After, but leaves a wait over a minute to the countdown', async () => {
    server.use(
      http.get(`${api}/api/soon`, failTimes(1, { status: 503, dialect: 'aspnet', retryAfter: 5 })),
      problemHandler('get', `${api}/api/later`, { status: 503, dialect: 'aspnet', retryAfter: 600 }),
    );
    const soon = startQuery('/api/soon');
    const later = startQuery('/api/later');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(timesOf(log.requests, '/api/soon', start)).toEqual([0, 5_000]);
    await vi.advanceTimersByTimeAsync(0);
    expect(soon.settled && soon.error).toBe(undefined);
    expect(later.settled).toBe(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(timesOf(log.requests, '/api/later', start)).toEqual([0]);
  });

  it('retries a network failure with backoff, and succeeds when the connection is back', async () => {
    server.use(http.get(`${api}/api/catalog`, failTimes(2, 'network-error', { data: { products: [] } })));
    const outcome = startQuery('/api/catalog');
    await vi.advanceTimersByTimeAsync(2_250);
    expect(timesOf(log.requests, '/api/catalog', start)).toEqual([0, 750, 2_250]);
    expect(outcome).toMatchObject({ settled: true, value: { products: [] } });
  });

  it('never repeats a POST that met a 500 or a dropped connection', async () => {
    server.use(
      problemHandler('post', `${api}/api/companies`, { status: 500, dialect: 'aspnet' }),
      http.post(`${api}/api/quotes`, failTimes(1, 'network-error')),
    );
    const company = startMutation('POST', '/api/companies');
    const quote = startMutation('POST', '/api/quotes');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(company.settled && quote.settled).toBe(true);
    expect(timesOf(log.requests, '/api/companies', start)).toEqual([0]);
    expect(timesOf(log.requests, '/api/quotes', start)).toEqual([0]);
  });

  it("repeats a POST after a 503 (not processed), at the server's time", async () => {
    server.use(
      http.post(`${api}/api/v3/io/orders`, failTimes(1, { status: 503, dialect: 'b2b-edition', retryAfter: 2 })),
    );
    const order = startMutation('POST', '/api/v3/io/orders');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(timesOf(log.requests, '/api/v3/io/orders', start)).toEqual([0, 2_000]);
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toMatchObject({ settled: true });
    expect(order.error).toBeUndefined();
  });

  it('repeats an idempotent PUT after a 502, with backoff', async () => {
    server.use(http.put(`${api}/api/companies/7`, failTimes(1, { status: 502, dialect: 'bigcommerce-v2' })));
    startMutation('PUT', '/api/companies/7');
    await vi.advanceTimersByTimeAsync(750);
    expect(timesOf(log.requests, '/api/companies/7', start)).toEqual([0, 750]);
  });

  it('never retries a validation failure of a form', async () => {
    server.use(
      problemHandler('post', `${api}/api/companies`, {
        status: 422,
        dialect: 'bigcommerce-v3',
        fieldErrors: { companyName: 'Company name is required.' },
      }),
    );
    const company = startMutation('POST', '/api/companies');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(isApiError(company.error) && company.error.problem.kind).toBe('validation');
    expect(timesOf(log.requests, '/api/companies', start)).toEqual([0]);
  });

  it('lets createQueryDefaults set the retry count and the longest wait', async () => {
    client = new QueryClient({ defaultOptions: createQueryDefaults({ maxRetries: 1, maxWaitMs: 20_000 }) });
    server.use(
      problemHandler('get', `${api}/api/orders`, { status: 502, dialect: 'aspnet' }),
      problemHandler('get', `${api}/api/prices`, { status: 429, dialect: 'aspnet', retryAfter: 30 }),
    );
    startQuery('/api/orders');
    startQuery('/api/prices');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(timesOf(log.requests, '/api/orders', start)).toEqual([0, 750]);
    expect(timesOf(log.requests, '/api/prices', start)).toEqual([0]);
  });

  it('still lets a query turn retries off', async () => {
    server.use(problemHandler('get', `${api}/api/orders`, { status: 500 }));
    const observer = new QueryObserver(client, {
      queryKey: ['plain'],
      queryFn: () => apiFetch(`${api}/api/orders`),
      retry: false,
    });
    unsubscribes.push(observer.subscribe(() => undefined));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(observer.getCurrentResult().status).toBe('error');
    expect(timesOf(log.requests, '/api/orders', start)).toEqual([0]);
  });
});
