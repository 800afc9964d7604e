'use client';
import type { ApiProblem } from '../core/ApiProblem.js';
import { developerHint } from '../core/messages/developerHint.js';

// Not through @types/node: the library is built without Node's types.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Problems already explained, by identity: once per problem, however often notices for it render or remount. */
const explained = /* @__PURE__ */ new WeakSet<ApiProblem>();

/** 405, 406, 415, 501: mistakes in the app or the API, never the person's, so worth a hint to the developer. */
const developerKinds: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'method-not-allowed',
  'not-acceptable',
  'unsupported-media-type',
  'not-implemented',
]);

/**
 * In development only, writes the seed's troubleshooting hint for a problem that is a mistake in the app or the
 * API rather than the person's (405, 406, 415, 501) to the console, once per problem object. The person only ever
 * sees the catalog's generic message. Returns whether it wrote. Call it behind
 * `process.env.NODE_ENV !== 'production'` (as `ProblemNotice` does), so that production builds drop it together
 * with the hint texts; in production it writes nothing anyway.
 *
 * @example
 * ```ts
 * useEffect(() => {
 *   if (process.env.NODE_ENV !== 'production') logDeveloperHint(problem);
 *   // console.warn('problemkit: 415 Unsupported Media Type from POST /api/companies. …')
 * }, [problem]);
 * ```
 */
export function logDeveloperHint(problem: ApiProblem): boolean {
  if (process.env.NODE_ENV === 'production' || !developerKinds.has(problem.kind) || explained.has(problem)) {
    return false;
  }
  explained.add(problem);
  const hint = developerHint(problem);
  if (hint === undefined || typeof console === 'undefined') return false;
  console.warn(hint);
  return true;
}
