'use client';
import { isApiError } from '../core/ApiError.js';
import type { ApiProblem } from '../core/ApiProblem.js';
import { isApiProblem } from '../core/isApiProblem.js';

/**
 * The problem a value carries without reading any body: the value itself when it is an `ApiProblem`, an
 * `ApiError`'s `problem`, else `undefined` (`null`, a string, another HTTP client's error …). `FieldError` and
 * `ErrorSummary` read their explicit `problem`/`error` prop with it: what they show (field messages) exists only in
 * a parsed response, and an error from another client carries it in a body only `asProblem` can read, so they
 * leave those to a `ProblemScope` and keep the body parsers out of bundles that import only them.
 *
 * @example
 * ```ts
 * carriedProblem(new ApiError(problem)) === problem; // true
 * carriedProblem(axiosError);                        // undefined: use <ProblemScope error={axiosError}>
 * ```
 */
export function carriedProblem(source: unknown): ApiProblem | undefined {
  if (isApiProblem(source)) return source;
  return isApiError(source) ? source.problem : undefined;
}
