import { problemRetry } from './problemRetry.js';

const defaults = problemRetry();

/**
 * TanStack Query's `retryDelay(failureCount, error)`, in ms: the server's own wait when it named one
 * (`Retry-After`, BigCommerce `X-Retry-After` / `X-Rate-Limit-Time-Reset-Ms`, IETF `RateLimit`, legacy
 * `X-RateLimit-Reset`), exactly, because the server chose that moment; otherwise jittered exponential backoff
 * (0.5–1 s, 1–2 s, 2–4 s …, at most 30 s). Never longer than 60 s. The same delays suit queries and mutations.
 * Never throws.
 *
 * @example
 * ```ts
 * retryDelay(0, new ApiError(toProblem({ status: 429, headers: { 'Retry-After': '30' } }))); // 30000
 * retryDelay(1, new TypeError('Failed to fetch'));                                        // 1000–2000
 * ```
 */
export function retryDelay(failureCount: number, error: unknown): number {
  return defaults.retryDelay(failureCount, error);
}
