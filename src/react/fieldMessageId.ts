'use client';
import { fieldPath } from '../core/fieldPath.js';

/**
 * The id of the element that shows a field's messages (`FieldError` renders it, `useFieldProps` points
 * `aria-describedby` at it), derived from the scope's `useId()` and the field's canonical path, so both
 * sides agree without talking to each other and the server renders the same id the client hydrates. Outside
 * any scope the prefix is `problemkit`, which is unique as long as the field name is. Characters that an id
 * list (`aria-describedby` is space-separated) or a URL fragment would mangle are escaped as `_<hex>_`, and `_`
 * itself too, so two different paths never share an id.
 *
 * @example
 * ```ts
 * fieldMessageId('«r1»', 'Items[0].Sku'); // '«r1»-items.0.sku-error'
 * fieldMessageId(undefined, 'user Id');  // 'problemkit-user_20_id-error'
 * ```
 */
export function fieldMessageId(scopeId: string | undefined, name: string): string {
  const key = fieldPath(String(name)).replace(/[^a-z0-9.-]/gu, (character) => {
    return `_${(character.codePointAt(0) ?? 0).toString(16)}_`;
  });
  return `${scopeId ?? 'problemkit'}-${key}-error`;
}
