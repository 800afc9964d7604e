import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { type QueryClientWatcher, watchQueryClient } from '../../src/core/watchQueryClient.js';

function watcher() {
  return { onProblem: vi.fn(), onSuccess: vi.fn() } satisfies QueryClientWatcher;
}

let client: QueryClient;

beforeEach(() => {
  vi.useFakeTimers();
  client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
});

afterEach(() => {
  client.clear();
  vi.useRealTimers();
});

describe('watchQueryClient', () => {
  it('reports a failed query with its problem, key and a retry that fetches the query again', async () => {
    const seen = watcher();
    const stop = watchQueryClient(client, seen);
    const error = new ApiError(toProblem({ status: 503, headers: { 'Retry-After': '30' } }));
    const queryFn = vi.fn().mockRejectedValueOnce(error).mockResolvedValueOnce('back');
    await expect(client.fetchQuery({ queryKey: ['orders'], queryFn })).rejects.toBe(error);

    expect(seen.onProblem).toHaveBeenCalledTimes(1);
    const [problem, meta] = seen.onProblem.mock.calls[0] ?? [];
    expect(problem).toBe(error.problem);
    expect(meta).toMatchObject({ source: 'query', error, key: ['orders'], willRetry: false });

    await expect(meta.retry()).resolves.toBe('back');
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(seen.onSuccess).toHaveBeenCalledWith({ source: 'query', key: ['orders'] });
    stop();
  });

  it('reports each retried attempt as it fails, then the final failure', async () => {
    const seen = watcher();
    const stop = watchQueryClient(client, seen);
    const errors = [1, 2].map(() => new ApiError(toProblem({ status: 500 })));
    const queryFn = vi.fn().mockRejectedValueOnce(errors[0]).mockRejectedValueOnce(errors[1]);
    const result = client.fetchQuery({ queryKey: ['x'], queryFn, retry: 1, retryDelay: 1000 });
    result.catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.onProblem).toHaveBeenCalledTimes(1);
    expect(seen.onProblem.mock.calls[0]?.[1]).toMatchObject({ willRetry: true, error: errors[0] });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).rejects.toBe(errors[1]);
    expect(seen.onProblem).toHaveBeenCalledTimes(2);
    expect(seen.onProblem.mock.calls[1]?.[1]).toMatchObject({ willRetry: false, error: errors[1] });
    stop();
  });

  it('reports mutations without a retry, and their successes', async () => {
    const seen = watcher();
    const stop = watchQueryClient(client, seen);
    const error = new ApiError(toProblem({ status: 422, body: { errors: { name: ['Enter a name'] } } }));
    const failing = client
      .getMutationCache()
      .build(client, { mutationKey: ['save'], mutationFn: () => Promise.reject(error) });
    await expect(failing.execute(undefined)).rejects.toBe(error);
    expect(seen.onProblem).toHaveBeenCalledTimes(1);
    const meta = seen.onProblem.mock.calls[0]?.[1];
    expect(meta).toMatchObject({ source: 'mutation', key: ['save'], willRetry: false });
    expect(meta).not.toHaveProperty('retry');

    const passing = client.getMutationCache().build(client, { mutationKey: ['save'], mutationFn: async () => 'ok' });
    await passing.execute(undefined);
    expect(seen.onSuccess).toHaveBeenCalledWith({ source: 'mutation', key: ['save'] });
    stop();
  });

  it('ignores setQueryData, cancellations and aborts', async () => {
    const seen = watcher();
    const stop = watchQueryClient(client, seen);
    client.setQueryData(['manual'], 1);
    const pending = client.fetchQuery({
      queryKey: ['slow'],
      queryFn: ({ signal }) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')))),
    });
    pending.catch(() => {});
    // revert: false makes TanStack dispatch an `error` action carrying its CancelledError.
    await client.cancelQueries({ queryKey: ['slow'] }, { revert: false });
    await expect(pending).rejects.toMatchObject({ message: 'CancelledError' });
    expect(client.getQueryState(['slow'])?.status).toBe('error');
    await expect(
      client.fetchQuery({ queryKey: ['aborted'], queryFn: () => Promise.reject(new DOMException('x', 'AbortError')) }),
    ).rejects.toBeInstanceOf(DOMException);
    expect(seen.onProblem).not.toHaveBeenCalled();
    expect(seen.onSuccess).not.toHaveBeenCalled();
    stop();
  });

  it('normalises errors that are not ApiErrors', async () => {
    const seen = watcher();
    const stop = watchQueryClient(client, seen);
    await expect(
      client.fetchQuery({ queryKey: ['net'], queryFn: () => Promise.reject(new TypeError('Failed to fetch')) }),
    ).rejects.toBeInstanceOf(TypeError);
    expect(seen.onProblem.mock.calls[0]?.[0]).toMatchObject({ status: 0, kind: 'network' });
    stop();
  });

  it('stops watching both caches, and stopping twice is harmless', async () => {
    const seen = watcher();
    const stop = watchQueryClient(client, seen);
    stop();
    stop();
    await expect(
      client.fetchQuery({ queryKey: ['y'], queryFn: () => Promise.reject(new Error('no')) }),
    ).rejects.toThrow();
    expect(seen.onProblem).not.toHaveBeenCalled();
  });

  it('never throws into the cache when the watcher throws', async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    const stop = watchQueryClient(client, {
      onProblem: () => {
        throw new Error('watcher broke');
      },
      onSuccess: () => {},
    });
    await expect(
      client.fetchQuery({ queryKey: ['z'], queryFn: () => Promise.reject(new Error('no')) }),
    ).rejects.toThrow('no');
    await Promise.resolve();
    await Promise.resolve();
    process.off('uncaughtException', onError);
    expect(errors).toHaveLength(1);
    stop();
  });

  it('ignores events it does not recognise', () => {
    let listener: ((event: unknown) => void) | undefined;
    const seen = watcher();
    const fake = {
      getQueryCache: () => ({
        subscribe: (next: (event: unknown) => void) => {
          listener = next;
          return () => {};
        },
      }),
      getMutationCache: () => ({ subscribe: () => () => {} }),
    };
    watchQueryClient(fake, seen);
    for (const event of [null, 1, 'updated', { type: 'added' }, { type: 'updated' }, { type: 'updated', action: {} }]) {
      listener?.(event);
    }
    listener?.({ type: 'updated', action: { type: 'error', error: new Error('x') } });
    expect(seen.onProblem).not.toHaveBeenCalled();
    expect(seen.onSuccess).not.toHaveBeenCalled();
  });
});
