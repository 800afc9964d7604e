/**
 * The canonical BCP 47 form of a locale tag (`'DE-at'` → `'de-AT'`, `'en_GB'` → `'en-GB'`), or
 * `undefined` when the value is not a usable tag. Every `Intl` constructor throws a `RangeError` on
 * a malformed tag, and locales often come from untrusted places (`navigator.language`, a cookie, an
 * `Accept-Language` header), so the kit canonicalises once here and never lets `Intl` throw.
 *
 * @example
 * ```ts
 * canonicalLocale('en_gb'); // 'en-GB'
 * canonicalLocale('%%');    // undefined
 * ```
 */
export function canonicalLocale(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // POSIX-style tags (`de_AT.UTF-8`, from server environments) are common enough to accept.
  const tag = value.trim().replace(/\..*$/, '').replaceAll('_', '-');
  if (tag === '' || tag.length > 100) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
