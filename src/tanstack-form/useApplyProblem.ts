'use client';
import { useEffect, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect.js';
import { type ApplyProblemOptions, applyToForm } from './applyToForm.js';
import { focusField } from './focusField.js';
import type { ServerErrorWatch } from './serverErrorWatch.js';
import type { TanStackForm } from './TanStackForm.js';

/**
 * Options of `useApplyProblem` (TanStack Form): those of `applyProblem` except the signal (the hook's own).
 *
 * @example
 * ```ts
 * const options: UseApplyProblemOptions = { container: formRef.current };
 * ```
 */
export type UseApplyProblemOptions = Omit<ApplyProblemOptions, 'signal'>;

interface HookState {
  /** The `error` last applied (`Object.is`): the same error object is never applied twice. */
  source: unknown;
  watch: ServerErrorWatch | undefined;
  /** The field to focus for the current problem, until the frame that focuses it has run. */
  focus: string | undefined;
}

/**
 * Applies a mutation's (or any request's) `error` to a TanStack Form form whenever it changes, with `applyProblem`'s
 * mapping, focus and lifecycle: each field's server message stays until that field's value changes, all of them go
 * when a submit starts or `error` is cleared (TanStack Query clears it when `mutate` runs again, and on `reset()`),
 * and a new error replaces the previous messages. The same error object is never applied twice (re-renders,
 * StrictMode); the watch and the pending focus end on unmount.
 *
 * @example
 * ```tsx
 * function CompanyForm() {
 *   const save = useMutation({ mutationFn: (company: Company) => apiFetch('/api/companies/7', { method: 'PUT', body: company }) });
 *   const form = useForm({ defaultValues, onSubmit: ({ value }) => save.mutate(value) });
 *   useApplyProblem(form, save.error);
 *   return (
 *     <form onSubmit={(event) => { event.preventDefault(); void form.handleSubmit(); }} noValidate>
 *       <form.Field name="address.city">
 *         {(field) => (
 *           <>
 *             <label htmlFor={field.name}>City</label>
 *             <input id={field.name} name={field.name} value={field.state.value}
 *               onBlur={field.handleBlur} onChange={(event) => field.handleChange(event.target.value)}
 *               aria-invalid={field.state.meta.errors.length > 0 || undefined} aria-describedby={`${field.name}-error`} />
 *             <p id={`${field.name}-error`}>{field.state.meta.errors.join(' ')}</p>
 *           </>
 *         )}
 *       </form.Field>
 *     </form>
 *   );
 * }
 * ```
 */
export function useApplyProblem(form: TanStackForm, error: unknown, options: UseApplyProblemOptions = {}): void {
  const state = useRef<HookState>({ source: undefined, watch: undefined, focus: undefined });
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const current = state.current;
    if (!Object.is(current.source, error)) {
      current.watch?.takeBack();
      current.source = error;
      const { applied, watch } = applyToForm(form, error, latest.current);
      current.watch = watch;
      current.focus = latest.current.shouldFocus === false ? undefined : applied.focus;
    }
    // Started on every run and stopped by the cleanup, so StrictMode's rehearsal and unmount leave nothing behind.
    const controller = new AbortController();
    current.watch?.start(controller.signal);
    const focus = current.focus;
    if (focus !== undefined) {
      focusField(focus, latest.current.container, controller.signal, () => {
        if (current.focus === focus) current.focus = undefined;
      });
    }
    return () => controller.abort();
  }, [error, form]);
}
