import { type DefaultOptions, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { createQueryDefaults } from '../../src/query/createQueryDefaults.js';
import { queryDefaults } from '../../src/query/queryDefaults.js';
import { retryDelay } from '../../src/query/retryDelay.js';
import { shouldRetry } from '../../src/query/shouldRetry.js';
import { shouldRetryMutation } from '../../src/query/shouldRetryMutation.js';
import { throwOnError } from '../../src/query/throwOnError.js';
import { withProblemDefaults } from '../../src/query/withProblemDefaults.js';

describe('withProblemDefaults', () => {
  it('gives the kit’s defaults when there are none', () => {
    expect(withProblemDefaults()).toEqual({ queries: queryDefaults.queries, mutations: queryDefaults.mutations });
  });

  it('keeps every option already set, and fills in only what is missing', () => {
    const existing: DefaultOptions = {
      queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always' },
      hydrate: { queries: { gcTime: 10_000 } },
      dehydrate: { shouldDehydrateQuery: () => true },
    };
    const merged = withProblemDefaults(existing);
    expect(merged.queries).toEqual({
      retry: 1,
      retryDelay,
      throwOnError,
      staleTime: 60_000,
      refetchOnWindowFocus: false,
    });
    expect(merged.mutations).toEqual({ retry: shouldRetryMutation, retryDelay, networkMode: 'always' });
    expect(merged.hydrate).toBe(existing.hydrate);
    expect(merged.dehydrate).toBe(existing.dehydrate);
    expect(existing.queries).toEqual({ staleTime: 60_000, retry: 1, refetchOnWindowFocus: false });
  });

  it('treats an option set to undefined as not set', () => {
    const merged = withProblemDefaults({ queries: { retry: undefined, throwOnError: undefined } });
    expect(merged.queries?.retry).toBe(shouldRetry);
    expect(merged.queries?.throwOnError).toBe(throwOnError);
  });

  it('lets an explicit false turn a default off', () => {
    const merged = withProblemDefaults({ queries: { retry: false, throwOnError: false } });
    expect(merged.queries?.retry).toBe(false);
    expect(merged.queries?.throwOnError).toBe(false);
    expect(merged.queries?.retryDelay).toBe(retryDelay);
  });

  it('takes the options of createQueryDefaults', () => {
    const merged = withProblemDefaults({ queries: { staleTime: 5_000 } }, { maxRetries: 1 });
    const error = new ApiError(toProblem({ status: 500 }));
    const retry = merged.queries?.retry as (count: number, error: unknown) => boolean;
    expect([retry(0, error), retry(1, error)]).toEqual([true, false]);
    expect(merged.queries?.staleTime).toBe(5_000);
  });
});

describe('createQueryDefaults', () => {
  it('makes frozen defaults with its own limits and inline kinds', () => {
    const defaults = createQueryDefaults({ maxWaitMs: 10_000, inline: ['validation', 'not-found'] });
    expect(Object.isFrozen(defaults.queries) && Object.isFrozen(defaults.mutations)).toBe(true);
    const notFound = new ApiError(toProblem({ status: 404 }));
    expect(defaults.queries.throwOnError(notFound, { state: { data: undefined } })).toBe(false);
    const slow = new ApiError(toProblem({ status: 429, headers: { 'Retry-After': '20' } }));
    expect(defaults.queries.retry(0, slow)).toBe(false);
    expect(defaults.queries.retryDelay(0, slow)).toBe(10_000);
    expect(defaults.mutations).not.toHaveProperty('throwOnError');
  });
});

describe('an existing QueryClient', () => {
  let client: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
  });
  afterEach(() => {
    client.clear();
    vi.useRealTimers();
  });

  it('takes the defaults through setDefaultOptions, and its queries stop retrying a 404', async () => {
    client.setDefaultOptions(withProblemDefaults(client.getDefaultOptions()));
    expect(client.getDefaultOptions().queries).toMatchObject({ staleTime: 30_000, retry: shouldRetry });

    const queryFn = vi.fn(() => Promise.reject(new ApiError(toProblem({ status: 404 }))));
    const observer = new QueryObserver(client, { queryKey: ['company', 7], queryFn });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(observer.getCurrentResult().status).toBe('error');
    expect(queryFn).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
