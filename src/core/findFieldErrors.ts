import { fieldPath } from './fieldPath.js';

/**
 * One lookup index per problem, built on the first lookup. A WeakMap keeps it off the (immutable)
 * problem and lets it go with the problem.
 */
const indexes = new WeakMap<object, ReadonlyMap<string, readonly string[]>>();

const noMessages: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * The server's messages for one field, whatever path notation the server or the caller used:
 * `items.0.sku`, `items[0].sku`, `#/items/0/sku`, `/items/0/sku`, `$.items[0].sku` and
 * `Items[0].Sku` name the same field (see `fieldPath`); matching ignores case. When two server keys
 * name the same field (`Name` and `name`), their messages are joined in server order. Answers `[]`
 * when the field has no message or when `problem` is not an `ApiProblem`; never throws. The first
 * lookup on a problem builds an index, so later lookups cost one map read.
 *
 * @example
 * ```ts
 * const problem = toProblem({ status: 400, body: { errors: { 'Items[0].Sku': ['Required.'] }, traceId: 't' } });
 * findFieldErrors(problem, 'items.0.sku');   // ['Required.']
 * findFieldErrors(problem, '#/items/0/sku'); // ['Required.']
 * findFieldErrors(problem, 'name');          // []
 * ```
 */
export function findFieldErrors(problem: unknown, name: string): string[] {
  if (typeof problem !== 'object' || problem === null) return [];
  if (typeof name !== 'string' && typeof name !== 'number') return [];
  let index = indexes.get(problem);
  if (index === undefined) {
    index = buildIndex(problem);
    indexes.set(problem, index);
  }
  if (index.size === 0) return [];
  const messages = index.get(fieldPath(String(name)));
  return messages === undefined ? [] : [...messages];
}

// --- private helpers -------------------------------------------------------------------------------------------

/**
 * Accepts the contract's `Map` (from any realm) and, for problems that crossed a serialisation
 * boundary, a plain or null-prototype object of string arrays. Anything else has no field errors.
 */
function buildIndex(problem: object): ReadonlyMap<string, readonly string[]> {
  try {
    const source = (problem as { readonly fieldErrors?: unknown }).fieldErrors;
    if (typeof source !== 'object' || source === null) return noMessages;
    const index = new Map<string, string[]>();
    const add = (key: unknown, messages: unknown): void => {
      if (typeof key !== 'string' || !Array.isArray(messages)) return;
      const canonical = fieldPath(key);
      let list = index.get(canonical);
      for (const message of messages) {
        if (typeof message !== 'string') continue;
        if (list === undefined) {
          list = [];
          index.set(canonical, list);
        }
        list.push(message);
      }
    };
    if (Object.prototype.toString.call(source) === '[object Map]') {
      for (const [key, messages] of source as ReadonlyMap<unknown, unknown>) add(key, messages);
    } else {
      const record = source as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(record)) add(key, record[key]);
    }
    return index;
  } catch {
    // A fake Map, a throwing getter or iterator: the problem is not an ApiProblem we can read.
    return noMessages;
  }
}
