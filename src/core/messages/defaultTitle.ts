import type { ProblemKind } from '../ApiProblem.js';
import { kindTitles } from './kindTitles.js';

/**
 * The English catalog title for a kind: what `toProblem` and `asProblem` use when the body has no
 * title of its own (`titleSource: 'catalog'`). Components replace it with the title in the
 * person's locale through `createTranslator(...).titleFor(problem)`. Tiny on purpose: it imports
 * only the kind titles, never the component strings. Unknown values at run time answer the
 * `unknown` title rather than `undefined`.
 *
 * @example
 * ```ts
 * defaultTitle('rate-limited'); // 'Too many requests'
 * ```
 */
export function defaultTitle(kind: ProblemKind): string {
  return Object.hasOwn(kindTitles, kind) ? kindTitles[kind] : kindTitles.unknown;
}
