import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import { fieldPath } from '../core/fieldPath.js';
import { findFieldErrors } from '../core/findFieldErrors.js';
import { matchFieldErrors } from '../core/matchFieldErrors.js';

/**
 * The `validationErrors` a React Aria Components `<Form>` takes: field name → the server's messages. Assignable to
 * RAC's own `ValidationErrors` type without importing it.
 *
 * @example
 * ```ts
 * const errors: ServerValidationErrors = toValidationErrors(save.error);
 * ```
 */
export type ServerValidationErrors = Record<string, string[]>;

/**
 * Options of `toValidationErrors`.
 *
 * @example
 * ```ts
 * const options: ToValidationErrorsOptions = { names: ['companyName', 'address.city'] };
 * ```
 */
export interface ToValidationErrorsOptions {
  /**
   * The form's field names. With them, the result is a plain object keyed by exactly these names (only those with
   * messages). Without them, the result answers any field name in any notation and case (see `toValidationErrors`).
   */
  readonly names?: Iterable<string>;
  /** Your mapping for server keys that differ from the form's names beyond notation, case and `_`/`-` (with `names`). */
  readonly fieldName?: (key: string) => string | undefined;
}

/** The one "no errors" object: React Aria re-shows server errors whenever the object changes, so it never does. */
const none: ServerValidationErrors = Object.freeze(Object.create(null) as ServerValidationErrors);

/** One result per problem (and names), so re-renders hand React Aria the same object and edits stay cleared. */
const cache = new WeakMap<ApiProblem, Map<string, ServerValidationErrors>>();

/**
 * Turns a failed request into the `validationErrors` prop of a React Aria Components `<Form>`, so each `TextField`,
 * `Select`, `RadioGroup`… shows the server's messages for its `name` in its `<FieldError>`, whatever notation and
 * case the server used: a field named `address.city` finds `Address.City` (ASP.NET), `#/address/city` (RFC 9457)
 * or `address[city]` (Rails). React Aria then clears a field's server message when the person changes that field,
 * and shows them all again for a new object — so the result is cached per problem: the same problem gives the same
 * object on every render, and a new failed submit gives a new one. Without `names`, the object answers any field
 * name it is asked for (its own keys, for logging, are the server's); with `names`, it is a plain object keyed by
 * those names. Messages about the whole form are not here: show them with `ErrorSummary` or `ProblemNotice`.
 * `problem` is anything `asProblem` accepts; no problem, or one without field messages, gives the same empty object.
 * Never throws.
 *
 * @example
 * ```tsx
 * const save = useMutation({ mutationFn: (data: FormData) => apiFetch('/api/companies/7', { method: 'PUT', body: data }) });
 * <Form validationErrors={toValidationErrors(save.error)} onSubmit={(event) => { event.preventDefault(); save.mutate(new FormData(event.currentTarget)); }}>
 *   <TextField name="address.city"><Label>City</Label><Input /><FieldError /></TextField>
 * </Form>
 * ```
 */
export function toValidationErrors(problem: unknown, options: ToValidationErrorsOptions = {}): ServerValidationErrors {
  if (problem === null || problem === undefined) return none;
  try {
    const normalized = asProblem(problem);
    if (!hasFieldMessages(normalized)) return none;
    const names = options.names === undefined ? undefined : [...options.names].filter((n) => typeof n === 'string');
    const key = names === undefined ? '\u0000any' : names.join('\u0000');
    let byNames = cache.get(normalized);
    if (byNames === undefined) {
      byNames = new Map();
      cache.set(normalized, byNames);
    }
    // A custom mapper may answer differently from one call to the next: never reuse its result.
    const cached = options.fieldName === undefined ? byNames.get(key) : undefined;
    if (cached !== undefined) return cached;
    const result = names === undefined ? anyName(normalized) : forNames(normalized, names, options.fieldName);
    if (options.fieldName === undefined) byNames.set(key, result);
    return result;
  } catch {
    return none;
  }
}

// --- private helpers -------------------------------------------------------------------------------------------

function hasFieldMessages(problem: ApiProblem): boolean {
  try {
    for (const [key, messages] of problem.fieldErrors) {
      if (fieldPath(key) !== '' && messages.some((message) => typeof message === 'string' && message !== ''))
        return true;
    }
  } catch {
    // not a readable map
  }
  return false;
}

function forNames(
  problem: ApiProblem,
  names: readonly string[],
  fieldName: ((key: string) => string | undefined) | undefined,
): ServerValidationErrors {
  const matched = matchFieldErrors(problem, names, fieldName === undefined ? {} : { fieldName });
  if (matched.fields.size === 0) return none;
  const result = Object.create(null) as ServerValidationErrors;
  for (const [name, messages] of matched.fields) result[name] = [...messages];
  return Object.freeze(result);
}

/**
 * An object that answers any field name through `findFieldErrors` (one index per problem, so each answer is a map
 * read), and lists the server's own keys. React Aria reads `validationErrors[name]` for each field and nothing else
 * (react-stately `useFormValidationState`), so every name notation works without telling the helper the names.
 */
function anyName(problem: ApiProblem): ServerValidationErrors {
  const target = Object.create(null) as ServerValidationErrors;
  for (const key of problem.fieldErrors.keys()) {
    if (fieldPath(key) === '') continue;
    const list = findFieldErrors(problem, key);
    if (list.length > 0) target[key] = list;
  }
  const answers = new Map<string, string[] | undefined>();
  const lookup = (name: string): string[] | undefined => {
    if (Object.hasOwn(target, name)) return target[name];
    if (!answers.has(name)) {
      const messages = findFieldErrors(problem, name);
      answers.set(name, messages.length > 0 ? messages : undefined);
    }
    return answers.get(name);
  };
  return new Proxy(target, {
    get: (_target, property) => (typeof property === 'string' ? lookup(property) : undefined),
    has: (_target, property) => typeof property === 'string' && lookup(property) !== undefined,
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
