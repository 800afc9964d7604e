'use client';
import { fieldPath } from '../core/fieldPath.js';

/** Elements a server message can be about: everything that takes a `name` in a form. */
const namedControls = 'input[name], select[name], textarea[name], button[name], fieldset[name]';

/**
 * The controls under `root` that show the given fields, in document order: for each name, the first element whose
 * `name` attribute names the same field in any notation and case (`contacts[0].email` ≡ `contacts.0.email`, see
 * `fieldPath`), else the element whose `id` is the name (TanStack Form's examples use `id={field.name}`). Hidden
 * inputs are skipped. Form adapters use it to find the first invalid field when the form library keeps no element
 * references (TanStack Form) or to order the ones it keeps (react-hook-form). Never throws; `[]` without a DOM.
 *
 * @example
 * ```ts
 * findFieldControls(document, ['address.city', 'companyName']);
 * // [['companyName', <input name="companyName">], ['address.city', <input name="address.city">]]
 * ```
 */
export function findFieldControls(root: ParentNode | null | undefined, names: Iterable<string>): [string, Element][] {
  try {
    if (root === null || root === undefined || typeof root.querySelectorAll !== 'function') return [];
    const wanted = new Map<string, string>();
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const canonical = fieldPath(name);
      if (canonical !== '' && !wanted.has(canonical)) wanted.set(canonical, name);
    }
    if (wanted.size === 0) return [];
    const found = new Map<string, Element>();
    for (const element of Array.from(root.querySelectorAll(namedControls))) {
      if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
      const attribute = element.getAttribute('name');
      if (attribute === null) continue;
      const canonical = fieldPath(attribute);
      const name = wanted.get(canonical);
      if (name !== undefined && !found.has(name)) found.set(name, element);
    }
    const document = 'ownerDocument' in root && root.ownerDocument !== null ? root.ownerDocument : root;
    for (const name of wanted.values()) {
      if (found.has(name)) continue;
      const byId = 'getElementById' in document ? (document as Document).getElementById(name) : null;
      if (byId !== null && (root === document || (root as Node).contains(byId))) found.set(name, byId);
    }
    return [...found].sort(([, a], [, b]) => documentOrder(a, b));
  } catch {
    return [];
  }
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
