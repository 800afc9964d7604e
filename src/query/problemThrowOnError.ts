'use client';

import { isCancelledError } from '@tanstack/react-query';
import type { ProblemKind } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';

// When a query's failure goes to the error boundary (TanStack `throwOnError(error, query)`, called for a failed query
// that is not fetching; tanstack.com/query "Query Errors", TkDodo "React Query Error Handling"):
// 1. Data already shown: never. A background refetch that fails must not replace a page the person is reading with
//    an error; the data stays and the global conditions (maintenance banner, rate-limit countdown, sign-in) say
//    what happened. This is TkDodo's rule ("toast for background errors, boundary for initial loads") and what
//    `useSuspenseQuery` does by default (`query.state.data === undefined`).
// 2. Kinds the component handles itself: never. By default only `validation`, which belongs to a form (a scope
//    puts each message under its field); a boundary would throw the form away with the person's input.
// 3. Cancellations and aborts: never. They are the app's own decisions (navigation, a newer request), not failures.
// 4. Everything else on a first load (no data to show): yes. A 404, 403, 401, 5xx, 503, timeout, network failure
//    or bug leaves the component nothing to render, so the boundary's notice for that kind takes the place of the
//    content, with "Try again" where trying again can help.

/**
 * The part of a TanStack `Query` the predicate reads: whether it already has data to show.
 *
 * @example
 * ```ts
 * const query: ThrowingQuery = { state: { data: undefined } };
 * ```
 */
export interface ThrowingQuery {
  readonly state: { readonly data: unknown };
}

/**
 * TanStack Query's `throwOnError(error, query)` predicate for queries, as `problemThrowOnError` makes it. Assignable
 * to the `throwOnError` option of `useQuery`, `useQueries` and the client's default query options.
 *
 * @example
 * ```ts
 * const rule: QueryThrowOnError = problemThrowOnError({ inline: ['validation', 'conflict'] });
 * useQuery({ queryKey: ['order', id], queryFn, throwOnError: rule });
 * ```
 */
export type QueryThrowOnError = (error: unknown, query: ThrowingQuery) => boolean;

/**
 * Options for `problemThrowOnError`.
 *
 * @example
 * ```ts
 * const options: ProblemThrowOnErrorOptions = { inline: ['validation', 'bad-request'] };
 * ```
 */
export interface ProblemThrowOnErrorOptions {
  /** Kinds the component shows itself, so they are never thrown. Default `['validation']`. */
  readonly inline?: readonly ProblemKind[];
}

/**
 * Makes a TanStack `throwOnError(error, query)` predicate with the kit's rule: a query throws to the nearest error
 * boundary only when it has no data to show and the failure is not one the component handles itself (`inline`,
 * default `['validation']`); a failed background refetch never throws (the data stays on screen), nor does a
 * cancellation or an abort. `throwOnError` is this predicate with the defaults. Never throws.
 *
 * @example
 * ```ts
 * // A search page shows "bad request" (an unusable filter) beside its form, not in the boundary.
 * useQuery({ queryKey: ['search', q], queryFn, throwOnError: problemThrowOnError({ inline: ['validation', 'bad-request'] }) });
 * ```
 */
export function problemThrowOnError(options: ProblemThrowOnErrorOptions = {}): QueryThrowOnError {
  const inline: ReadonlySet<ProblemKind> = new Set(options.inline ?? ['validation']);
  return (error, query) => {
    try {
      if (query.state.data !== undefined) return false;
      if (isCancelledError(error)) return false;
      const problem = asProblem(error);
      if (problem.code === 'aborted') return false;
      return !inline.has(problem.kind);
    } catch {
      // A hostile query object: keep the failure with the component rather than break rendering.
      return false;
    }
  };
}
