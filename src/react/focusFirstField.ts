'use client';
import { summaryHasFocus } from './summaryHasFocus.js';

/** What can take focus inside a group (a radio group, a React Aria `Select` or `RadioGroup` wrapper). */
const focusable =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), ' +
  'button:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Moves focus to the first of `elements` (in the order given) that can take it: the element itself when it is a
 * form control or has a `tabindex`, else the first focusable element inside it (a radio group's first radio). Leaves
 * focus alone when it is inside a problemkit `ErrorSummary` (the summary took it for this submit, as GOV.UK asks).
 * Returns the element that received focus, or `undefined`. Never throws.
 *
 * @example
 * ```ts
 * focusFirstField(Array.from(form.querySelectorAll('[aria-invalid="true"]')));
 * ```
 */
export function focusFirstField(elements: Iterable<Element>): HTMLElement | undefined {
  try {
    for (const element of elements) {
      if (summaryHasFocus(element.ownerDocument)) return undefined;
      const target = focusTarget(element);
      if (target === undefined) continue;
      target.focus();
      if (target.ownerDocument.activeElement === target) return target;
    }
  } catch {
    // A detached or exotic element: focus simply does not move.
  }
  return undefined;
}

function focusTarget(element: Element): HTMLElement | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  if (element.matches(focusable)) return element;
  const inner = element.querySelector(focusable);
  return inner instanceof HTMLElement ? inner : undefined;
}
