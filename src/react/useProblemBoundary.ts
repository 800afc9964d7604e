'use client';
import { useCallback, useContext, useMemo, useState } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { noop } from './noop.js';
import { ProblemBoundaryContext } from './ProblemBoundaryContext.js';

/**
 * What `useProblemBoundary` returns.
 *
 * @example
 * ```ts
 * const { showBoundary, resetBoundary }: ProblemBoundaryApi = useProblemBoundary();
 * ```
 */
export interface ProblemBoundaryApi {
  /** Sends `error` to the nearest boundary, from an event handler or async code (React boundaries see only render errors). */
  readonly showBoundary: (error: unknown) => void;
  /** Resets the nearest boundary (from inside its fallback, or anywhere below it). */
  readonly resetBoundary: (...args: unknown[]) => void;
  /** Whether the nearest boundary shows its fallback (`true` inside the fallback). */
  readonly didCatch: boolean;
  /** What the nearest boundary caught, as thrown. */
  readonly error: unknown;
  /** What the nearest boundary caught, normalised by `asProblem`. */
  readonly problem: ApiProblem | undefined;
}

/**
 * Routes errors that React cannot see (event handlers, promises, timers) into the nearest `ProblemBoundary`, and
 * resets it from anywhere below it, including deep inside its fallback. `showBoundary(error)` re-renders this
 * component so that it throws `error` during render, which is the only way into a boundary.
 *
 * @example
 * ```tsx
 * function DeleteButton({ id }: { id: string }) {
 *   const { showBoundary } = useProblemBoundary();
 *   return (
 *     <button type="button" onClick={() => apiFetch(`/api/items/${id}`, { method: 'DELETE' }).catch(showBoundary)}>
 *       Delete
 *     </button>
 *   );
 * }
 * ```
 */
export function useProblemBoundary(): ProblemBoundaryApi {
  const boundary = useContext(ProblemBoundaryContext);
  const [thrown, setThrown] = useState<{ readonly error: unknown } | null>(null);
  if (thrown !== null) throw thrown.error;
  const showBoundary = useCallback((error: unknown) => setThrown({ error }), []);
  const resetBoundary = boundary?.resetBoundary ?? noop;
  return useMemo(
    () => ({
      showBoundary,
      resetBoundary,
      didCatch: boundary?.didCatch ?? false,
      error: boundary?.error,
      problem: boundary?.problem,
    }),
    [showBoundary, resetBoundary, boundary],
  );
}
