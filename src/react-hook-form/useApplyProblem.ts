'use client';
import { useEffect, useRef } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { unchangedSince } from '../react/unchangedSince.js';
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect.js';
import { useMessages } from '../react/useMessages.js';
import { type AppliedProblem, type ApplyProblemOptions, applyProblem } from './applyProblem.js';
import { clearIfOwn } from './clearIfOwn.js';
import { fieldValue } from './fieldValue.js';
import { focusField } from './focusField.js';
import type { HookForm } from './HookForm.js';
import { valuesAndSubmitting } from './valuesAndSubmitting.js';

/**
 * Options of `useApplyProblem`: those of `applyProblem`, except the translator (the provider's) and the signal (the
 * hook's own).
 *
 * @example
 * ```ts
 * const options: UseApplyProblemOptions = { root: 'serverError', shouldFocus: true };
 * ```
 */
export type UseApplyProblemOptions = Omit<ApplyProblemOptions, 'translator' | 'signal'>;

/** One server message the hook set, and the value of its field when it was set. */
interface Tracked {
  readonly valueName: string;
  readonly message: string;
  readonly isUnchanged: (current: unknown) => boolean;
}

interface HookState {
  /** The `error` last applied (`Object.is`), so the same error object is never applied twice. */
  source: unknown;
  readonly fields: Map<string, Tracked>;
  root: { readonly name: string; readonly message: string } | undefined;
  /** The field to focus for the current problem, until the frame that focuses it has run. */
  focus: string | undefined;
  /** Ends the current application's own submit listener (`applyProblem`'s) when a newer one replaces it. */
  controller: AbortController | undefined;
}

/**
 * Applies a mutation's (or any request's) `error` to a react-hook-form form whenever it changes, with
 * `applyProblem`'s mapping, focus and `errors.root.server`, and keeps each server message exactly as long as it is
 * true: until the person changes that field's value (not when they only tab through it, not when another field
 * changes — react-hook-form#1881), until the next submit starts, or until `error` is cleared (TanStack Query clears
 * it when `mutate` runs again, and on `reset()`). The same error object is never applied twice (re-renders,
 * StrictMode), and a new one replaces the previous messages. The fallback title for problems that name nothing to
 * fix comes in the provider's locale. react-hook-form 7.55 or later (`subscribe`).
 *
 * @example
 * ```tsx
 * function CompanyForm() {
 *   const form = useForm<Company>({ defaultValues });
 *   const save = useMutation({ mutationFn: (company: Company) => apiFetch('/api/companies/7', { method: 'PUT', body: company }) });
 *   useApplyProblem(form, save.error);
 *   const { errors } = form.formState;
 *   return (
 *     <form onSubmit={form.handleSubmit((company) => save.mutate(company))} noValidate>
 *       {errors.root?.server && <p role="alert">{errors.root.server.message}</p>}
 *       <label htmlFor="city">City</label>
 *       <input id="city" {...form.register('address.city')} aria-invalid={errors.address?.city ? true : undefined} />
 *       {errors.address?.city && <p>{errors.address.city.message}</p>}
 *     </form>
 *   );
 * }
 * ```
 */
export function useApplyProblem<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  error: unknown,
  options: UseApplyProblemOptions = {},
): void {
  const translator = useMessages();
  const state = useRef<HookState>({
    source: undefined,
    fields: new Map(),
    root: undefined,
    focus: undefined,
    controller: undefined,
  });
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  // Clear on edit, and at submit start (react-hook-form revalidates then; messages it does not own would block it).
  useEffect(() => {
    if (typeof form.subscribe !== 'function') return;
    const unsubscribe = form.subscribe({
      formState: valuesAndSubmitting,
      callback: (formState) => {
        const tracked = state.current;
        if (formState.isSubmitting === true) {
          clearAll(form, tracked);
          return;
        }
        for (const [name, entry] of tracked.fields) {
          if (entry.isUnchanged(fieldValue(form, entry.valueName))) continue;
          tracked.fields.delete(name);
          clearIfOwn(form, name, entry.message);
        }
      },
    });
    return () => {
      unsubscribe();
      // This subscription clears at submit start from now on (it is back at once after StrictMode's rehearsal).
      state.current.controller?.abort();
      state.current.controller = undefined;
    };
  }, [form]);

  useEffect(() => {
    const tracked = state.current;
    if (!Object.is(tracked.source, error)) {
      clearAll(form, tracked);
      tracked.source = error;
      tracked.controller?.abort();
      tracked.controller = new AbortController();
      const applied = applyProblem(form, error, {
        ...latest.current,
        translator,
        shouldFocus: false,
        signal: tracked.controller.signal,
      });
      track(form, tracked, applied, latest.current.root);
      tracked.focus = latest.current.shouldFocus === false ? undefined : applied.focus;
    }
    const focus = tracked.focus;
    if (focus === undefined) return;
    // Cancelled on unmount and on StrictMode's rehearsal; the re-run schedules it again (tracked.focus is kept).
    const controller = new AbortController();
    focusField(form, focus, controller.signal, () => {
      if (tracked.focus === focus) tracked.focus = undefined;
    });
    return () => controller.abort();
  }, [error, form, translator]);
}

// --- private helpers -------------------------------------------------------------------------------------------

function track<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  tracked: HookState,
  applied: AppliedProblem,
  root: string | false | undefined,
): void {
  for (const [name, messages] of applied.fields) {
    // `contacts.root` holds the field array's own message: it clears when the array changes.
    const valueName =
      name.endsWith('.root') && Array.isArray(fieldValue(form, name.slice(0, -5))) ? name.slice(0, -5) : name;
    tracked.fields.set(name, {
      valueName,
      message: messages.join(' '),
      isUnchanged: unchangedSince(fieldValue(form, valueName)),
    });
  }
  if (root !== false && applied.root.length > 0) {
    const key = typeof root === 'string' && root !== '' ? root : 'server';
    tracked.root = { name: `root.${key}`, message: applied.root.join(' ') };
  }
}

/** Takes back every message the hook set that is still its own, and forgets them. */
function clearAll<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  tracked: HookState,
): void {
  for (const [name, entry] of tracked.fields) clearIfOwn(form, name, entry.message);
  tracked.fields.clear();
  const root = tracked.root;
  tracked.root = undefined;
  tracked.focus = undefined;
  if (root === undefined) return;
  try {
    const error = form.getFieldState(root.name as Path<TFieldValues>).error;
    if (error?.message === root.message) form.clearErrors(root.name as Path<TFieldValues>);
  } catch {
    // a torn-down form
  }
}
