import { canonicalLocale } from './canonicalLocale.js';

/** The tag and its shorter forms, most specific first: `de-Latn-AT` → `de-Latn-AT`, `de-Latn`, `de`. */
function truncations(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/**
 * Picks the catalog for the locales a person asked for, by RFC 4647 "lookup": each requested tag
 * in order, then its shorter forms (`de-AT` → `de`), also through its likely script (`zh-TW` →
 * `zh-Hant`), before trying the next requested tag; English when nothing matches. Matching ignores
 * case. Never throws: malformed tags are skipped.
 *
 * @example
 * ```ts
 * resolveLocale('de-AT', ['en', 'de']);          // 'de'
 * resolveLocale(['fr-CA', 'de'], ['en', 'de']);  // 'de'
 * resolveLocale('pt-BR', ['en', 'de']);          // 'en'
 * ```
 */
export function resolveLocale(requested: unknown, available: readonly string[], fallback = 'en'): string {
  const byLowerCase = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const wanted: readonly unknown[] = Array.isArray(requested) ? requested : [requested];
  for (const value of wanted) {
    const tag = canonicalLocale(value);
    if (tag === undefined) continue;
    const plain = truncations(tag);
    let maximized: string[] = [];
    try {
      maximized = truncations(new Intl.Locale(tag).maximize().toString()).slice(0, -1);
    } catch {
      // No likely-subtags data in this runtime: the plain truncations still work.
    }
    // The bare language goes last, so `zh-TW` prefers `zh-Hant` over `zh`.
    const candidates = [...plain.slice(0, -1), ...maximized, ...plain.slice(-1)];
    for (const candidate of candidates) {
      const match = byLowerCase.get(candidate.toLowerCase());
      if (match !== undefined) return match;
    }
  }
  return byLowerCase.get(fallback.toLowerCase()) ?? available[0] ?? fallback;
}
