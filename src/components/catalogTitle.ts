'use client';
import type { ApiProblem } from '../core/ApiProblem.js';
import type { Translator } from '../core/messages/createTranslator.js';

/**
 * The heading a notice shows for a problem: the app's own title for the problem's `type` (provider `types`),
 * else the catalog title for its kind in the person's language. Never the body's title: servers write titles for
 * developers, in one language, sometimes with status numbers or jargon ("Request method 'PUT' not supported"),
 * and GOV.UK's rule is that the headline says what happened in plain words (research/anchors.md §5). Notices
 * show the server's own words, when they help, as text under the heading (`serverTexts`).
 *
 * @example
 * ```ts
 * catalogTitle(translator, toProblem({ status: 404, body: { title: 'Not Found' } })); // 'Page not found'
 * ```
 */
export function catalogTitle(translator: Translator, problem: ApiProblem): string {
  // titleFor prefers a `type` title, then a body title; marking the title as the catalog's skips the body's.
  return translator.titleFor({ ...problem, titleSource: 'catalog' });
}
