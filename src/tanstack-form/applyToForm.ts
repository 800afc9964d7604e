'use client';
import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import { matchFieldErrors, type UnmatchedFieldErrors } from '../core/matchFieldErrors.js';
import { findFieldControls } from '../react/findFieldControls.js';
import { type ServerErrorWatch, serverErrorWatch } from './serverErrorWatch.js';
import { setServerError } from './setServerError.js';
import type { TanStackForm } from './TanStackForm.js';

/**
 * Options of `applyProblem` (TanStack Form).
 *
 * @example
 * ```ts
 * const options: ApplyProblemOptions = { container: formElement, fieldName: (key) => (key === 'vat_no' ? 'taxId' : undefined) };
 * ```
 */
export interface ApplyProblemOptions {
  /** Move focus to the first invalid field (in document order), one frame later. Default `true`. */
  readonly shouldFocus?: boolean;
  /** Your mapping for server keys that differ from the form's names beyond notation, case and `_`/`-`. */
  readonly fieldName?: (key: string) => string | undefined;
  /**
   * Where the fields' controls are, for focus (found by `name` attribute in any notation, else by `id`). Default:
   * the whole document; pass the `<form>` element when a page has two forms with the same field names.
   */
  readonly container?: ParentNode | null;
  /** Aborting it cancels the pending focus move and stops watching the messages (they stay as they are). */
  readonly signal?: AbortSignal;
}

/**
 * What `applyProblem` (TanStack Form) did.
 *
 * @example
 * ```ts
 * const applied: AppliedProblem = applyProblem(form, error);
 * applied.fields.get('contacts[0].email'); // ['This email is already in use.']
 * ```
 */
export interface AppliedProblem {
  /** The problem applied (normalised by `asProblem`); `undefined` when there was none or the request was aborted. */
  readonly problem: ApiProblem | undefined;
  /** TanStack field name → the messages set as its `errorMap.onServer`. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** The form-level messages (the form's `errorMap.onServer`, joined): the server's, then those for fields the form lacks. */
  readonly formErrors: readonly string[];
  /** Server keys that named no field of the form; their messages are in `formErrors`. */
  readonly unmatched: readonly UnmatchedFieldErrors[];
  /** The first invalid field in document order (server order when no control is found): where focus goes. */
  readonly focus: string | undefined;
}

const nothing: AppliedProblem = Object.freeze({
  problem: undefined,
  fields: new Map<string, readonly string[]>(),
  formErrors: Object.freeze([]),
  unmatched: Object.freeze([]),
  focus: undefined,
});

/** Sets the messages and returns what was set, with the watch that keeps them right (not yet started). */
export function applyToForm(
  form: TanStackForm,
  problem: unknown,
  options: ApplyProblemOptions,
): { readonly applied: AppliedProblem; readonly watch: ServerErrorWatch | undefined } {
  if (problem === null || problem === undefined) return { applied: nothing, watch: undefined };
  const normalized = asProblem(problem);
  if (normalized.kind === 'unknown' && normalized.code === 'aborted') return { applied: nothing, watch: undefined };

  const fields = new Map<string, readonly string[]>();
  let formErrors: readonly string[] = [];
  let unmatched: readonly UnmatchedFieldErrors[] = [];
  let formMessage: string | undefined;
  try {
    const names = Object.keys(form.state.fieldMeta ?? {});
    const matched = matchFieldErrors(
      normalized,
      names,
      options.fieldName === undefined ? {} : { fieldName: options.fieldName },
    );
    unmatched = matched.unmatched;
    for (const [name, messages] of matched.fields) {
      // A fresh array per application: the watch recognises its own messages by identity.
      const own = Object.freeze([...messages]);
      setServerError(form, name, own);
      fields.set(name, own);
    }
    formErrors = [...new Set([...matched.formErrors, ...unmatched.flatMap((entry) => entry.messages)])];
    if (formErrors.length > 0) {
      formMessage = formErrors.join(' ');
      form.setErrorMap({ onServer: formMessage });
    }
  } catch {
    // A form torn down mid-apply or a hostile value: keep what was applied.
  }
  const applied: AppliedProblem = {
    problem: normalized,
    fields,
    formErrors,
    unmatched,
    focus: firstField([...fields.keys()], options.container),
  };
  return { applied, watch: serverErrorWatch(form, fields, formMessage) };
}

function firstField(names: readonly string[], container: ParentNode | null | undefined): string | undefined {
  if (names.length === 0) return undefined;
  const root = container ?? (typeof document === 'undefined' ? undefined : document);
  return findFieldControls(root, names)[0]?.[0] ?? names[0];
}
