import { type ProblemRetryOptions, problemRetry } from './problemRetry.js';
import { type ProblemThrowOnErrorOptions, problemThrowOnError, type QueryThrowOnError } from './problemThrowOnError.js';

/**
 * Options for `createQueryDefaults` and `withProblemDefaults`: the retry limits (shared by queries and mutations)
 * and the kinds that queries keep inline instead of throwing.
 *
 * @example
 * ```ts
 * const options: QueryDefaultsOptions = { maxRetries: 2, maxWaitMs: 30_000, inline: ['validation', 'conflict'] };
 * ```
 */
export interface QueryDefaultsOptions
  extends Omit<ProblemRetryOptions, 'target'>,
    Pick<ProblemThrowOnErrorOptions, 'inline'> {}

/**
 * TanStack Query default options, as `createQueryDefaults` makes them: `queries` with `retry`, `retryDelay` and
 * `throwOnError`; `mutations` with `retry` and `retryDelay` only (a mutation's error belongs to its form, so no
 * `throwOnError`). Assignable to TanStack's `DefaultOptions`.
 *
 * @example
 * ```ts
 * const defaults: ProblemQueryDefaults = createQueryDefaults();
 * new QueryClient({ defaultOptions: defaults });
 * ```
 */
export interface ProblemQueryDefaults {
  readonly queries: {
    readonly retry: (failureCount: number, error: unknown) => boolean;
    readonly retryDelay: (failureCount: number, error: unknown) => number;
    readonly throwOnError: QueryThrowOnError;
  };
  readonly mutations: {
    readonly retry: (failureCount: number, error: unknown) => boolean;
    readonly retryDelay: (failureCount: number, error: unknown) => number;
  };
}

/**
 * Builds the default options to give a `QueryClient`: queries retry only what can succeed later (never a 4xx
 * except 408/429/503 after the server's wait; 5xx, network failures and timeouts with jittered backoff; at most
 * `maxRetries`, never waiting past `maxWaitMs`) and throw to the error boundary only on a first load with nothing
 * to show (never `validation`, never a failed background refetch); mutations are retried only when the server
 * says it did not process the write (408, 429, 503) or the method is idempotent, and never throw: their errors go
 * to the form (`ProblemScope error={mutation.error}`). `queryDefaults` is this with the defaults. The result is
 * frozen, so one instance can be shared by every client (one per request on a server).
 *
 * @example
 * ```ts
 * const queryClient = new QueryClient({ defaultOptions: createQueryDefaults({ maxRetries: 2, maxWaitMs: 30_000 }) });
 * ```
 */
export function createQueryDefaults(options: QueryDefaultsOptions = {}): ProblemQueryDefaults {
  const { inline, ...retryOptions } = options;
  const queries = problemRetry(retryOptions);
  const mutations = problemRetry({ ...retryOptions, target: 'mutations' });
  return Object.freeze({
    queries: Object.freeze({
      retry: queries.retry,
      retryDelay: queries.retryDelay,
      throwOnError: problemThrowOnError(inline === undefined ? {} : { inline }),
    }),
    mutations: Object.freeze({ retry: mutations.retry, retryDelay: mutations.retryDelay }),
  });
}
