// problemkit/query — the TanStack Query v5 integration: retry decisions, when queries throw, default options for a
// QueryClient, and the error boundary that resets failed queries. The only folder that imports @tanstack/react-query.

export type { ProblemQueryDefaults, QueryDefaultsOptions } from './createQueryDefaults.js';
export { createQueryDefaults } from './createQueryDefaults.js';
export type { ProblemRetry, ProblemRetryOptions } from './problemRetry.js';
export { problemRetry } from './problemRetry.js';
export type { ProblemThrowOnErrorOptions, QueryThrowOnError, ThrowingQuery } from './problemThrowOnError.js';
export { problemThrowOnError } from './problemThrowOnError.js';
export type { QueryErrorBoundaryProps } from './QueryErrorBoundary.js';
export { QueryErrorBoundary } from './QueryErrorBoundary.js';
export { queryDefaults } from './queryDefaults.js';
export { retryDelay } from './retryDelay.js';
export { shouldRetry } from './shouldRetry.js';
export { shouldRetryMutation } from './shouldRetryMutation.js';
export { throwOnError } from './throwOnError.js';
export { withProblemDefaults } from './withProblemDefaults.js';
