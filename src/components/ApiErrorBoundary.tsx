'use client';
import type { ErrorInfo, ReactNode } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { ProblemBoundary, type ProblemBoundaryResetDetails } from '../react/ProblemBoundary.js';
import { classNames } from './classNames.js';
import { ProblemNotice, type ProblemNoticeProps } from './ProblemNotice.js';
import { ResetOnRecovery } from './ResetOnRecovery.js';

/**
 * Props of `ApiErrorBoundary`: the boundary's own (`shouldCatch`, `resetKeys`, `onReset`, `onError`) and the
 * notice's (wording, actions, per-kind `render`).
 *
 * @example
 * ```tsx
 * const props: ApiErrorBoundaryProps = { resetKeys: [pathname], headingLevel: 1 };
 * ```
 */
export interface ApiErrorBoundaryProps
  extends Omit<ProblemNoticeProps, 'problem' | 'error' | 'children' | 'onRetry' | 'onReload' | 'focus'> {
  readonly children?: ReactNode;
  /**
   * Whether this boundary handles what was thrown; the rest goes to the parent boundary. Default: everything but
   * `validation` problems, which belong to the form (show them with a `ProblemScope` and `ErrorSummary`).
   */
  readonly shouldCatch?: (problem: ApiProblem, error: unknown) => boolean;
  /** The boundary resets when any of these changes while it shows the notice (e.g. `[pathname]`). */
  readonly resetKeys?: readonly unknown[];
  /** Called before the children render again: reset TanStack's query errors or your own state here. */
  readonly onReset?: (details: ProblemBoundaryResetDetails) => void;
  /** Called once for each error caught, with React's component stack: report it here. */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
  /** "Try again": called before the boundary resets (which renders the children, and so their queries, again). */
  readonly onRetry?: (problem: ApiProblem) => void;
  /** The conflict notice's "Reload". Default: reset the boundary, which fetches the latest version again. */
  readonly onReload?: (problem: ApiProblem) => void;
  /** Where focus goes when the notice appears. Default `'if-lost'`: only when the focused element went with the content. */
  readonly focus?: ProblemNoticeProps['focus'];
  /** Your own notice for every kind without a `render` entry (`retry` resets the boundary). */
  readonly fallbackRender?: ProblemNoticeProps['children'];
  /**
   * Reset by itself when the outage behind an `unavailable` or `network` problem ends (the provider's probe
   * succeeded, or the browser is back online), as `MaintenanceBanner` clears itself; `onReset` then hears
   * `{ reason: 'imperative', args: ['recovered'] }`. Default `true`.
   */
  readonly resetOnRecovery?: boolean;
}

/**
 * An error boundary that shows the right notice for whatever its children throw: `ProblemBoundary` with
 * `ProblemNotice` as the fallback. "Try again" resets the boundary, so the children (and the queries that threw)
 * render again; `resetKeys` resets it on navigation; `shouldCatch` chooses what it handles, and by default a
 * validation problem passes through to the parent boundary because it belongs in the form. A notice for an outage
 * (503, offline) goes away by itself when the provider sees the service back, as the maintenance banner does. When the failed
 * content held the focus (a retry that failed again), focus moves to the notice so keyboard and screen-reader
 * users are not left on the document body. For TanStack Query, `problemkit/query`'s `QueryErrorBoundary` also
 * resets the failed queries.
 *
 * @example
 * ```tsx
 * <ApiErrorBoundary resetKeys={[location.pathname]} onError={(error) => tracker.capture(error)} headingLevel={1}>
 *   <Orders />
 * </ApiErrorBoundary>
 * ```
 */
export function ApiErrorBoundary(props: ApiErrorBoundaryProps): ReactNode {
  const {
    children,
    shouldCatch,
    resetKeys,
    onReset,
    onError,
    onRetry,
    onReload,
    focus,
    fallbackRender,
    resetOnRecovery = true,
    className,
    ...noticeProps
  } = props;
  return (
    <ProblemBoundary
      shouldCatch={shouldCatch}
      resetKeys={resetKeys}
      onReset={onReset}
      onError={onError}
      fallbackRender={({ problem, reset }) => (
        <>
          {resetOnRecovery && <ResetOnRecovery problem={problem} reset={() => reset('recovered')} />}
          <ProblemNotice
            {...noticeProps}
            problem={problem}
            className={classNames('problemkit-ApiErrorBoundary', className)}
            focus={focus ?? 'if-lost'}
            onRetry={() => {
              onRetry?.(problem);
              reset();
            }}
            onReload={() => {
              if (typeof onReload === 'function') onReload(problem);
              else reset();
            }}
          >
            {fallbackRender}
          </ProblemNotice>
        </>
      )}
    >
      {children}
    </ProblemBoundary>
  );
}
