import type { ProblemQueryDefaults } from './createQueryDefaults.js';
import { retryDelay } from './retryDelay.js';
import { shouldRetry } from './shouldRetry.js';
import { shouldRetryMutation } from './shouldRetryMutation.js';
import { throwOnError } from './throwOnError.js';

/**
 * The kit's TanStack Query default options, to give a new `QueryClient`: queries use `shouldRetry`, `retryDelay`
 * and `throwOnError`; mutations use `shouldRetryMutation` and `retryDelay` and do not throw (their errors belong to
 * the form). Per-query and per-mutation options still win. For a client that already has default options, use
 * `withProblemDefaults`; for other limits, `createQueryDefaults`. Frozen: share it freely.
 *
 * @example
 * ```tsx
 * const queryClient = new QueryClient({ defaultOptions: queryDefaults });
 *
 * <QueryClientProvider client={queryClient}>
 *   <ProblemProvider queryClient={queryClient}>
 *     <MaintenanceBanner />
 *     <QueryErrorBoundary><App /></QueryErrorBoundary>
 *   </ProblemProvider>
 * </QueryClientProvider>
 * ```
 */
export const queryDefaults: ProblemQueryDefaults = Object.freeze({
  queries: Object.freeze({ retry: shouldRetry, retryDelay, throwOnError }),
  mutations: Object.freeze({ retry: shouldRetryMutation, retryDelay }),
});
