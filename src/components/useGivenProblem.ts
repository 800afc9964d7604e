'use client';
import { useMemo } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import { isApiProblem } from '../core/isApiProblem.js';

/**
 * What a component was handed through its `problem`/`error` props.
 *
 * @example
 * ```ts
 * const { given, problem }: GivenProblem = useGivenProblem(props.problem, props.error);
 * ```
 */
export interface GivenProblem {
  /**
   * Whether the caller passed `problem` or `error` at all (anything but `undefined`). A given `null` means
   * "no problem here" and is not replaced by the scope's, so `<ProblemNotice error={query.error} />` shows nothing
   * while the query is fine, whatever the surrounding scope holds.
   */
  readonly given: boolean;
  /** The given value normalised by `asProblem`; `undefined` for `null`, `undefined` and `false`. */
  readonly problem: ApiProblem | undefined;
}

function normalise(source: unknown): ApiProblem | undefined {
  // `false` comes from `error={failed && error}`: nothing to show, not an "unknown" problem.
  if (source === null || source === undefined || source === false) return undefined;
  if (isApiProblem(source)) return source;
  try {
    return asProblem(source);
  } catch {
    // asProblem is total by contract; this only guards against a hostile value (a throwing Proxy) in a render.
    return undefined;
  }
}

/**
 * The problem a component was handed explicitly, with the same rule as `ProblemScope` (`problem ?? error`),
 * normalised once per value: `asProblem` makes a new object for a string or a foreign error on every call, and
 * the components key their state ("logged once", "dismissed") by problem identity.
 *
 * @example
 * ```tsx
 * function Title(props: { problem?: unknown; error?: unknown }) {
 *   const { problem } = useGivenProblem(props.problem, props.error);
 *   return problem ? <p>{problem.title}</p> : null;
 * }
 * ```
 */
export function useGivenProblem(problem: unknown, error: unknown): GivenProblem {
  const source = problem ?? error;
  const given = problem !== undefined || error !== undefined;
  const normalised = useMemo(() => normalise(source), [source]);
  return { given, problem: normalised };
}
