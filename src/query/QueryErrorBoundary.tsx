'use client';
import {
  type QueryClient,
  QueryClientContext,
  QueryErrorResetBoundary,
  type QueryErrorResetBoundaryFunction,
} from '@tanstack/react-query';
import { type ErrorInfo, type ReactNode, useCallback, useContext, useEffect, useRef } from 'react';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../components/ApiErrorBoundary.js';
import type { ProblemBoundaryResetDetails } from '../react/ProblemBoundary.js';

// Why more than `onReset={reset}` (the TanStack docs' recipe, tanstack.com/query "QueryErrorResetBoundary"):
// - Each QueryErrorBoundary has its own QueryErrorResetBoundary, so "Try again" here resets the queries inside this
//   boundary only; without one, `useQueryErrorResetBoundary().reset` is global (TanStack docs), and a reset in one
//   corner of the page would stop an unrelated failing query elsewhere from throwing to its own boundary.
// - The failed query itself is forgotten on reset when nothing else shows it (no observers, not fetching): the
//   children then mount on a fresh query and fetch. TanStack's reset only re-enables `retryOnMount`, which is not
//   enough when the failed query still holds older data (a failed refetch of a suspense query, #7465: the first
//   render after the reset still sees the old error and throws it again) or when an errored query is met again after
//   the boundary went away (#2712: navigating away and back shows the old error and never refetches). So the same
//   happens when the boundary unmounts while showing a failure. The query is found by the very error that was
//   thrown (TanStack throws `query.state.error`), so no other query is touched.
//   https://github.com/TanStack/query/issues/7465 · https://github.com/TanStack/query/issues/2712

/**
 * Props of `QueryErrorBoundary`: exactly those of `ApiErrorBoundary`.
 *
 * @example
 * ```tsx
 * const props: QueryErrorBoundaryProps = { resetKeys: [pathname], headingLevel: 1 };
 * ```
 */
export type QueryErrorBoundaryProps = ApiErrorBoundaryProps;

type QueryErrorReset = Parameters<QueryErrorResetBoundaryFunction>[0];

interface ResettingBoundaryProps extends QueryErrorBoundaryProps {
  readonly queryErrors: QueryErrorReset;
}

/** Drops the queries that failed with `error` and that nothing shows or fetches, so the next mount starts afresh. */
function forgetFailedQueries(client: QueryClient, error: unknown): void {
  const cache = client.getQueryCache();
  const failed = cache.findAll({
    predicate: (query) =>
      query.state.error === error && query.state.fetchStatus === 'idle' && query.getObserversCount() === 0,
  });
  for (const query of failed) cache.remove(query);
}

function ResettingBoundary(props: ResettingBoundaryProps): ReactNode {
  const { queryErrors, onError, onReset, ...boundaryProps } = props;
  const client = useContext(QueryClientContext);
  // What the boundary is showing, set when it catches and cleared when it resets: the key to the failed query.
  const caught = useRef<{ readonly error: unknown } | undefined>(undefined);

  const handleError = useCallback(
    (error: unknown, info: ErrorInfo) => {
      caught.current = { error };
      onError?.(error, info);
    },
    [onError],
  );

  const handleReset = useCallback(
    (details: ProblemBoundaryResetDetails) => {
      const shown = caught.current;
      caught.current = undefined;
      if (client !== undefined && shown !== undefined) forgetFailedQueries(client, shown.error);
      queryErrors.reset();
      onReset?.(details);
    },
    [client, queryErrors, onReset],
  );

  useEffect(() => {
    const shown = caught;
    return () => {
      // Unmounted while showing a failure (the person navigated away): meeting the query again must fetch it.
      // (StrictMode's rehearsal unmount may get here too; forgetting a query nothing shows is harmless.)
      const last = shown.current;
      if (client !== undefined && last !== undefined) forgetFailedQueries(client, last.error);
    };
  }, [client]);

  return <ApiErrorBoundary {...boundaryProps} onError={handleError} onReset={handleReset} />;
}

/**
 * `ApiErrorBoundary` for TanStack Query: it catches what queries throw (`throwOnError`, suspense queries), shows the
 * notice for the problem's kind, and its "Try again" (or a change in `resetKeys`) really fetches the failed queries
 * again. It brings its own `QueryErrorResetBoundary`, so resetting it touches only the queries inside it, and it
 * forgets a failed query that nothing else shows, so the retry works even for a failed refetch of a suspense query
 * (TanStack #7465) and a page visited again after a failure fetches afresh (#2712). Validation problems pass through
 * to the form, as with `ApiErrorBoundary`; it takes exactly the same props.
 *
 * @example
 * ```tsx
 * <QueryErrorBoundary resetKeys={[pathname]} headingLevel={1} onSignIn={(next) => navigate(`/login?next=${next}`)}>
 *   <Suspense fallback={<Spinner />}>
 *     <Order id={id} />
 *   </Suspense>
 * </QueryErrorBoundary>
 * ```
 */
export function QueryErrorBoundary(props: QueryErrorBoundaryProps): ReactNode {
  return (
    <QueryErrorResetBoundary>
      {(queryErrors) => <ResettingBoundary {...props} queryErrors={queryErrors} />}
    </QueryErrorResetBoundary>
  );
}
