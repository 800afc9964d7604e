'use client';
import { useCallback, useContext, useRef } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { ProblemScopeContext } from './ProblemScopeContext.js';

/**
 * Answers "should the error summary take focus now?" — `true` once per new problem, then `false`: on re-renders,
 * on StrictMode's second effect run, for a second summary in the same scope, and after a remount. For the nearest
 * scope's own problem the answer is kept in the scope; for any other problem (a summary given an explicit
 * `problem`) in this hook. GOV.UK moves focus to the summary once per submit (research/anchors.md §5).
 *
 * @example
 * ```tsx
 * function Summary({ problem }: { problem: ApiProblem }) {
 *   const ref = useRef<HTMLDivElement>(null);
 *   const takeFocus = useSummaryFocus();
 *   useEffect(() => {
 *     if (takeFocus(problem)) ref.current?.focus();
 *   }, [problem, takeFocus]);
 *   return <div ref={ref} tabIndex={-1}>…</div>;
 * }
 * ```
 */
export function useSummaryFocus(): (problem: ApiProblem) => boolean {
  const store = useContext(ProblemScopeContext)?.store;
  const last = useRef<ApiProblem | undefined>(undefined);
  return useCallback(
    (problem: ApiProblem) => {
      if (store !== undefined && store.getProblem() === problem) return store.takeSummaryFocus();
      if (last.current === problem) return false;
      last.current = problem;
      return true;
    },
    [store],
  );
}
