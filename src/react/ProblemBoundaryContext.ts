'use client';
import { createContext } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';

/**
 * What the nearest `ProblemBoundary` shares with its children and its fallback.
 *
 * @example
 * ```ts
 * const boundary = useContext(ProblemBoundaryContext); // null outside any ProblemBoundary
 * boundary?.resetBoundary();
 * ```
 */
export interface ProblemBoundaryContextValue {
  /** Whether the boundary is showing its fallback. */
  readonly didCatch: boolean;
  /** What was thrown (typed `unknown`: anything can be thrown). */
  readonly error: unknown;
  /** The thrown value normalised by `asProblem`; `undefined` while nothing was caught. */
  readonly problem: ApiProblem | undefined;
  /** Clears the error and renders the children again (`onReset` hears `reason: 'imperative'`). */
  readonly resetBoundary: (...args: unknown[]) => void;
}

/**
 * The nearest `ProblemBoundary`, provided around its children and around its fallback, so a deep component of
 * the fallback can reset it without prop drilling.
 *
 * @example
 * ```ts
 * const inBoundary = useContext(ProblemBoundaryContext) !== null;
 * ```
 */
export const ProblemBoundaryContext = /* @__PURE__ */ createContext<ProblemBoundaryContextValue | null>(null);
ProblemBoundaryContext.displayName = 'ProblemBoundaryContext';
