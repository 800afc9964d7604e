import type { ApiProblem } from './ApiProblem.js';
import { asProblem } from './asProblem.js';
import { fieldPath } from './fieldPath.js';
import { findFieldErrors } from './findFieldErrors.js';
import { isApiProblem } from './isApiProblem.js';

/**
 * The state of one problem scope (a form, a panel): the problem it hands to everything inside, which
 * fields the person edited since that problem arrived, the elements that show each field (for summary
 * links) and whether the summary already took focus for this problem. A vanilla external store: the
 * React layer binds it with `useSyncExternalStore`, field consumers through `subscribeField`, so a
 * change to one field's messages reaches only that field's subscribers. Made by `createScopeStore`.
 *
 * @example
 * ```ts
 * const scope = createScopeStore();
 * scope.setSource(apiError);                 // anything asProblem accepts
 * scope.getFieldMessages('companyName');     // ['Enter a company name']
 * scope.markEdited('companyName');           // the person typed: the message clears …
 * scope.setSource(nextApiError);             // … and returns with the next failed submit
 * ```
 */
export interface ScopeStore {
  /**
   * Sets what the scope shows: an `ApiProblem`, anything `asProblem` accepts (an `ApiError`, a TanStack
   * mutation's `error`, a string …), or `null`/`undefined` for none. The same value (by `Object.is`) is a
   * no-op, so a render may call this every time; a new value is a new problem, which forgets every edit
   * and returns every field's server messages. With `{ defer: true }` nothing is told until `flush()`
   * (for a render phase, which must not notify). Returns whether anything changed.
   */
  setSource(source: unknown, options?: { readonly defer?: boolean }): boolean;
  /** Tells subscribers about changes a deferred `setSource` made. Harmless when there are none. */
  flush(): void;
  /** The scope's problem, or `undefined`. */
  getProblem(): ApiProblem | undefined;
  /** Called whenever the problem changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * The server's messages for one field (any path notation, case-insensitive), or none once the person
   * edited that field. The same array object until that field's messages change, so it is a valid
   * `useSyncExternalStore` snapshot; an empty result is always the same frozen array.
   */
  getFieldMessages(name: string): readonly string[];
  /** Called only when `name`'s messages change (new problem or an edit of that field). */
  subscribeField(name: string, listener: () => void): () => void;
  /** The person changed this field: its server messages clear until the next problem (React Aria semantics). */
  markEdited(name: string): void;
  /** Whether `name` was edited since the current problem arrived. */
  isEdited(name: string): boolean;
  /**
   * Records that the element with `id` shows the field `name`; the first element registered for a field
   * is its link target. Returns the function that removes the record.
   */
  registerFieldElement(name: string, id: string): () => void;
  /** Element ids by canonical field path (`fieldPath(name)`); a new map object whenever it changes. */
  getFieldElementIds(): ReadonlyMap<string, string>;
  /** Called whenever `getFieldElementIds()` changes. */
  subscribeFieldElements(listener: () => void): () => void;
  /**
   * `true` once per new problem, `false` afterwards (and while there is none): the error summary asks this
   * before moving focus, so focus moves once per failed submit, not on every re-render or remount.
   */
  takeSummaryFocus(): boolean;
}

/** The one empty message list, so "no messages" never counts as a change. */
const noMessages: readonly string[] = /* @__PURE__ */ Object.freeze([]);

interface FieldEntry {
  readonly listeners: Set<() => void>;
  /** What `messages` was computed from: recomputed when either differs. */
  problem: ApiProblem | undefined;
  edited: boolean;
  messages: readonly string[];
  /** The messages the listeners last heard about: they are told only when `messages` moves away from it. */
  told: readonly string[];
}

function sameMessages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((message, index) => message === b[index]);
}

/** Anything thrown, or a problem, as the problem to show; `null` and `undefined` mean none. */
function problemOf(source: unknown): ApiProblem | undefined {
  if (source === null || source === undefined) return undefined;
  return isApiProblem(source) ? source : asProblem(source);
}

function notifyAll(listeners: Iterable<() => void>): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      // One broken subscriber must not keep the others stale; the host still sees the error.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** `subscribe` for a listener set: adds the listener, returns the function that removes it. */
function listenTo(listeners: Set<() => void>): (listener: () => void) => () => void {
  return (listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
}

/**
 * Creates the store behind one `ProblemScope`: it turns whatever failed (`setSource`) into one problem,
 * serves each field's server messages from it (any path notation, through `findFieldErrors`), clears a
 * field's messages once the person edits that field and returns them with the next problem object (as
 * React Aria's `useFormValidationState` does for `validationErrors`, research/anchors.md §3), keeps the
 * registry of field elements an error summary links to, and answers "focus the summary?" once per problem.
 * Framework free, no timers, nothing at creation but empty maps.
 *
 * @example
 * ```ts
 * const scope = createScopeStore();
 * const stop = scope.subscribeField('email', () => render(scope.getFieldMessages('email')));
 * scope.setSource(toProblem({ status: 422, body: { errors: { email: ['Enter an email address'] } } }));
 * scope.markEdited('email'); // listener called; getFieldMessages('email') is [] until the next problem
 * stop();
 * ```
 */
export function createScopeStore(): ScopeStore {
  let source: unknown;
  let problem: ApiProblem | undefined;
  let edited = new Set<string>();
  let pendingProblemChange = false;
  let focusedFor: ApiProblem | undefined;

  const problemListeners = new Set<() => void>();
  const fields = new Map<string, FieldEntry>();

  const elementRecords = new Map<string, { readonly id: string }[]>();
  let elementIds: ReadonlyMap<string, string> = new Map();
  const elementListeners = new Set<() => void>();

  function entryFor(key: string): FieldEntry {
    let entry = fields.get(key);
    if (entry === undefined) {
      entry = { listeners: new Set(), problem: undefined, edited: false, messages: noMessages, told: noMessages };
      fields.set(key, entry);
    }
    return entry;
  }

  /** Brings an entry up to date; returns whether its messages changed. */
  function refresh(key: string, entry: FieldEntry): boolean {
    const isEdited = edited.has(key);
    if (entry.problem === problem && entry.edited === isEdited) return false;
    entry.problem = problem;
    entry.edited = isEdited;
    const next = problem === undefined || isEdited ? noMessages : findFieldErrors(problem, key);
    if (sameMessages(entry.messages, next)) return false;
    entry.messages = next.length === 0 ? noMessages : Object.freeze(next);
    return true;
  }

  /** Tells a field's listeners, if its messages moved since they last heard. */
  function tell(entry: FieldEntry): void {
    if (entry.told === entry.messages) return;
    entry.told = entry.messages;
    if (entry.listeners.size > 0) notifyAll(entry.listeners);
  }

  function flush(): void {
    if (!pendingProblemChange) return;
    pendingProblemChange = false;
    // Entries are kept for the store's life (one per field name asked for): dropping an unsubscribed one would
    // hand a consumer that rendered but has not subscribed yet a new, equal array, and React would re-render it.
    for (const [key, entry] of fields) refresh(key, entry);
    notifyAll(problemListeners);
    // A consumer that rendered after a deferred set already holds the new messages; telling it again is free
    // (`useSyncExternalStore` compares snapshots), and a field whose messages did not change is not told at all.
    for (const entry of fields.values()) tell(entry);
  }

  function rebuildElementIds(): void {
    const previous = elementIds;
    // The first element registered for a field is its link target.
    const next = new Map([...elementRecords].map(([key, records]) => [key, records[0]?.id ?? '']));
    if (previous.size === next.size && [...next].every(([key, id]) => previous.get(key) === id)) return;
    elementIds = next;
    notifyAll(elementListeners);
  }

  return {
    setSource(next, options) {
      if (Object.is(next, source)) return false;
      source = next;
      const nextProblem = problemOf(next);
      if (nextProblem === problem) return false;
      problem = nextProblem;
      edited = new Set();
      pendingProblemChange = true;
      if (options?.defer !== true) flush();
      return true;
    },
    flush,
    getProblem: () => problem,
    subscribe: listenTo(problemListeners),
    getFieldMessages(name) {
      const key = fieldPath(String(name));
      const entry = entryFor(key);
      refresh(key, entry);
      return entry.messages;
    },
    subscribeField(name, listener) {
      const key = fieldPath(String(name));
      const entry = entryFor(key);
      refresh(key, entry);
      // A first listener has just read the current messages; a later one joins those already told.
      if (entry.listeners.size === 0) entry.told = entry.messages;
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
      };
    },
    markEdited(name) {
      if (problem === undefined) return;
      const key = fieldPath(String(name));
      if (edited.has(key)) return;
      edited.add(key);
      const entry = fields.get(key);
      if (entry !== undefined) {
        refresh(key, entry);
        tell(entry);
      }
    },
    isEdited: (name) => edited.has(fieldPath(String(name))),
    registerFieldElement(name, id) {
      const key = fieldPath(String(name));
      const record = { id };
      const records = elementRecords.get(key) ?? [];
      records.push(record);
      elementRecords.set(key, records);
      rebuildElementIds();
      let registered = true;
      return () => {
        if (!registered) return;
        registered = false;
        const list = elementRecords.get(key);
        if (list === undefined) return;
        const index = list.indexOf(record);
        if (index !== -1) list.splice(index, 1);
        if (list.length === 0) elementRecords.delete(key);
        rebuildElementIds();
      };
    },
    getFieldElementIds: () => elementIds,
    subscribeFieldElements: listenTo(elementListeners),
    takeSummaryFocus() {
      if (problem === undefined || focusedFor === problem) return false;
      focusedFor = problem;
      return true;
    },
  };
}
