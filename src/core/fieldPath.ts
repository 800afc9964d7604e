// One path syntax for every notation servers use for a field (research/formats.md §9.5):
// - dots and indexes: Laravel `users.0.email`, BigCommerce `setting.0.settings`, `.customer_create` (leading dot);
// - brackets: ASP.NET `Items[0].Sku`, Rails `user[address][city]`, Stripe `card[exp_month]`;
// - JSONPath: System.Text.Json `$.Ages[1]`, `$['a b']` (https://www.rfc-editor.org/rfc/rfc9535 §2.5.1);
// - JSON Pointer: RFC 9457 `#/profile/color`, Sinch `/age`, JSON:API `/data/attributes/firstName`
//   (https://www.rfc-editor.org/rfc/rfc6901: `~1` is `/`, `~0` is `~`; §6 fragments are percent-encoded;
//   https://jsonapi.org/format/#error-objects for the `/data/attributes/` prefix).

const slash = 47; // /
const hash = 35; // #
const dollar = 36; // $
const dot = 46; // .
const openBracket = 91; // [
const singleQuote = 39; // '
const doubleQuote = 34; // "
const backslash = 92; // \

/**
 * The segments of a field path in any notation, in the server's original case: `Items[0].Sku`,
 * `items.0.sku`, `#/items/0/sku`, `/items/0/sku` and `$.items[0].sku` all give `['Items', '0', 'Sku']`
 * (or its lower-case spelling). JSON Pointer escapes and fragment percent-encoding are decoded, a
 * leading `.` is dropped, bracket-quoted keys (`$['a b']`) keep their dots and spaces, JSON:API's
 * `/data/attributes/` prefix is dropped and `/data/relationships/x` gives `x`. `''`, `$`, `#` and `/`
 * (the whole document) give `[]`. Total: any string, never throws. Adapters use it to build names.
 *
 * @example
 * ```ts
 * fieldPathSegments('$.Items[0].Sku');                // ['Items', '0', 'Sku']
 * fieldPathSegments('/data/attributes/first~1name');  // ['first/name']
 * fieldPathSegments("$['user Id']");                  // ['user Id']
 * ```
 */
export function fieldPathSegments(path: string): string[] {
  if (typeof path !== 'string') return [];
  const text = path.trim();
  const segments: string[] = [];
  const length = text.length;
  if (length === 0) return segments;
  const first = text.charCodeAt(0);
  if (first === slash) {
    readPointer(text, 1, false, segments);
  } else if (first === hash) {
    if (text.charCodeAt(1) === slash) readPointer(text, 2, true, segments);
    else readDotted(text, 1, segments);
  } else if (first === dollar && (length === 1 || text.charCodeAt(1) === dot || text.charCodeAt(1) === openBracket)) {
    readDotted(text, 1, segments);
  } else {
    readDotted(text, 0, segments);
  }
  return withoutJsonApiPrefix(segments);
}

/**
 * The canonical lookup key for a field path: lower-case segments joined by dots. Every notation of
 * one field gives the same key, so `items.0.sku`, `items[0].sku`, `#/items/0/sku`, `/items/0/sku`,
 * `$.items[0].sku` and `Items[0].Sku` all give `items.0.sku`; `''`, `$`, `#` and `/` give `''` (the
 * form as a whole). Keys with spaces (B2B Edition's `user Id`) stay addressable. Total: any string,
 * never throws. `findFieldErrors` compares keys made by this function.
 *
 * @example
 * ```ts
 * fieldPath('$.Items[0].Sku');                 // 'items.0.sku'
 * fieldPath('#/profile/color');                // 'profile.color'
 * fieldPath('/data/attributes/firstName');     // 'firstname'
 * fieldPath('.customer_create');               // 'customer_create'
 * ```
 */
export function fieldPath(path: string): string {
  if (typeof path !== 'string') return '';
  if (isCanonical(path)) return path;
  return fieldPathSegments(path).join('.').toLowerCase();
}

// --- private helpers -------------------------------------------------------------------------------------------

/**
 * The common case, checked with one character scan instead of a parse: lower-case letters, digits,
 * `_`, `-` and single inner dots (`primary_contact.district`, `0.matching.type`) are already canonical.
 */
function isCanonical(path: string): boolean {
  const length = path.length;
  if (length === 0) return true;
  let previous = dot; // so that a leading dot is rejected
  for (let index = 0; index < length; index += 1) {
    const code = path.charCodeAt(index);
    if (code === dot) {
      if (previous === dot) return false;
    } else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 45)) {
      return false;
    }
    previous = code;
  }
  if (previous === dot) return false;
  // `data.attributes.x` / `data.relationships.x` lose their JSON:API prefix: not canonical as written.
  return !(path.startsWith('data.attributes') || path.startsWith('data.relationships'));
}

/** JSON Pointer (RFC 6901): `/`-separated, `~1` → `/` then `~0` → `~`; fragments are percent-decoded first. */
function readPointer(text: string, start: number, fragment: boolean, segments: string[]): void {
  let from = start;
  while (from <= text.length) {
    let to = text.indexOf('/', from);
    if (to === -1) to = text.length;
    let segment = text.slice(from, to);
    if (fragment && segment.includes('%')) segment = percentDecoded(segment);
    if (segment.includes('~')) segment = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    if (segment.length > 0) segments.push(segment);
    from = to + 1;
  }
}

function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray `%` is a literal character, not an error
  }
}

/** Dots and brackets: `a.b`, `a[0].b`, `a[b][c]`, `['a b']`, `["x.y"]`; a leading dot is skipped. */
function readDotted(text: string, start: number, segments: string[]): void {
  const length = text.length;
  let segmentStart = start;
  let index = start;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === dot) {
      push(segments, text.slice(segmentStart, index));
      index += 1;
      segmentStart = index;
    } else if (code === openBracket) {
      push(segments, text.slice(segmentStart, index));
      const quote = text.charCodeAt(index + 1);
      if (quote === singleQuote || quote === doubleQuote) {
        const end = readQuoted(text, index + 2, quote, segments);
        if (end !== -1) {
          index = end;
          segmentStart = index;
          continue;
        }
      }
      const close = text.indexOf(']', index + 1);
      if (close === -1) {
        // An unclosed bracket: the rest is one literal segment.
        push(segments, text.slice(index + 1));
        return;
      }
      push(segments, text.slice(index + 1, close));
      index = close + 1;
      segmentStart = index;
    } else {
      index += 1;
    }
  }
  push(segments, text.slice(segmentStart));
}

/** A quoted bracket key (`'a b']`); returns the index after `]`, or -1 when it is not well formed. */
function readQuoted(text: string, start: number, quote: number, segments: string[]): number {
  let value = '';
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === backslash && index + 1 < text.length) {
      value += text[index + 1];
      index += 2;
    } else if (code === quote) {
      if (text.charCodeAt(index + 1) !== 93) return -1; // not followed by `]`
      push(segments, value);
      return index + 2;
    } else {
      value += text[index];
      index += 1;
    }
  }
  return -1;
}

function push(segments: string[], segment: string): void {
  if (segment.length > 0) segments.push(segment);
}

/** JSON:API: `/data/attributes/x` → `x`; `/data/relationships/x` (and `…/x/data`) → `x`. */
function withoutJsonApiPrefix(segments: string[]): string[] {
  if (segments.length < 2 || segments[0]?.toLowerCase() !== 'data') return segments;
  const second = segments[1]?.toLowerCase();
  if (second === 'attributes') return segments.slice(2);
  if (second !== 'relationships') return segments;
  const rest = segments.slice(2);
  if (rest[1]?.toLowerCase() === 'data') rest.splice(1, 1);
  return rest;
}
