import type { ProblemKind } from '../ApiProblem.js';

/** 405, 406, 415 and 501 are mistakes in the app or the API, never the person's: one generic title. */
const ourSide = 'There is a problem on our side';

/**
 * The English title for each problem kind, and nothing else, so that `toProblem` and `asProblem`
 * can give every problem a title without pulling the whole component catalog into their bundle
 * (DESIGN.md budget: `toProblem` + `apiFetch` ≤ 3 kB min+gzip). The full English catalog
 * (`enMessages`) reuses these strings, so the two can never drift apart.
 *
 * The wording follows GOV.UK's content rules (research/anchors.md §5): say what happened in plain
 * words, no status numbers, no "oops", no apology, never blame the person.
 *
 * @example
 * ```ts
 * kindTitles['not-found']; // 'Page not found'
 * ```
 */
export const kindTitles: Readonly<Record<ProblemKind, string>> = {
  'bad-request': 'Your request could not be completed',
  validation: 'Check the information you entered',
  unauthenticated: 'You need to sign in again',
  forbidden: 'You do not have permission to do this',
  'not-found': 'Page not found',
  'method-not-allowed': ourSide,
  'not-acceptable': ourSide,
  'unsupported-media-type': ourSide,
  'not-implemented': ourSide,
  timeout: 'The service took too long to respond',
  conflict: 'Your change could not be saved',
  'too-large': 'That is too much at once',
  'rate-limited': 'Too many requests',
  server: 'There is a problem with the service',
  unavailable: 'The service is unavailable',
  'insufficient-storage': 'The limit for your plan has been reached',
  network: 'The service could not be reached',
  unknown: 'Something went wrong',
};
