import type { ApiProblem, ProblemKind } from '../ApiProblem.js';
import { type BackoffOptions, backoffDelay } from './backoffDelay.js';
import type { Clock } from './Clock.js';

// The decisions behind TanStack Query's `retry(failureCount, error)` and `retryDelay(failureCount, error)`
// (tanstack.com/query "Query Retries"; `failureCount` is 0 after the first failure, query-core `retryer.ts`).
// `problemkit/query` turns the error into a problem with `asProblem` and calls these.
// Why these rules (research/anchors.md §2, §7):
// - TanStack retries everything 3 times by default, 404s included (#372); apps everywhere add "never retry
//   4xx". A 4xx will fail the same way again, except 408 (the server gave up waiting), 429 (wait, then it
//   will listen) — and 503 among the 5xx, which says when to come back.
// - 5xx, network failures and timeouts are usually transient: back off with jitter (ky, axios-retry).
// - Honour the server's wait (Retry-After, RateLimit reset; axios-retry ≥ 4.2 and ky 2 do), without jitter:
//   the server chose the moment. A wait longer than `maxAutoWaitMs` is not retried automatically: a spinner
//   for minutes helps nobody, the countdown (RateLimitNotice, MaintenanceBanner) takes over, as MetaMask's
//   eth-json-rpc-infura #76 asks ("return an error that explains the delay").

/** Options for the retry decisions. */
export interface RetryPolicyOptions {
  /** Retries after the first failure; `failureCount` at or above this gives up. Default 3 (TanStack's). */
  readonly maxRetries?: number;
  /** The longest server-requested wait that is still retried automatically, in ms. Default 60 000. */
  readonly maxAutoWaitMs?: number;
  /** Exponential backoff for failures without a server wait (5xx, network, timeout). */
  readonly backoff?: BackoffOptions;
  /**
   * When given, the server's wait is measured from the problem's `receivedAt` to `clock.now()`, so a delay
   * computed late still lands on the server's moment. Without it, `retryAfterMs` is used as is.
   */
  readonly clock?: Clock;
}

/** The defaults `shouldRetryProblem` and `retryDelayForProblem` use. */
export const defaultRetryPolicy = { maxRetries: 3, maxAutoWaitMs: 60_000 } as const;

/** Kinds that can succeed on a later attempt. `unknown` (a bug, or an abort) and every other 4xx cannot. */
const transientKinds: ReadonlySet<ProblemKind> = new Set<ProblemKind>([
  'network',
  'timeout', // 408, 504, and a client-side timeout
  'server', // 500, 502, other 5xx; not 501 or 507, which have kinds of their own
  'unavailable', // 503
  'rate-limited', // 429, 509
]);

function isProblem(value: unknown): value is ApiProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** The server's remaining wait for this problem in ms, or undefined when it named none. */
function serverWaitMs(problem: ApiProblem, clock: Clock | undefined): number | undefined {
  const { retryAfterMs } = problem;
  if (typeof retryAfterMs !== 'number' || !Number.isFinite(retryAfterMs) || retryAfterMs < 0) return undefined;
  if (clock === undefined || !Number.isFinite(problem.receivedAt)) return retryAfterMs;
  let now: number;
  try {
    now = clock.now();
  } catch {
    return retryAfterMs;
  }
  return Number.isFinite(now) ? Math.max(0, problem.receivedAt + retryAfterMs - now) : retryAfterMs;
}

function retryLimit(options: RetryPolicyOptions | undefined): number {
  const value = options?.maxRetries;
  return typeof value === 'number' && value >= 0 && !Number.isNaN(value) ? value : defaultRetryPolicy.maxRetries;
}

function autoWaitLimit(options: RetryPolicyOptions | undefined): number {
  const value = options?.maxAutoWaitMs;
  return typeof value === 'number' && value >= 0 && !Number.isNaN(value) ? value : defaultRetryPolicy.maxAutoWaitMs;
}

/**
 * Whether to retry after `failureCount + 1` failures (TanStack's `failureCount`, 0 after the first).
 * Retries 5xx (`server`), `unavailable` (503), `rate-limited` (429), `timeout` (408, 504, client timeouts)
 * and `network` failures, up to `maxRetries` (3). Never retries any other 4xx, `not-implemented`,
 * `insufficient-storage` or `unknown`. When the server asked for a wait longer than `maxAutoWaitMs`
 * (60 s), it does not retry: the countdown UI takes over. Never throws.
 *
 * @example
 * ```ts
 * shouldRetryProblem(toProblem({ status: 404 }), 0);                                // false
 * shouldRetryProblem(toProblem({ status: 500 }), 0);                                // true
 * shouldRetryProblem(toProblem({ status: 500 }), 3);                                // false: gave up
 * shouldRetryProblem(toProblem({ status: 429, headers: { 'Retry-After': '600' } }), 0); // false: too long
 * ```
 */
export function shouldRetryProblem(problem: ApiProblem, failureCount: number, options?: RetryPolicyOptions): boolean {
  if (!isProblem(problem) || !transientKinds.has(problem.kind)) return false;
  const count = typeof failureCount === 'number' && !Number.isNaN(failureCount) ? failureCount : 0;
  if (count >= retryLimit(options)) return false;
  const wait = serverWaitMs(problem, options?.clock);
  return wait === undefined || wait <= autoWaitLimit(options);
}

/**
 * How long to wait before the next attempt, in ms: the server's own wait when it named one (`retryAfterMs`,
 * measured from `receivedAt` when a clock is given), exactly, without jitter; otherwise a jittered exponential
 * backoff (`backoffDelay(failureCount, options.backoff)`: 0.5–1 s, 1–2 s, 2–4 s …, ≤ 30 s). Never throws.
 *
 * @example
 * ```ts
 * retryDelayForProblem(toProblem({ status: 429, headers: { 'Retry-After': '30' } }), 0); // 30000
 * retryDelayForProblem(toProblem({ status: 502 }), 1);                                  // 1000–2000
 * ```
 */
export function retryDelayForProblem(problem: ApiProblem, failureCount: number, options?: RetryPolicyOptions): number {
  const wait = isProblem(problem) ? serverWaitMs(problem, options?.clock) : undefined;
  return wait ?? backoffDelay(failureCount, options?.backoff);
}

/**
 * The two decisions bound to one set of options, shaped for TanStack Query once the error is a problem:
 * `problemkit/query` calls `policy.shouldRetry(asProblem(error), failureCount)` from `retry` and
 * `policy.retryDelay(asProblem(error), failureCount)` from `retryDelay`.
 *
 * @example
 * ```ts
 * const policy = retryPolicy({ maxRetries: 2, maxAutoWaitMs: 30_000 });
 * new QueryClient({ defaultOptions: { queries: {
 *   retry: (count, error) => policy.shouldRetry(asProblem(error), count),
 *   retryDelay: (count, error) => policy.retryDelay(asProblem(error), count),
 * } } });
 * ```
 */
export function retryPolicy(options?: RetryPolicyOptions): {
  shouldRetry(problem: ApiProblem, failureCount: number): boolean;
  retryDelay(problem: ApiProblem, failureCount: number): number;
} {
  return {
    shouldRetry: (problem, failureCount) => shouldRetryProblem(problem, failureCount, options),
    retryDelay: (problem, failureCount) => retryDelayForProblem(problem, failureCount, options),
  };
}
