'use client';
import { useContext, useSyncExternalStore } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { noop } from './noop.js';
import { ProblemScopeContext } from './ProblemScopeContext.js';

const subscribeNothing = (): (() => void) => noop;
const nothing = (): undefined => undefined;

/**
 * The nearest `ProblemScope`'s problem (normalised by `asProblem`), or `undefined` when it has none or there is no
 * scope. Re-renders when the scope's problem changes (not when a field is edited).
 *
 * @example
 * ```tsx
 * function FormTitle() {
 *   const problem = useProblem();
 *   const { titleFor } = useMessages();
 *   return problem ? <p>{titleFor(problem)}</p> : null;
 * }
 * ```
 */
export function useProblem(): ApiProblem | undefined {
  const scope = useContext(ProblemScopeContext);
  const store = scope?.store;
  return useSyncExternalStore(
    store?.subscribe ?? subscribeNothing,
    store?.getProblem ?? nothing,
    store?.getProblem ?? nothing,
  );
}
