import type { ApiProblem, ProblemKind } from '../ApiProblem.js';
import { canonicalLocale } from './canonicalLocale.js';
import { createMessageFormatter } from './createMessageFormatter.js';
import { enMessages } from './enMessages.js';
import { interpolate } from './interpolate.js';
import { kindTitles } from './kindTitles.js';
import type { MessageCatalog, MessageEntry, MessageKey, MessageParams } from './MessageCatalog.js';
import type { MessageFormatter } from './MessageFormatter.js';
import { isReasonPhrase } from './reasonPhrase.js';
import { resolveLocale } from './resolveLocale.js';
import { textDirection } from './textDirection.js';
import { warnMissingCatalog } from './warnMissingCatalog.js';

// Not through @types/node: the library is built without Node's types. Bundlers replace exactly the expression
// `process.env.NODE_ENV` (see the call below).
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** A title or body the app supplies for one problem `type`: text, or a function of the problem. */
export type TypeMessage = string | ((problem: ApiProblem, format: MessageFormatter) => string);

/**
 * The app's own wording for one problem `type` URI (e.g. `https://example.net/out-of-credit`).
 *
 * @example
 * ```ts
 * const outOfCredit: TypeMessages = {
 *   title: 'You do not have enough credit',
 *   body: (problem, f) => `Your balance is ${f.number(Number((problem.body as { balance?: number }).balance), { style: 'currency', currency: 'EUR' })}.`,
 * };
 * ```
 */
export interface TypeMessages {
  readonly title?: TypeMessage;
  readonly body?: TypeMessage;
}

/**
 * Options of `createTranslator`. Every member is optional.
 *
 * @example
 * ```ts
 * const options: TranslatorOptions = { locale: navigator.languages, timeZone: 'Europe/Berlin' };
 * ```
 */
export interface TranslatorOptions {
  /** The person's locale, or their ordered preferences (`navigator.languages`). Default `'en'`. */
  readonly locale?: string | readonly string[];
  /** Single keys replaced on top of the chosen catalog (the app's own wording). */
  readonly overrides?: Partial<MessageCatalog>;
  /** Title and body per problem `type` URI; they win over every other title and body. */
  readonly types?: Readonly<Record<string, TypeMessages>>;
  /**
   * The languages besides English, by language tag: `{ de: deMessages }` (from `problemkit/locales/de`), or your
   * own catalogs. English is built in; every other catalog ships in an entry of its own, so a bundle carries only
   * the languages passed here.
   */
  readonly catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** IANA time zone for "back at" times and dates. Default: the runtime's. */
  readonly timeZone?: string;
  /**
   * Body titles that are only a reason phrase or a framework default ("Not Found", "One or more
   * validation errors occurred.") say less than the catalog title and are English whatever the
   * locale, so `titleFor` replaces them with the catalog title. `false` shows every body title as sent.
   * Default `true`.
   */
  readonly localizeGenericTitles?: boolean;
  /** Until how long before the "back at" time the banner says "in 5 minutes" instead. Default 1 hour. */
  readonly nearMs?: number;
}

/** The values argument of `t(key, …)`: required when the key has placeholders, absent otherwise. */
export type MessageValuesArg<K extends MessageKey> = keyof MessageParams[K] extends never
  ? [values?: MessageParams[K]]
  : [values: MessageParams[K]];

/**
 * Everything a component needs to put words on screen for one locale. Made by `createTranslator`.
 *
 * @example
 * ```ts
 * const tr: Translator = createTranslator({ locale: 'en' });
 * tr.t('action.tryAgain');          // 'Try again'
 * tr.rateLimitText(28_000);         // 'Too many requests. Try again in 0:28.'
 * ```
 */
export interface Translator {
  /** The locale `Intl` formats with (the person's own, e.g. `'de-AT'`). */
  readonly locale: string;
  /** The catalog that answers (e.g. `'de'` for `'de-AT'`). */
  readonly catalogLocale: string;
  /** Text direction for the `dir` attribute. */
  readonly dir: 'ltr' | 'rtl';
  /** Locale-bound `Intl` helpers (numbers, plurals, durations, times). */
  readonly format: MessageFormatter;
  /** The message for a key, with its values filled in. Keys and values are checked at compile time. */
  t<K extends MessageKey>(key: K, ...values: MessageValuesArg<K>): string;
  /** The title for a problem: the app's `type` title, else the body's own title, else the catalog's. */
  titleFor(problem: ApiProblem): string;
  /** What to do next for a problem: the app's `type` body, else the catalog body for its kind. */
  bodyFor(problem: ApiProblem): string;
  /** The visible rate-limit line: countdown, no-time message (`undefined`), or "try again now" (≤ 0). */
  rateLimitText(remainingMs: number | undefined): string;
  /** The same for a screen reader: the wait in words ("Try again in 28 seconds."). */
  rateLimitSpoken(remainingMs: number | undefined): string;
  /** Why an action is held during a rate limit ("Paused for 28 seconds because of too many requests."). */
  heldReason(remainingMs: number | undefined): string;
  /** When the service will be back: in N minutes when near, today at a time, or a day, date and time. */
  backAtText(backAtMs: number | undefined, nowMs: number): string;
  /** The document title while errors are shown: "Error: {title}". */
  errorDocumentTitle(title: string): string;
}

/**
 * Makes the translator components use for every word they show: picks the catalog for the
 * person's locale from English and the `catalogs` passed in (`de-AT` → German when `de` is among
 * them, anything unknown → English), applies the app's overrides per key and per problem `type`,
 * and formats numbers, plurals, durations and times with `Intl`. Never throws: unusable locales and
 * time zones fall back, and a catalog function that throws falls back to the English entry. In
 * development, a locale that would pick a catalog the kit ships separately (German) but was not
 * passed in is named once on the console, with the import to add.
 *
 * @example
 * ```ts
 * import { deMessages } from 'problemkit/locales/de';
 *
 * const tr = createTranslator({
 *   locale: 'de-AT',
 *   catalogs: { de: deMessages },
 *   timeZone: 'Europe/Vienna',
 *   overrides: { 'action.tryAgain': 'Nochmal' },
 *   types: { 'https://example.net/out-of-credit': { title: 'Ihr Guthaben reicht nicht aus' } },
 * });
 * tr.t('errorSummary.heading');      // 'Es ist ein Problem aufgetreten'
 * tr.rateLimitText(28_000);          // 'Zu viele Anfragen. Versuchen Sie es in 0:28 erneut.'
 * tr.rateLimitSpoken(28_000);        // 'Versuchen Sie es in 28 Sekunden erneut.'
 * tr.titleFor(problem);              // the type title, the body title, or 'Seite nicht gefunden' …
 * ```
 */
export function createTranslator(options: TranslatorOptions = {}): Translator {
  const catalogs: Readonly<Record<string, MessageCatalog>> = { en: enMessages, ...options.catalogs };
  const requested: readonly unknown[] = Array.isArray(options.locale) ? options.locale : [options.locale ?? 'en'];
  const catalogLocale = resolveLocale(requested, Object.keys(catalogs));
  // React's own pattern for development-only code: a bare `process.env.NODE_ENV !== 'production'` test, which
  // bundlers replace with a string literal, so in a production build the condition folds to `false`, the branch
  // is dropped and, with its only reference gone, the warning module is tree-shaken away. (A `typeof process`
  // guard is a run-time test that defeats this, and in Vite or webpack 5, which define no `process` in the
  // browser, it also silences the warning in development.) The try covers a page with no bundler and no
  // `process`, where the test throws a ReferenceError: that page gets production behaviour.
  try {
    if (process.env.NODE_ENV !== 'production') warnMissingCatalog(requested, Object.keys(catalogs));
  } catch {
    // No bundler and no `process`: production.
  }
  // Intl formats with the most specific usable tag the person asked for (so `de-AT` keeps
  // Austrian conventions while the `de` catalog supplies the words), else the catalog's tag.
  const intlLocale = requested.map(canonicalLocale).find((tag) => tag !== undefined) ?? catalogLocale;
  const format = createMessageFormatter(intlLocale, { timeZone: options.timeZone });
  const catalog = catalogs[catalogLocale] ?? enMessages;
  const overrides = options.overrides ?? {};
  const types = options.types ?? {};
  const localizeGenericTitles = options.localizeGenericTitles ?? true;
  const nearMs = options.nearMs ?? 3_600_000;

  /** A function entry's text; one that throws or returns no string counts as none. */
  function call<V>(entry: ((values: V, format: MessageFormatter) => string) | undefined, values: V) {
    try {
      const text = entry?.(values, format);
      return typeof text === 'string' ? text : undefined;
    } catch {
      return undefined;
    }
  }

  function t<K extends MessageKey>(key: K, ...rest: MessageValuesArg<K>): string {
    const values: object = rest[0] ?? {};
    for (const entry of [Object.hasOwn(overrides, key) ? overrides[key] : undefined, catalog[key], enMessages[key]]) {
      const text =
        typeof entry === 'string'
          ? interpolate(entry, values, format)
          : call(entry as Exclude<MessageEntry<object>, string> | undefined, values);
      if (text !== undefined) return text;
    }
    return key;
  }

  function typeMessage(problem: ApiProblem, part: 'title' | 'body'): string | undefined {
    const type = problem.type;
    if (typeof type !== 'string' || !Object.hasOwn(types, type)) return undefined;
    const entry = types[type]?.[part];
    return typeof entry === 'string' ? entry : call(entry, problem) || undefined;
  }

  function kindOf(problem: ApiProblem): ProblemKind {
    return typeof problem?.kind === 'string' && Object.hasOwn(kindTitles, problem.kind) ? problem.kind : 'unknown';
  }

  /** A rate-limit sentence: `noTimeKey` without a wait, "try again now" once it is over, else `key` with it. */
  function wait(remainingMs: number | undefined, key: 'rateLimit.countdown' | 'rateLimit.spoken' | 'rateLimit.held') {
    if (remainingMs === undefined || Number.isNaN(remainingMs)) {
      return t(key === 'rateLimit.held' ? 'rateLimit.heldNoTime' : 'rateLimit.noTime');
    }
    if (!(remainingMs > 0)) return t('rateLimit.ready');
    return t(key, {
      countdown: format.countdown(remainingMs),
      duration: format.duration(remainingMs),
      seconds: Math.ceil(remainingMs / 1000),
    });
  }

  return {
    locale: format.locale,
    catalogLocale,
    dir: textDirection(format.locale),
    format,
    t,
    titleFor(problem) {
      const title = problem?.title;
      return (
        typeMessage(problem, 'title') ??
        (problem?.titleSource === 'body' &&
        typeof title === 'string' &&
        title.trim() !== '' &&
        !(localizeGenericTitles && isReasonPhrase(title))
          ? title
          : t(`${kindOf(problem)}.title`))
      );
    },
    bodyFor(problem) {
      return typeMessage(problem, 'body') ?? t(`${kindOf(problem)}.body`);
    },
    rateLimitText: (remainingMs) => wait(remainingMs, 'rateLimit.countdown'),
    rateLimitSpoken: (remainingMs) => wait(remainingMs, 'rateLimit.spoken'),
    heldReason: (remainingMs) => wait(remainingMs, 'rateLimit.held'),
    backAtText(backAtMs, nowMs) {
      if (backAtMs === undefined || !Number.isFinite(backAtMs) || !(backAtMs > nowMs)) {
        return t('maintenance.unknownTime');
      }
      const remaining = backAtMs - nowMs;
      if (remaining <= nearMs) {
        // "in 5 minutes" reads calmer than a ticking "in 4 minutes and 10 seconds"; seconds only
        // in the last minute.
        const smallestUnit = remaining >= 60_000 ? 'minute' : 'second';
        return t('maintenance.backIn', { duration: format.duration(remaining, { smallestUnit, maxUnits: 2 }) });
      }
      const time = format.time(backAtMs);
      return format.sameDay(backAtMs, nowMs)
        ? t('maintenance.backToday', { time })
        : t('maintenance.backAt', { time, date: format.date(backAtMs, nowMs) });
    },
    errorDocumentTitle: (title) => t('documentTitle.error', { title }),
  };
}
