'use client';

/**
 * Whether focus is inside a problemkit `ErrorSummary` (any element with its default class
 * `problemkit-ErrorSummary`). The summary takes focus once per failed submit (GOV.UK, research/anchors.md §5); a
 * form adapter that would then move focus to the first invalid field leaves it there, so the person hears the list
 * of what to fix first and follows its links.
 *
 * @example
 * ```ts
 * if (!summaryHasFocus(input.ownerDocument)) input.focus();
 * ```
 */
export function summaryHasFocus(document: Document | undefined): boolean {
  const active = document?.activeElement;
  return active instanceof Element && active.closest('.problemkit-ErrorSummary') !== null;
}
