// RFC 9457 §3.1 (https://www.rfc-editor.org/rfc/rfc9457#section-3.1): "If a member's value type does not match the
// specified type, the member MUST be ignored". The dialects apply the same rule to every vendor member they read.
import { isRecord } from './isRecord.js';

/**
 * The value when it is a string with some non-blank text, else `undefined`. Dialects pick the first
 * member that has text, so a blank `title` does not hide a usable `message`. Blank means white space
 * and control characters only.
 *
 * @example
 * ```ts
 * textOf(' Not found ');  // ' Not found ' (toProblem trims)
 * textOf('   ');          // undefined
 * textOf(['x']);          // undefined
 * ```
 */
export function textOf(value: unknown): string | undefined {
  // The first character decides for almost every real string; `trim` only for the rest.
  return typeof value === 'string' && (value.charCodeAt(0) > 32 || value.trim()) ? value : undefined;
}

/**
 * A code as text: strings as they are, finite numbers in decimal (B2B `40010`, GraphQL `40101`).
 *
 * @example
 * ```ts
 * codeOf(40010);          // '40010'
 * codeOf('card_declined'); // 'card_declined'
 * codeOf({});             // undefined
 * ```
 */
export function codeOf(value: unknown): string | undefined {
  return typeof value === 'number' ? (Number.isFinite(value) ? `${value}` : undefined) : textOf(value);
}

/**
 * The text of the first of `names` that has some in `record` (`undefined` when `record` is not an object):
 * how every dialect reads "`detail`, else `message`, else …" without a chain of lookups.
 *
 * @example
 * ```ts
 * firstText({ message: ' ', reason: 'Too big.' }, ['detail', 'message', 'reason']); // 'Too big.'
 * firstText(undefined, ['pointer']);                                                // undefined
 * ```
 */
export function firstText(record: unknown, names: readonly string[]): string | undefined {
  if (isRecord(record)) {
    for (const name of names) {
      const text = textOf(record[name]);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
