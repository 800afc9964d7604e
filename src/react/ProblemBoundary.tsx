'use client';
import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import { ProblemBoundaryContext, type ProblemBoundaryContextValue } from './ProblemBoundaryContext.js';

/**
 * What a fallback receives.
 *
 * @example
 * ```tsx
 * function Fallback({ problem, reset }: ProblemFallbackProps) {
 *   return <button type="button" onClick={reset}>{problem.title}: try again</button>;
 * }
 * ```
 */
export interface ProblemFallbackProps {
  /** The thrown value normalised by `asProblem`. */
  readonly problem: ApiProblem;
  /** What was thrown, as it was (typed `unknown`: anything can be thrown). */
  readonly error: unknown;
  /** Clears the error and renders the children again (`onReset` hears `reason: 'imperative'`). */
  readonly reset: (...args: unknown[]) => void;
}

/**
 * Why a boundary reset: `reset()`/`resetBoundary()` was called (`'imperative'`, with its arguments), or a value in
 * `resetKeys` changed (`'keys'`, with both arrays).
 *
 * @example
 * ```ts
 * const onReset = (details: ProblemBoundaryResetDetails) => {
 *   if (details.reason === 'imperative') queryErrorReset();
 * };
 * ```
 */
export type ProblemBoundaryResetDetails =
  | { readonly reason: 'imperative'; readonly args: readonly unknown[] }
  | {
      readonly reason: 'keys';
      readonly prev: readonly unknown[] | undefined;
      readonly next: readonly unknown[] | undefined;
    };

interface ProblemBoundaryCommonProps {
  readonly children?: ReactNode;
  /**
   * Whether this boundary handles the error; what it does not handle propagates to the parent boundary.
   * Default: everything except `validation` problems, which belong to the form (show them with a scope).
   */
  readonly shouldCatch?: (problem: ApiProblem, error: unknown) => boolean;
  /** The boundary resets when any of these changes (`Object.is`) while it shows its fallback. */
  readonly resetKeys?: readonly unknown[];
  /** Called before the children render again, with why. Reset your own state (or TanStack's query errors) here. */
  readonly onReset?: (details: ProblemBoundaryResetDetails) => void;
  /** Called once for each error the boundary catches, with React's component stack: report it here. */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * Props of `ProblemBoundary`: exactly one of `fallback`, `fallbackRender` or `FallbackComponent`, plus the common
 * options (react-error-boundary's API, with Suspensive's `shouldCatch`).
 *
 * @example
 * ```tsx
 * const props: ProblemBoundaryProps = { fallbackRender: ({ problem }) => <p>{problem.title}</p> };
 * ```
 */
export type ProblemBoundaryProps = ProblemBoundaryCommonProps &
  (
    | { readonly fallback: ReactNode; readonly fallbackRender?: never; readonly FallbackComponent?: never }
    | {
        readonly fallbackRender: (props: ProblemFallbackProps) => ReactNode;
        readonly fallback?: never;
        readonly FallbackComponent?: never;
      }
    | {
        readonly FallbackComponent: ComponentType<ProblemFallbackProps>;
        readonly fallback?: never;
        readonly fallbackRender?: never;
      }
  );

interface ProblemBoundaryState {
  readonly didCatch: boolean;
  readonly error: unknown;
  readonly problem: ApiProblem | undefined;
}

const initialState: ProblemBoundaryState = { didCatch: false, error: undefined, problem: undefined };

/** Validation problems belong to the form (a scope shows them beside their fields), not to a page-level fallback. */
function catchAllButValidation(problem: ApiProblem): boolean {
  return problem.kind !== 'validation';
}

function keysChanged(prev: readonly unknown[] | undefined, next: readonly unknown[] | undefined): boolean {
  if (prev === next) return false;
  if (prev === undefined || next === undefined || prev.length !== next.length) return true;
  return prev.some((value, index) => !Object.is(value, next[index]));
}

/**
 * A headless error boundary that speaks problems: it catches what its children throw while rendering (a query
 * with `throwOnError` or suspense, a loader, a bug), normalises it with `asProblem`, and renders your fallback
 * with `{ problem, error, reset }`. It follows react-error-boundary's API (exactly one of `fallback`,
 * `fallbackRender`, `FallbackComponent`; `resetKeys`; `onReset` with a reason; `onError`; `useProblemBoundary()`
 * for event handlers) and adds Suspensive's `shouldCatch`: by default a `validation` problem passes through to
 * the parent boundary, because it belongs to the form. A fallback that throws goes to the parent boundary
 * instead of looping. `ApiErrorBoundary` is this boundary with `ProblemNotice` as the fallback.
 *
 * @example
 * ```tsx
 * <ProblemBoundary
 *   resetKeys={[orderId]}
 *   onError={(error, info) => tracker.capture(error, info.componentStack)}
 *   fallbackRender={({ problem, reset }) => (
 *     <div role="alert">
 *       <p>{problem.title}</p>
 *       <button type="button" onClick={() => reset()}>Try again</button>
 *     </div>
 *   )}
 * >
 *   <Order id={orderId} />
 * </ProblemBoundary>
 * ```
 */
export class ProblemBoundary extends Component<ProblemBoundaryProps, ProblemBoundaryState> {
  override state: ProblemBoundaryState = initialState;

  static getDerivedStateFromError(error: unknown): ProblemBoundaryState {
    return { didCatch: true, error, problem: asProblem(error) };
  }

  private catches(problem: ApiProblem, error: unknown): boolean {
    const { shouldCatch = catchAllButValidation } = this.props;
    return shouldCatch(problem, error) === true;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (!this.catches(this.state.problem ?? asProblem(error), error)) return;
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(prevProps: ProblemBoundaryProps, prevState: ProblemBoundaryState): void {
    // Only a boundary that was already showing its fallback resets on new keys: the update that caught the error
    // may itself have changed the keys (react-error-boundary #74/#84). An error thrown on mount is covered too,
    // because the first update after it has `prevState.didCatch`.
    if (!this.state.didCatch || !prevState.didCatch) return;
    const { resetKeys } = this.props;
    if (!keysChanged(prevProps.resetKeys, resetKeys)) return;
    this.props.onReset?.({ reason: 'keys', prev: prevProps.resetKeys, next: resetKeys });
    this.setState(initialState);
  }

  resetBoundary = (...args: unknown[]): void => {
    if (!this.state.didCatch) return;
    this.props.onReset?.({ reason: 'imperative', args });
    this.setState(initialState);
  };

  private contextValue: ProblemBoundaryContextValue | undefined;

  /** One context object per state, so consumers re-render only when the boundary's state changes. */
  private contextFor(state: ProblemBoundaryState): ProblemBoundaryContextValue {
    const current = this.contextValue;
    if (current !== undefined && current.didCatch === state.didCatch && current.error === state.error) return current;
    const next = {
      didCatch: state.didCatch,
      error: state.error,
      problem: state.problem,
      resetBoundary: this.resetBoundary,
    };
    this.contextValue = next;
    return next;
  }

  override render(): ReactNode {
    const { didCatch, error, problem } = this.state;
    const value = this.contextFor(this.state);
    if (!didCatch || problem === undefined) {
      return <ProblemBoundaryContext.Provider value={value}>{this.props.children}</ProblemBoundaryContext.Provider>;
    }
    // Not ours: rethrown from render, it travels to the parent boundary, which sees the very value thrown.
    if (!this.catches(problem, error)) throw error;

    const fallbackProps: ProblemFallbackProps = { problem, error, reset: this.resetBoundary };
    let fallback: ReactNode;
    if (typeof this.props.fallbackRender === 'function') {
      // Called here, in the boundary's own render: if it throws, React hands that to the parent boundary.
      fallback = this.props.fallbackRender(fallbackProps);
    } else if (this.props.FallbackComponent !== undefined) {
      const { FallbackComponent } = this.props;
      // A child of a boundary that has just caught: React sends what it throws in this render to the parent.
      fallback = <FallbackComponent {...fallbackProps} />;
    } else if (this.props.fallback !== undefined) {
      fallback = this.props.fallback;
    } else {
      throw error;
    }
    return <ProblemBoundaryContext.Provider value={value}>{fallback}</ProblemBoundaryContext.Provider>;
  }
}
