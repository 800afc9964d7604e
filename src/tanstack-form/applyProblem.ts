'use client';
import { type AppliedProblem, type ApplyProblemOptions, applyToForm } from './applyToForm.js';
import { focusField } from './focusField.js';
import type { TanStackForm } from './TanStackForm.js';

export type { AppliedProblem, ApplyProblemOptions } from './applyToForm.js';

/**
 * Puts a failed request's messages into a TanStack Form form in one call: each field's server messages become its
 * `errorMap.onServer` (so `field.state.meta.errors` lists them, one entry per message), with the server's keys matched
 * to the form's field names whatever notation and case the server used (`Contacts[0].Email`, `#/contacts/0/email` →
 * `contacts[0].email`); messages for the whole form and for fields the form does not have become the form's
 * `errorMap.onServer` (one string, so `form.state.errors` shows it). Focus moves to the first invalid field's control
 * in document order, a frame later, unless an `ErrorSummary` holds it. Then each field's message stays until that
 * field's value changes — not when it is blurred, not when another field changes, and the same for fields with and
 * without validators — and every message is taken back when the next submit starts, so the submit goes through
 * (TanStack Form otherwise refuses a submit while a server error is set). A problem that names nothing to fix (a 500,
 * a 429) is not put into the form, where it would block submitting: show it with `ProblemNotice`. `problem` is
 * anything `asProblem` accepts; `null`, `undefined` and aborted requests apply nothing. Never throws.
 *
 * @example
 * ```tsx
 * const save = useMutation({ mutationFn: (company: Company) => apiFetch('/api/companies/7', { method: 'PUT', body: company }) });
 * const form = useForm({
 *   defaultValues,
 *   onSubmit: async ({ value }) => {
 *     try {
 *       await save.mutateAsync(value);
 *     } catch (error) {
 *       applyProblem(form, error);
 *     }
 *   },
 * });
 * ```
 */
export function applyProblem(form: TanStackForm, problem: unknown, options: ApplyProblemOptions = {}): AppliedProblem {
  const { applied, watch } = applyToForm(form, problem, options);
  watch?.start(options.signal);
  if (applied.focus !== undefined && options.shouldFocus !== false) {
    focusField(applied.focus, options.container, options.signal);
  }
  return applied;
}
