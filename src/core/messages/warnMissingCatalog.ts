import { resolveLocale } from './resolveLocale.js';

/** The catalogs the kit ships in entries of their own (`problemkit/locales/<tag>`), by tag, with their export. */
const shippedSeparately: Readonly<Record<string, string>> = { de: 'deMessages' };

/** Tags already warned about: once per tag for the page's life, however many translators are made. */
const warned = /* @__PURE__ */ new Set<string>();

/**
 * Development only (call it behind `process.env.NODE_ENV !== 'production'`): when the locales a person asked for
 * would pick a catalog the kit ships in an entry of its own (German) but the app did not pass it in, so the words
 * fall back to English, says once on the console which import to add. A locale the kit has no catalog for stays
 * silent: English is then the intended fallback. Returns whether it wrote. Never throws.
 *
 * @example
 * ```ts
 * warnMissingCatalog(['de-AT'], ['en']);
 * // console.warn("problemkit: no catalog for the locale "de", so the kit speaks English. Add
 * //   import { deMessages } from 'problemkit/locales/de' and pass catalogs={{ de: deMessages }} …")
 * ```
 */
export function warnMissingCatalog(requested: readonly unknown[], supplied: readonly string[]): boolean {
  // English is always there: what nothing else matches falls back to it, and that is no reason to warn.
  const tag = resolveLocale(requested, [...supplied, 'en', ...Object.keys(shippedSeparately)]);
  const lower = tag.toLowerCase();
  if (supplied.some((own) => own.toLowerCase() === lower)) return false;
  const name = Object.hasOwn(shippedSeparately, tag) ? shippedSeparately[tag] : undefined;
  if (name === undefined || warned.has(tag) || typeof console === 'undefined') return false;
  warned.add(tag);
  console.warn(
    `problemkit: no catalog for the locale "${tag}", so the kit speaks English. Add ` +
      `import { ${name} } from 'problemkit/locales/${tag}' and pass catalogs={{ ${tag}: ${name} }} to ` +
      `ProblemProvider (or catalogs: { ${tag}: ${name} } to createTranslator).`,
  );
  return true;
}
