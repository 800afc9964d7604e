'use client';
import type { ApiProblem } from '../core/ApiProblem.js';
import { isReasonPhrase } from '../core/messages/reasonPhrase.js';

/** More would be a wall of text in a notice; the form's ErrorSummary is the place for long lists. */
const maxTexts = 5;

/**
 * What the server itself said about a problem, for notices where its words help the person (a conflict's
 * reason, a 403's plan limit, a 400's message): the body's title unless it is only a reason phrase or a framework
 * default ("Forbidden", "One or more validation errors occurred."), the detail, and the messages tied to no field;
 * blank and repeated texts dropped, the heading's text too. Plain strings: render them as text, never as HTML.
 *
 * @example
 * ```ts
 * serverTexts(problem, 'You do not have permission to do this');
 * // ['You do not have enough credit.', 'Your current balance is 30, but that costs 50.']
 * ```
 */
export function serverTexts(problem: ApiProblem, heading: string): readonly string[] {
  const candidates: unknown[] = [];
  if (problem.titleSource === 'body' && !isReasonPhrase(problem.title)) candidates.push(problem.title);
  candidates.push(problem.detail);
  if (Array.isArray(problem.formErrors)) candidates.push(...problem.formErrors);
  const seen = new Set<string>([heading.trim()]);
  const texts: string[] = [];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const text = candidate.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    texts.push(text);
    if (texts.length === maxTexts) break;
  }
  return texts;
}
