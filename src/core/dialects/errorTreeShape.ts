// Error trees as Django REST framework (https://www.django-rest-framework.org/api-guide/serializers/#validation) and
// Rails (https://api.rubyonrails.org/classes/ActiveModel/Errors.html#method-i-to_hash) send them.
import { isRecord } from './isRecord.js';

/**
 * The shape of a DRF/Rails-style error tree: `'messages'` for a non-empty list of strings, `'nested'`
 * for a non-empty object whose members are all error trees (or a list of such objects, where `{}`
 * marks an item without errors), `undefined` for anything else. Bare maps are only read as errors
 * when every value fits (research/formats.md §9.4), so ordinary JSON is not mistaken for them.
 * Nesting deeper than 32 is not a tree a person could act on.
 *
 * @example
 * ```ts
 * errorTreeShape(['This field is required.']);        // 'messages'
 * errorTreeShape({ items: [{}, { sku: ['Bad.'] }] }); // 'nested'
 * errorTreeShape({ id: 5 });                          // undefined
 * ```
 */
export function errorTreeShape(value: unknown, depth = 0): 'messages' | 'nested' | undefined {
  if (depth > 32) return undefined;
  if (Array.isArray(value) && typeof value[0] === 'string') {
    return value.every((item) => typeof item === 'string') ? 'messages' : undefined;
  }
  const children: unknown[] = Array.isArray(value)
    ? value.every(isRecord)
      ? value.flatMap((item) => Object.values(item))
      : []
    : isRecord(value)
      ? Object.values(value)
      : [];
  return children.length && children.every((child) => errorTreeShape(child, depth + 1)) ? 'nested' : undefined;
}
