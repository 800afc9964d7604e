/**
 * The words for each plural category of a count, as `Intl.PluralRules` names them. `other` is the
 * only required one (every language has it); `#` in a form is replaced by the formatted count.
 * See https://unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html for which
 * categories a language uses (English: one, other; Arabic: zero, one, two, few, many, other).
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** How `MessageFormatter.duration` (and `formatDuration`) spells a length of time. */
export interface DurationOptions {
  /** The most units to name, largest first: 2 gives "1 minute and 30 seconds". Default 2. */
  readonly maxUnits?: number;
  /** Round up to this unit: `'minute'` turns 4 min 10 s into "5 minutes". Default `'second'`. */
  readonly smallestUnit?: 'second' | 'minute' | 'hour';
  /** `Intl.NumberFormat` unit display. Default `'long'` ("28 seconds"); `'short'` gives "28 sec". */
  readonly unitDisplay?: 'long' | 'short' | 'narrow';
}

/**
 * Locale-bound `Intl` formatting handed to every catalog function entry, so a catalog can spell
 * plurals, numbers, times and durations correctly in its own language without knowing the
 * person's exact locale or time zone. Build one with `createMessageFormatter`; a translator
 * exposes its own as `translator.format`.
 *
 * @example
 * ```ts
 * const format = createMessageFormatter('de-AT', { timeZone: 'Europe/Vienna' });
 * format.plural(2, { one: '# Problem', other: '# Probleme' }); // '2 Probleme'
 * format.duration(28_000);                                     // '28 Sekunden'
 * format.countdown(28_000);                                    // '0:28'
 * ```
 */
export interface MessageFormatter {
  /** The BCP 47 locale every `Intl` call uses (canonicalised; `'en'` when the input was unusable). */
  readonly locale: string;
  /** The IANA time zone for times and dates, when one was given and is valid. */
  readonly timeZone: string | undefined;
  /** A number in the locale's digits and grouping. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** The form for `count`'s plural category, with `#` replaced by the formatted count. */
  plural(count: number, forms: PluralForms): string;
  /** A length of time in words: "28 seconds", "2 minutes", "1 hour and 5 minutes". Rounds up. */
  duration(ms: number, options?: DurationOptions): string;
  /** A countdown display: `m:ss`, or `h:mm:ss` from one hour. Rounds up to the next second. */
  countdown(ms: number): string;
  /** A time of day ("9:00 AM", "09:00") for an epoch-ms instant. */
  time(epochMs: number): string;
  /** A day with its weekday ("Monday 19 November"); the year is added when it differs from `nowMs`'s. */
  date(epochMs: number, nowMs?: number): string;
  /** Whether two instants fall on the same calendar day in this formatter's time zone. */
  sameDay(aMs: number, bMs: number): boolean;
  /** A list joined the locale's way: "a, b and c", "a, b und c". */
  list(items: readonly string[]): string;
}
