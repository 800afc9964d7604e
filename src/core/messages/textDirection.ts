import { canonicalLocale } from './canonicalLocale.js';

// Scripts written right to left (Unicode script codes, ISO 15924), among those CLDR assigns as a
// locale's likely script: Arabic, Nastaliq Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi
// Rohingya, Mandaic, Samaritan, Mende Kikakui.
const rtlScripts = /* @__PURE__ */ new Set([
  'Arab',
  'Aran',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
  'Mend',
]);
// Used only when the runtime cannot tell a locale's likely script (no `Intl.Locale#maximize`).
const rtlLanguages = /* @__PURE__ */ new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * Whether text in a locale runs left to right or right to left, for a component's `dir`
 * attribute. Decided by the locale's script, so `az-Arab` is `rtl` while `ku` (Latin by default)
 * is `ltr`; Arabic, Hebrew, Persian and Urdu are `rtl`. Unusable input is `ltr`.
 *
 * @example
 * ```ts
 * textDirection('ar-EG'); // 'rtl'
 * textDirection('de');    // 'ltr'
 * ```
 */
export function textDirection(locale: unknown): 'ltr' | 'rtl' {
  const tag = canonicalLocale(locale);
  if (tag === undefined) return 'ltr';
  try {
    const parsed = new Intl.Locale(tag);
    const script = parsed.script ?? parsed.maximize().script;
    if (script !== undefined) return rtlScripts.has(script) ? 'rtl' : 'ltr';
  } catch {
    // Fall through to the language list.
  }
  return rtlLanguages.has(tag.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
