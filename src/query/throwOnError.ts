import { problemThrowOnError, type ThrowingQuery } from './problemThrowOnError.js';

const defaultRule = problemThrowOnError();

/**
 * TanStack Query's `throwOnError(error, query)` for queries, with the kit's rule: throw to the nearest error boundary
 * (`QueryErrorBoundary`) only on a first load, when there is no data to show, and never for a `validation` problem
 * (it belongs to the form), a cancellation or an abort. A background refetch that fails keeps the data on screen;
 * the provider's conditions (maintenance banner, rate-limit countdown, sign-in) report it. So a 404, 403, 401, 5xx,
 * 503, timeout or network failure on first load shows the boundary's notice for that kind. Never throws.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['order', id], queryFn: () => apiFetch(`/api/orders/${id}`), throwOnError });
 * ```
 */
export function throwOnError(error: unknown, query: ThrowingQuery): boolean {
  return defaultRule(error, query);
}
