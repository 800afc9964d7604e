'use client';

import { isServer } from '@tanstack/react-query';
import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import type { BackoffOptions } from '../core/timing/backoffDelay.js';
import type { Clock } from '../core/timing/Clock.js';
import {
  defaultRetryPolicy,
  type RetryPolicyOptions,
  retryDelayForProblem,
  shouldRetryProblem,
} from '../core/timing/retryPolicy.js';

// TanStack Query v5 calls `retry(failureCount, error)` and `retryDelay(failureCount, error)` after each failed attempt,
// both with the same `failureCount` (0 after the first failure), before deciding (query-core `retryer.ts`). The
// decisions themselves live in core (`shouldRetryProblem`, `retryDelayForProblem`, why: see `retryPolicy.ts`); this
// file turns whatever was thrown into a problem and adds what only the query layer knows:
// - On the server TanStack's own default is no retry (`retry ?? (isServer ? 0 : 3)`): a server render that sleeps
//   through backoffs delays the whole page. Spreading our defaults must not change that, so `retry` says no there.
// - Mutations are writes. A POST or PATCH that failed with a 5xx, a timeout or a dropped connection may have been
//   applied before the failure (RFC 9110 §9.2.2: only idempotent methods may be repeated automatically), so
//   repeating it can order twice. Only answers that say the request was NOT processed are retried: 408 (the server
//   gave up waiting for the request, RFC 9110 §15.5.9), 429 (RFC 6585 §4: rejected for the rate) and 503 (RFC 9110
//   §15.6.4: the server cannot handle requests now). Idempotent methods (PUT, DELETE …) retry like queries.

/**
 * Options for `problemRetry`.
 *
 * @example
 * ```ts
 * const options: ProblemRetryOptions = { maxRetries: 5, maxWaitMs: 30_000, backoff: { baseMs: 500 } };
 * ```
 */
export interface ProblemRetryOptions {
  /** Retries after the first failure: at most this many more attempts. Default 3 (TanStack's own default). */
  readonly maxRetries?: number;
  /**
   * The longest wait, in ms. A server that asks for a longer wait (`Retry-After`, rate-limit reset) is not retried
   * automatically: the countdown (`RateLimitNotice`, `MaintenanceBanner`) takes over. No delay is ever longer.
   * Default 60 000.
   */
  readonly maxWaitMs?: number;
  /** The jittered exponential backoff for 5xx, network failures and timeouts (0.5–1 s, 1–2 s, 2–4 s …, ≤ 30 s). */
  readonly backoff?: BackoffOptions;
  /** When given, a server's wait is measured from when the answer arrived, so a late retry still lands on time. */
  readonly clock?: Clock;
  /**
   * `'queries'` (default): reads, retried on every transient failure. `'mutations'`: writes, retried only when the
   * server says it did not process the request (408, 429, 503) unless the method is idempotent (PUT, DELETE…).
   */
  readonly target?: 'queries' | 'mutations';
  /** Retry during server rendering too. Default `false`, as TanStack Query itself does on the server. */
  readonly retryOnServer?: boolean;
}

/**
 * The pair of functions `problemRetry` returns, named after the TanStack options they fill, so they can be spread
 * into a query's, a mutation's or the client's default options.
 *
 * @example
 * ```ts
 * const { retry, retryDelay }: ProblemRetry = problemRetry();
 * ```
 */
export interface ProblemRetry {
  /** TanStack's `retry`: whether to try again after `failureCount + 1` failures. */
  readonly retry: (failureCount: number, error: unknown) => boolean;
  /** TanStack's `retryDelay`: how long to wait before the next attempt, in ms. */
  readonly retryDelay: (failureCount: number, error: unknown) => number;
}

/** RFC 9110 §9.2.2: requests whose intended effect is the same however many times they are sent. */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

function isIdempotent(problem: ApiProblem): boolean {
  const method = problem.request?.method;
  return typeof method === 'string' && idempotentMethods.has(method.toUpperCase());
}

/** Answers that say the server did not act on the request, so sending it again cannot apply it twice. */
function wasNotProcessed(problem: ApiProblem): boolean {
  return problem.status === 408 || problem.kind === 'rate-limited' || problem.kind === 'unavailable';
}

function limitOf(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value >= 0 && !Number.isNaN(value) ? value : fallback;
}

/**
 * TanStack Query's `retry` and `retryDelay`, configured: never retries a 4xx except 408, 429 and 503 (and those
 * after the server's own wait: `Retry-After`, BigCommerce `X-Retry-After` / `X-Rate-Limit-Time-Reset-Ms`, IETF
 * `RateLimit`, legacy `X-RateLimit-Reset`); retries 5xx, network failures and timeouts with jittered exponential
 * backoff; never waits longer than `maxWaitMs` (a server asking for longer is not retried, its countdown shows
 * instead); gives up after `maxRetries`. With `target: 'mutations'` it never repeats a write that may have been
 * applied. Whatever was thrown is read with `asProblem`, so it works with `apiFetch`, ky, ofetch, axios or a bare
 * `fetch` failure. Neither function throws.
 *
 * @example
 * ```ts
 * const patient = problemRetry({ maxRetries: 5, maxWaitMs: 120_000 });
 * useQuery({ queryKey: ['report', id], queryFn: () => apiFetch(`/api/reports/${id}`), ...patient });
 * useMutation({ mutationFn: saveCompany, ...problemRetry({ target: 'mutations' }) });
 * ```
 */
export function problemRetry(options: ProblemRetryOptions = {}): ProblemRetry {
  const maxWaitMs = limitOf(options.maxWaitMs, defaultRetryPolicy.maxAutoWaitMs);
  const policy: RetryPolicyOptions = {
    maxRetries: limitOf(options.maxRetries, defaultRetryPolicy.maxRetries),
    maxAutoWaitMs: maxWaitMs,
    ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  };
  const problemOptions = options.clock === undefined ? undefined : { clock: options.clock };
  const forMutations = options.target === 'mutations';
  const onServer = isServer && options.retryOnServer !== true;

  return {
    retry(failureCount, error) {
      if (onServer) return false;
      const problem = asProblem(error, problemOptions);
      if (forMutations && !isIdempotent(problem) && !wasNotProcessed(problem)) return false;
      return shouldRetryProblem(problem, failureCount, policy);
    },
    retryDelay(failureCount, error) {
      const delay = retryDelayForProblem(asProblem(error, problemOptions), failureCount, policy);
      return Math.min(delay, maxWaitMs);
    },
  };
}
