import type { ApiProblem } from './ApiProblem.js';
import { asProblem } from './asProblem.js';
import type { Clock } from './timing/Clock.js';

// TanStack Query v5 cache events, read structurally so core never imports TanStack
// (query-core `query.ts` / `mutation.ts` `#dispatch`, `queryCache.ts` / `mutationCache.ts` `notify`):
// - every state change notifies `{ type: 'updated', query | mutation, action }`;
// - `action.type === 'failed'` carries `error` for an attempt that will be retried (`onFail` of the retryer);
// - `action.type === 'error'` carries the final `error`;
// - `action.type === 'success'` is a settled fetch or mutation; `manual: true` marks `setQueryData`, which says
//   nothing about the server;
// - a cancelled fetch rejects with `CancelledError` (message "CancelledError", own `revert`/`silent`), which is a
//   decision of the app, not a failure.

/**
 * The one method of a TanStack `QueryCache` / `MutationCache` that `watchQueryClient` calls.
 *
 * @example
 * ```ts
 * const cache: WatchableCache = queryClient.getQueryCache();
 * ```
 */
export interface WatchableCache {
  subscribe(listener: (event: unknown) => void): () => void;
}

/**
 * The part of a TanStack Query v5 `QueryClient` that `watchQueryClient` (and `ProblemProvider`'s `queryClient`
 * prop) needs, typed by structure so that `problemkit` never imports `@tanstack/react-query`: any real
 * `QueryClient` satisfies it.
 *
 * @example
 * ```ts
 * const queryClient: WatchableQueryClient = new QueryClient();
 * ```
 */
export interface WatchableQueryClient {
  getQueryCache(): WatchableCache;
  getMutationCache(): WatchableCache;
}

/**
 * What accompanies a problem seen in a watched cache.
 *
 * @example
 * ```ts
 * const onProblem = (problem: ApiProblem, meta: WatchedProblemMeta) => store.report(problem, { retry: meta.retry });
 * ```
 */
export interface WatchedProblemMeta {
  /** `'query'` or `'mutation'`. */
  readonly source: 'query' | 'mutation';
  /** The value the query or mutation failed with (usually an `ApiError`). */
  readonly error: unknown;
  /** The `queryKey` or `mutationKey`, when there is one. */
  readonly key: unknown;
  /** `true` for a failed attempt that TanStack Query will retry, `false` for the final failure. */
  readonly willRetry: boolean;
  /**
   * Fetches the failed query again (`query.fetch()`), for use as the probe while the service is unavailable.
   * Absent for mutations: repeating a mutation is not safe (a POST may create twice).
   */
  readonly retry?: () => Promise<unknown>;
}

/**
 * What a watched cache reports to.
 *
 * @example
 * ```ts
 * const watcher: QueryClientWatcher = { onProblem: (problem) => log(problem), onSuccess: () => store.reportSuccess() };
 * ```
 */
export interface QueryClientWatcher {
  /** A query or mutation attempt failed with `problem`. */
  onProblem(problem: ApiProblem, meta: WatchedProblemMeta): void;
  /** A query fetch or a mutation succeeded: the service answered. */
  onSuccess(meta: { readonly source: 'query' | 'mutation'; readonly key: unknown }): void;
}

/**
 * Options of `watchQueryClient`.
 *
 * @example
 * ```ts
 * watchQueryClient(queryClient, watcher, { clock: frozenClock });
 * ```
 */
export interface WatchQueryClientOptions {
  /** The clock `asProblem` reads retry times against (errors carrying a raw response). */
  readonly clock?: Clock;
}

type Shape = Record<string, unknown>;

function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null;
}

/** TanStack's `CancelledError` (by shape: it is not exported under a stable name), or a plain abort. */
function isCancellation(error: unknown): boolean {
  if (!isObject(error)) return false;
  if (error.message === 'CancelledError' && ('revert' in error || 'silent' in error)) return true;
  return error.name === 'CancelledError';
}

/**
 * Watches a TanStack Query v5 client's query and mutation caches and reports what they reveal about the
 * service: every failed attempt (retried or final) as a problem, through `asProblem`, with the failed query's
 * own `fetch()` as the retry a probe can use; every settled fetch or mutation as a success (manual
 * `setQueryData` writes excluded). Cancellations and aborts are the app's own decisions and are not reported.
 * Read structurally, so it works with any v5 client without importing TanStack; events it does not recognise
 * are ignored, and it never throws into the cache. Returns the function that stops watching.
 *
 * @example
 * ```ts
 * const stop = watchQueryClient(queryClient, {
 *   onProblem: (problem, meta) => store.report(problem, { retry: meta.retry }),
 *   onSuccess: () => store.reportSuccess(),
 * });
 * ```
 */
export function watchQueryClient(
  client: WatchableQueryClient,
  watcher: QueryClientWatcher,
  options: WatchQueryClientOptions = {},
): () => void {
  const problemOptions = options.clock === undefined ? undefined : { clock: options.clock };

  function listen(source: 'query' | 'mutation') {
    return (event: unknown): void => {
      try {
        handle(source, event);
      } catch (error) {
        // A watcher that throws must not break TanStack's notify loop; the host still sees the error.
        queueMicrotask(() => {
          throw error;
        });
      }
    };
  }

  function handle(source: 'query' | 'mutation', event: unknown): void {
    if (!isObject(event) || event.type !== 'updated' || !isObject(event.action)) return;
    const action = event.action;
    const subject = source === 'query' ? event.query : event.mutation;
    if (!isObject(subject)) return;
    const key = source === 'query' ? subject.queryKey : (subject.options as Shape | undefined)?.mutationKey;

    if (action.type === 'success') {
      if (action.manual === true) return;
      watcher.onSuccess({ source, key });
      return;
    }
    if (action.type !== 'failed' && action.type !== 'error') return;
    const error = action.error;
    if (isCancellation(error)) return;
    const problem = asProblem(error, problemOptions);
    if (problem.code === 'aborted') return;
    const fetch = subject.fetch;
    const retry =
      source === 'query' && typeof fetch === 'function'
        ? () => Promise.resolve((fetch as () => unknown).call(subject))
        : undefined;
    watcher.onProblem(problem, {
      source,
      error,
      key,
      willRetry: action.type === 'failed',
      ...(retry === undefined ? {} : { retry }),
    });
  }

  const stops = [
    client.getQueryCache().subscribe(listen('query')),
    client.getMutationCache().subscribe(listen('mutation')),
  ];
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const stop of stops) stop();
  };
}
