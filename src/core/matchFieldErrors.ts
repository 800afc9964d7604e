import { fieldPath } from './fieldPath.js';

/**
 * Field errors whose key names no field of the form, in the server's spelling and order.
 *
 * @example
 * ```ts
 * const orphan: UnmatchedFieldErrors = { key: 'TaxId', messages: ['The TaxId field is required.'] };
 * ```
 */
export interface UnmatchedFieldErrors {
  /** The server's own key (`TaxId`, `Items[5].Sku`, `#/taxId`). */
  readonly key: string;
  readonly messages: readonly string[];
}

/**
 * A problem's messages sorted by where they belong in one form (see `matchFieldErrors`).
 *
 * @example
 * ```ts
 * const matched: MatchedFieldErrors = matchFieldErrors(problem, ['companyName', 'address.city']);
 * matched.fields.get('address.city'); // ['The City field is required.']
 * ```
 */
export interface MatchedFieldErrors {
  /** The form's field name (its own spelling) → its messages, in the order the server first named each field. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Field errors for fields the form does not have, in server order. Show them with the form-level messages. */
  readonly unmatched: readonly UnmatchedFieldErrors[];
  /** Messages about the whole form: the problem's `formErrors`, then those under whole-document keys (`$`, `#`, `""`). */
  readonly formErrors: readonly string[];
}

/**
 * Options of `matchFieldErrors`.
 *
 * @example
 * ```ts
 * const options: MatchFieldErrorsOptions = { fieldName: (key) => (key === 'vat_no' ? 'taxId' : undefined) };
 * ```
 */
export interface MatchFieldErrorsOptions {
  /**
   * Your own mapping for server keys that differ from the form's names beyond notation, case and `_`/`-`: return the
   * form's name for the key, or `undefined` to let the default matching decide. A returned name is used as is, even
   * when it is not among `names`.
   */
  readonly fieldName?: (key: string) => string | undefined;
}

const ambiguous = Symbol('ambiguous');

/** Most names a form can contribute to one match: a guard against a pathological `names` iterable. */
const maxNames = 20_000;

/**
 * Sorts a problem's messages by where they belong in one form, given the form's own field names (`companyName`,
 * `address.city`, `contacts.0.email` or `contacts[0].email`): each server key is matched to the form's name for the
 * same field whatever notation and case the server used (`Address.City`, `$.contacts[0].email`, `#/contacts/0/email`
 * all find `contacts.0.email`, see `fieldPath`); when no name matches exactly, a name that differs only by `_` or `-`
 * (`company_name` ↔ `companyName`) is taken if it is the only one. Keys for the whole document and the problem's
 * `formErrors` become form-level messages; keys that name no field of the form are returned as `unmatched`, so an
 * adapter can show them with the form-level messages instead of losing them. Messages keep server order; a message
 * repeated for one field is kept once. Total: a problem that is not an `ApiProblem`, or `names` that are not strings,
 * give empty results; never throws. Form adapters (`problemkit/react-hook-form`, `problemkit/tanstack-form`,
 * `problemkit/react-aria`) are built on it; use it for any other form library.
 *
 * @example
 * ```ts
 * const problem = toProblem({
 *   status: 400,
 *   body: { errors: { 'Address.City': ['The City field is required.'], TaxId: ['Required.'], '': ['Try again.'] } },
 * });
 * const { fields, unmatched, formErrors } = matchFieldErrors(problem, ['companyName', 'address.city']);
 * fields;     // Map { 'address.city' => ['The City field is required.'] }
 * unmatched;  // [{ key: 'TaxId', messages: ['Required.'] }]
 * formErrors; // ['Try again.']
 * ```
 */
export function matchFieldErrors(
  problem: unknown,
  names: Iterable<string>,
  options?: MatchFieldErrorsOptions,
): MatchedFieldErrors {
  const fields = new Map<string, string[]>();
  const unmatched: UnmatchedFieldErrors[] = [];
  const formErrors: string[] = [];
  try {
    if (typeof problem !== 'object' || problem === null) return { fields, unmatched, formErrors };
    const { exact, loose } = nameIndexes(names);
    const custom = typeof options?.fieldName === 'function' ? options.fieldName : undefined;
    const ownFormErrors = (problem as { readonly formErrors?: unknown }).formErrors;
    if (Array.isArray(ownFormErrors)) addMessages(formErrors, ownFormErrors);
    for (const [key, messages] of fieldErrorEntries((problem as { readonly fieldErrors?: unknown }).fieldErrors)) {
      const canonical = fieldPath(key);
      if (canonical === '') {
        addMessages(formErrors, messages);
        continue;
      }
      const name = customName(custom, key) ?? exact.get(canonical) ?? looseName(loose, canonical);
      if (name === undefined) {
        const list: string[] = [];
        addMessages(list, messages);
        if (list.length > 0) unmatched.push({ key, messages: list });
        continue;
      }
      const list = fields.get(name) ?? [];
      addMessages(list, messages);
      if (list.length > 0) fields.set(name, list);
    }
  } catch {
    // A hostile problem (throwing getters, a fake Map): keep what was read so far rather than break the form.
  }
  return { fields, unmatched, formErrors };
}

// --- private helpers -------------------------------------------------------------------------------------------

function nameIndexes(names: Iterable<string>): {
  exact: Map<string, string>;
  loose: Map<string, string | typeof ambiguous>;
} {
  const exact = new Map<string, string>();
  const loose = new Map<string, string | typeof ambiguous>();
  if (names === null || typeof names !== 'object' || typeof names[Symbol.iterator] !== 'function') {
    return { exact, loose };
  }
  let count = 0;
  for (const name of names) {
    if (count >= maxNames) break;
    count += 1;
    if (typeof name !== 'string') continue;
    const canonical = fieldPath(name);
    if (canonical === '' || exact.has(canonical)) continue; // the first spelling of a field wins
    exact.set(canonical, name);
    const key = looseKey(canonical);
    const known = loose.get(key);
    if (known === undefined) loose.set(key, name);
    else if (known !== name) loose.set(key, ambiguous);
  }
  return { exact, loose };
}

/** `company_name`, `company-name` and `companyname` meet: servers in snake case, forms in camel case. */
function looseKey(canonical: string): string {
  return canonical.replace(/[_-]/g, '');
}

function looseName(loose: ReadonlyMap<string, string | typeof ambiguous>, canonical: string): string | undefined {
  const name = loose.get(looseKey(canonical));
  return typeof name === 'string' ? name : undefined;
}

function customName(custom: ((key: string) => string | undefined) | undefined, key: string): string | undefined {
  if (custom === undefined) return undefined;
  try {
    const name = custom(key);
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined; // the caller's mapper failing must not lose the message: the default matching decides
  }
}

/** The contract's `Map` (any realm) or, after serialisation, a plain record of string arrays. */
function fieldErrorEntries(source: unknown): Iterable<readonly [string, readonly unknown[]]> {
  if (typeof source !== 'object' || source === null) return [];
  const entries: [string, readonly unknown[]][] = [];
  if (Object.prototype.toString.call(source) === '[object Map]') {
    for (const [key, messages] of source as ReadonlyMap<unknown, unknown>) {
      if (typeof key === 'string' && Array.isArray(messages)) entries.push([key, messages]);
    }
    return entries;
  }
  const record = source as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    const messages = record[key];
    if (Array.isArray(messages)) entries.push([key, messages]);
  }
  return entries;
}

function addMessages(list: string[], messages: readonly unknown[]): void {
  for (const message of messages) {
    if (typeof message === 'string' && message.trim() !== '' && !list.includes(message)) list.push(message);
  }
}
