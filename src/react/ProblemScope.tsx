'use client';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { createScopeStore } from '../core/createScopeStore.js';
import { ProblemScopeContext } from './ProblemScopeContext.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * Props of `ProblemScope`: `problem` or `error` (the first that is not `null`/`undefined` wins).
 *
 * @example
 * ```tsx
 * const props: ProblemScopeProps = { error: save.error, children: <CompanyFields /> };
 * ```
 */
export interface ProblemScopeProps {
  /** Anything `asProblem` accepts: an `ApiError`, a TanStack mutation's `error`, a string, `null` for none. */
  readonly error?: unknown;
  /** An `ApiProblem` (or, like `error`, anything `asProblem` accepts). */
  readonly problem?: unknown;
  readonly children?: ReactNode;
}

/**
 * Hands one problem to everything inside: `useProblem`, `useFieldProps`, `useFieldErrors`, `useRateLimit` and the
 * components (`FieldError`, `ErrorSummary`, …) read the nearest scope, so a form wraps itself once. Scopes nest and
 * the nearest wins. Each field consumer subscribes to its own field only, so a new problem re-renders just the
 * fields whose messages changed. A field's server message clears when the person edits that field (as React Aria
 * does) and returns with the next failed submit, that is, the next new `error`/`problem` object.
 *
 * @example
 * ```tsx
 * function CompanyForm() {
 *   const save = useMutation({ mutationFn: (v: Company) => apiFetch('/api/companies', { method: 'POST', body: v }) });
 *   return (
 *     <form onSubmit={…}>
 *       <ProblemScope error={save.error}>
 *         <ErrorSummary />
 *         <CompanyFields />
 *       </ProblemScope>
 *     </form>
 *   );
 * }
 *
 * // Field hooks read the nearest scope above the component that calls them, so they live in a child of the scope.
 * function CompanyFields() {
 *   return (
 *     <>
 *       <label htmlFor="companyName">Company name</label>
 *       <input {...useFieldProps('companyName', { id: 'companyName' })} />
 *       <FieldError name="companyName" />
 *     </>
 *   );
 * }
 * ```
 */
export function ProblemScope({ error, problem, children }: ProblemScopeProps): ReactNode {
  const [store] = useState(createScopeStore);
  const idBase = useId();
  // Set during render without telling anyone, so the children rendering now already read the new problem (and
  // the server renders it); the layout effect then tells the subscribers that did not re-render (memoised
  // children). The same value again is a no-op, so StrictMode's double render changes nothing.
  store.setSource(problem ?? error, { defer: true });
  useIsomorphicLayoutEffect(() => {
    store.flush();
  });
  const value = useMemo(() => ({ store, idBase }), [store, idBase]);
  return <ProblemScopeContext.Provider value={value}>{children}</ProblemScopeContext.Provider>;
}
