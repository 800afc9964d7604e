'use client';
import { createContext } from 'react';
import type { ScopeStore } from '../core/createScopeStore.js';

/**
 * What a `ProblemScope` hands to the hooks inside it: its store (problem, per-field messages, edits, field
 * element registry, summary focus) and the `useId()` prefix its message ids are built from. The value never
 * changes for the life of a scope; problem changes travel through the store, so only subscribers re-render.
 *
 * @example
 * ```ts
 * const scope = useContext(ProblemScopeContext); // null outside any ProblemScope
 * ```
 */
export interface ProblemScopeContextValue {
  readonly store: ScopeStore;
  readonly idBase: string;
}

/**
 * The nearest `ProblemScope`, or `null` outside any. Nested scopes shadow outer ones (nearest wins), also when
 * the nearest has no problem: a form's fields never show a page-level problem.
 *
 * @example
 * ```ts
 * const inScope = useContext(ProblemScopeContext) !== null;
 * ```
 */
export const ProblemScopeContext = /* @__PURE__ */ createContext<ProblemScopeContextValue | null>(null);
ProblemScopeContext.displayName = 'ProblemScopeContext';
