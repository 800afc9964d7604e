'use client';
import type { ErrorOption, FieldValues, Path } from 'react-hook-form';
import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import { matchFieldErrors, type UnmatchedFieldErrors } from '../core/matchFieldErrors.js';
import type { Translator } from '../core/messages/createTranslator.js';
import { findFieldControls } from '../react/findFieldControls.js';
import { clearIfOwn } from './clearIfOwn.js';
import { fieldValue } from './fieldValue.js';
import { focusField } from './focusField.js';
import { formFieldNames } from './formFieldNames.js';
import type { HookForm } from './HookForm.js';
import { submitting } from './submitting.js';

/**
 * Options of `applyProblem`.
 *
 * @example
 * ```ts
 * const options: ApplyProblemOptions = { shouldFocus: false, fieldName: (key) => (key === 'vat_no' ? 'taxId' : undefined) };
 * ```
 */
export interface ApplyProblemOptions {
  /** Move focus to the first invalid field (in document order), one frame later. Default `true`. */
  readonly shouldFocus?: boolean;
  /**
   * The key under `errors.root` for messages about the whole form: `'server'` gives `errors.root.server`, as
   * react-hook-form's own `<Form>` does. `false` keeps them out of the form (they are still returned). Default
   * `'server'`.
   */
  readonly root?: string | false;
  /** Your mapping for server keys that differ from the form's names beyond notation, case and `_`/`-`. */
  readonly fieldName?: (key: string) => string | undefined;
  /** Words for a problem that names nothing to fix (a 500, a 409): its title in the person's language. Default English. */
  readonly translator?: Pick<Translator, 'titleFor'>;
  /** Aborting it cancels the pending focus move (on unmount, or when a newer problem arrives). */
  readonly signal?: AbortSignal;
}

/**
 * What `applyProblem` did.
 *
 * @example
 * ```ts
 * const applied: AppliedProblem = applyProblem(form, save.error);
 * applied.fields.get('address.city'); // ['The City field is required.']
 * ```
 */
export interface AppliedProblem {
  /** The problem applied (normalised by `asProblem`); `undefined` when there was none or the request was aborted. */
  readonly problem: ApiProblem | undefined;
  /** react-hook-form error name → the messages set there (a field array's own messages go to `<name>.root`). */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** The messages set under `errors.root.<root>`: form-level messages, then those for fields the form lacks. */
  readonly root: readonly string[];
  /** Server keys that named no field of the form; their messages are in `root`. */
  readonly unmatched: readonly UnmatchedFieldErrors[];
  /** The first invalid field in document order (server order when the fields have no elements): where focus goes. */
  readonly focus: string | undefined;
}

const nothing: AppliedProblem = Object.freeze({
  problem: undefined,
  fields: new Map<string, readonly string[]>(),
  root: Object.freeze([]),
  unmatched: Object.freeze([]),
  focus: undefined,
});

/** Kinds whose body words explain this occurrence to the person (as `ProblemNotice` shows them). */
const kindsWithServerWords = new Set([
  'bad-request',
  'validation',
  'conflict',
  'forbidden',
  'not-found',
  'insufficient-storage',
]);

/**
 * Puts a failed request's messages into a react-hook-form form in one call: each field's server messages via
 * `setError(name, { type: 'server', message, types })` (several messages: `message` joins them with spaces, `types`
 * holds each as `server`, `server-2`, …), with the server's keys matched to the form's own field names whatever
 * notation and case the server used (`Address.City`, `$.contacts[0].email`, `#/contacts/0/email` → `address.city`,
 * `contacts.0.email`; a field array's own message → `contacts.root`, react-hook-form's convention); messages for the
 * whole form and for fields the form does not have under `errors.root.server` with the HTTP status as `type` (as
 * react-hook-form's `<Form>` does); a problem that names nothing to fix (a 500, a 409) puts its title there, or its
 * detail where the server's words help. Then focus moves to the first invalid field in document order, a frame
 * later (react-hook-form#13138), unless an `ErrorSummary` holds it. `problem` is anything `asProblem` accepts (a
 * mutation's `error`); `null`, `undefined` and aborted requests apply nothing. Messages stay until react-hook-form
 * revalidates the field or the next submit; `useApplyProblem` also clears each one when its field changes. Never
 * throws.
 *
 * @example
 * ```tsx
 * const form = useForm<Company>({ defaultValues });
 * const save = useMutation({
 *   mutationFn: (company: Company) => apiFetch('/api/companies/7', { method: 'PUT', body: company }),
 *   onError: (error) => applyProblem(form, error),
 * });
 * // <input {...form.register('address.city')} aria-invalid={!!form.formState.errors.address?.city} />
 * // {form.formState.errors.root?.server && <p role="alert">{form.formState.errors.root.server.message}</p>}
 * ```
 */
export function applyProblem<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  problem: unknown,
  options: ApplyProblemOptions = {},
): AppliedProblem {
  if (problem === null || problem === undefined) return nothing;
  const normalized = asProblem(problem);
  if (normalized.kind === 'unknown' && normalized.code === 'aborted') return nothing;

  const fields = new Map<string, readonly string[]>();
  const focusable: string[] = [];
  let root: string[] = [];
  let unmatched: readonly UnmatchedFieldErrors[] = [];
  try {
    const matched = matchFieldErrors(normalized, formFieldNames(form), optionsForMatch(options));
    unmatched = matched.unmatched;
    for (const [name, messages] of matched.fields) {
      const isArray = Array.isArray(fieldValue(form, name));
      const errorName = isArray ? `${name}.root` : name;
      form.setError(errorName as Path<TFieldValues>, fieldError(messages));
      fields.set(errorName, messages);
      if (!isArray) focusable.push(name);
    }
    root = unique([...matched.formErrors, ...unmatched.flatMap((entry) => entry.messages)]);
    if (root.length === 0 && fields.size === 0) root = [fallbackMessage(normalized, options.translator)];
    if (options.root !== false && root.length > 0) {
      const key = typeof options.root === 'string' && options.root !== '' ? options.root : 'server';
      // react-hook-form's <Form> puts the HTTP status in `type` (GlobalError.type is `string | number`).
      const rootError: ErrorOption = { type: normalized.status as unknown as string, message: root.join(' ') };
      form.setError(`root.${key}`, rootError);
    }
  } catch {
    // A form torn down mid-apply or a hostile value: keep what was applied.
  }

  clearWhenSubmitting(form, fields, options.signal);
  const focus = firstField(form, focusable);
  if (focus !== undefined && options.shouldFocus !== false) focusField(form, focus, options.signal);
  return { problem: normalized, fields, root, unmatched, focus };
}

// --- private helpers -------------------------------------------------------------------------------------------

function optionsForMatch(options: ApplyProblemOptions): { fieldName?: (key: string) => string | undefined } {
  return options.fieldName === undefined ? {} : { fieldName: options.fieldName };
}

/**
 * react-hook-form's submit validation unsets only registered fields' errors, so a message on a field array or an
 * object (`contacts.root`, `address`) would block `handleSubmit` until cleared by hand (its `setError` docs). Every
 * message set here is cleared when the next submit starts, if it is still ours; the subscription then ends.
 */
function clearWhenSubmitting<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  fields: ReadonlyMap<string, readonly string[]>,
  signal: AbortSignal | undefined,
): void {
  if (fields.size === 0 || typeof form.subscribe !== 'function' || signal?.aborted) return;
  const set = new Map([...fields].map(([name, messages]) => [name, messages.join(' ')]));
  let unsubscribe: (() => void) | undefined;
  const stop = (): void => {
    signal?.removeEventListener('abort', stop);
    unsubscribe?.();
    unsubscribe = undefined;
  };
  try {
    unsubscribe = form.subscribe({
      formState: submitting,
      callback: (state) => {
        if (state.isSubmitting !== true) return;
        stop();
        for (const [name, message] of set) clearIfOwn(form, name, message);
      },
    });
    signal?.addEventListener('abort', stop, { once: true });
  } catch {
    // an older react-hook-form without `subscribe` (before 7.55): the app clears them, as its docs say
  }
}

function fieldError(messages: readonly string[]): ErrorOption {
  const types: Record<string, string> = {};
  messages.forEach((message, index) => {
    types[index === 0 ? 'server' : `server-${index + 1}`] = message;
  });
  return { type: 'server', message: messages.join(' '), types };
}

function unique(messages: readonly string[]): string[] {
  return [...new Set(messages)];
}

function fallbackMessage(problem: ApiProblem, translator: Pick<Translator, 'titleFor'> | undefined): string {
  const detail = typeof problem.detail === 'string' ? problem.detail.trim() : '';
  if (detail !== '' && kindsWithServerWords.has(problem.kind)) return detail;
  try {
    const title = translator?.titleFor(problem);
    if (typeof title === 'string' && title.trim() !== '') return title;
  } catch {
    // a broken translator: the problem's own (English) title
  }
  return problem.title;
}

function isElement(value: unknown): value is Element {
  return typeof Element !== 'undefined' && value instanceof Element;
}

/** The first of `names` in document order: react-hook-form's refs where they are elements, else the DOM by name. */
function firstField<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  names: readonly string[],
): string | undefined {
  if (names.length === 0) return undefined;
  try {
    const located: [string, Element][] = [];
    const missing: string[] = [];
    for (const name of names) {
      const ref: unknown = form.getFieldState(name as Path<TFieldValues>).error?.ref;
      if (isElement(ref) && ref.isConnected) located.push([name, ref]);
      else missing.push(name);
    }
    if (missing.length > 0 && typeof document !== 'undefined') {
      // Controller fields keep a `{ focus }` object, not the element: find their control by name.
      const scope = located[0]?.[1].closest('form') ?? document;
      located.push(...findFieldControls(scope, missing));
    }
    if (located.length === 0) return names[0];
    located.sort(([, a], [, b]) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return located[0]?.[0];
  } catch {
    return names[0];
  }
}
