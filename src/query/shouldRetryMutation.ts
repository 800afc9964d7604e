import { problemRetry } from './problemRetry.js';

const mutations = problemRetry({ target: 'mutations' });

/**
 * TanStack Query's `retry(failureCount, error)` for mutations: a write is repeated only when repeating it cannot
 * apply it twice. A POST or PATCH is retried only after 408, 429 or 503, the answers that say the server did not
 * process it (after the server's wait, at most 60 s); never after a 5xx, a timeout or a dropped connection, which
 * may come after the change was made (RFC 9110 §9.2.2). Idempotent methods (PUT, DELETE) are retried like queries.
 * The method is read from the problem (`apiFetch` records it); unknown methods count as unsafe. If your POST carries
 * an `Idempotency-Key`, give that mutation `retry: shouldRetry` instead. Never throws.
 *
 * @example
 * ```ts
 * useMutation({ mutationFn: (company) => apiFetch('/api/companies', { method: 'POST', body: company }),
 *   retry: shouldRetryMutation, retryDelay });
 * ```
 */
export function shouldRetryMutation(failureCount: number, error: unknown): boolean {
  return mutations.retry(failureCount, error);
}
