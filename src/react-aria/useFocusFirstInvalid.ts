'use client';
import { type RefObject, useEffect, useRef } from 'react';
import { asProblem } from '../core/asProblem.js';
import { focusFirstField } from '../react/focusFirstField.js';

/**
 * Options of `useFocusFirstInvalid`.
 *
 * @example
 * ```ts
 * const options: FocusFirstInvalidOptions = { enabled: !isDialogOpen };
 * ```
 */
export interface FocusFirstInvalidOptions {
  /** Set `false` to leave focus alone. Default `true`. */
  readonly enabled?: boolean;
}

/**
 * Moves focus to the first invalid field inside `ref` (the first element with `aria-invalid="true"`, in document
 * order, or the first focusable element inside it — a radio group's first radio) once per new failed request: the
 * behaviour React Aria lacks for server errors (react-spectrum#9256 — its `<Form>` focuses the first invalid field
 * only for its own native validation). When an `ErrorSummary` has taken focus for this submit (GOV.UK's pattern),
 * focus stays there. Only problems that name fields move focus; `null`, `undefined`, aborted requests and the same
 * error object again do nothing (re-renders, StrictMode). Works for any form whose fields set `aria-invalid` (React
 * Aria, `useFieldProps`, your own).
 *
 * @example
 * ```tsx
 * const ref = useRef<HTMLFormElement>(null);
 * useFocusFirstInvalid(save.error, ref);
 * <Form ref={ref} validationErrors={toValidationErrors(save.error)}>…</Form>
 * ```
 */
export function useFocusFirstInvalid(
  error: unknown,
  ref: RefObject<Element | null>,
  options: FocusFirstInvalidOptions = {},
): void {
  const handled = useRef<unknown>(undefined);
  const enabled = options.enabled !== false;
  useEffect(() => {
    if (Object.is(handled.current, error)) return;
    handled.current = error;
    if (!enabled || error === null || error === undefined) return;
    const problem = asProblem(error);
    if (problem.fieldErrors.size === 0) return;
    const container = ref.current;
    if (container === null) return;
    focusFirstField(Array.from(container.querySelectorAll('[aria-invalid="true"]')));
  }, [error, ref, enabled]);
}
