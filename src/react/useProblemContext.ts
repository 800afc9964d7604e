'use client';
import { useContext } from 'react';
import { defaultProblemContext, ProblemContext, type ProblemContextValue } from './ProblemContext.js';

/**
 * The nearest `ProblemProvider`'s context, or the default one outside any provider (English, the system clock,
 * conditions that stay empty), so every hook and component works with or without a provider.
 *
 * @example
 * ```ts
 * const { translator, conditions } = useProblemContext();
 * ```
 */
export function useProblemContext(): ProblemContextValue {
  return useContext(ProblemContext) ?? defaultProblemContext();
}
