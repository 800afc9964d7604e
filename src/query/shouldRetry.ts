import { problemRetry } from './problemRetry.js';

const queries = problemRetry();

/**
 * TanStack Query's `retry(failureCount, error)` for queries, with the kit's defaults: no retry for a 4xx except
 * 408, 429 and 503, which are retried after the server's wait (`Retry-After` and the rate-limit headers) when that
 * wait is at most 60 s; 5xx, network failures and timeouts are retried; at most 3 retries; none during server
 * rendering. Pair it with `retryDelay`. `problemRetry(options)` makes a configured pair. Never throws.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['orders'], queryFn: () => apiFetch('/api/orders'), retry: shouldRetry, retryDelay });
 * shouldRetry(0, new ApiError(toProblem({ status: 404 }))); // false: a 404 will not change
 * shouldRetry(0, new ApiError(toProblem({ status: 502 }))); // true
 * ```
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return queries.retry(failureCount, error);
}
