import { canonicalLocale } from './canonicalLocale.js';
import { durationParts } from './durationParts.js';
import type { MessageFormatter } from './MessageFormatter.js';

/** A time zone `Intl.DateTimeFormat` accepts, else `undefined` (it throws a RangeError on others). */
function validTimeZone(timeZone: unknown): string | undefined {
  if (typeof timeZone !== 'string' || timeZone === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Builds the locale-bound `Intl` helpers catalog functions receive (see `MessageFormatter`). The
 * `Intl` objects are created lazily and cached, because a countdown formats once a second and
 * constructing `Intl` objects is the expensive part. Never throws: an unusable locale becomes
 * `'en'` and an unknown time zone is ignored (the runtime's own zone is used).
 *
 * @example
 * ```ts
 * const format = createMessageFormatter('en-GB', { timeZone: 'Europe/London' });
 * format.time(Date.UTC(2026, 10, 23, 9, 0)); // '09:00'
 * format.duration(120_000);                  // '2 minutes'
 * ```
 */
export function createMessageFormatter(locale: string, options: { readonly timeZone?: string } = {}): MessageFormatter {
  const tag = canonicalLocale(locale) ?? 'en';
  const timeZone = validTimeZone(options.timeZone);
  const cache = new Map<string, unknown>();
  const cached = <T>(key: string, create: () => T): T => {
    if (!cache.has(key)) cache.set(key, create());
    return cache.get(key) as T;
  };
  const numbers = (key: string, numberOptions?: Intl.NumberFormatOptions) =>
    cached(key, () => new Intl.NumberFormat(tag, numberOptions));
  const dates = (key: string, dateOptions: Intl.DateTimeFormatOptions) =>
    cached(key, () => new Intl.DateTimeFormat(tag, { ...dateOptions, timeZone }));
  const lists = (type: 'conjunction' | 'unit') =>
    cached(`list:${type}`, () => new Intl.ListFormat(tag, { type, style: 'long' }));
  const safe = (epochMs: number) => (Number.isFinite(epochMs) ? epochMs : 0);
  const dayKey = (epochMs: number) =>
    dates('day', { year: 'numeric', month: 'numeric', day: 'numeric' }).format(epochMs);
  const yearOf = (epochMs: number) => dates('year', { year: 'numeric' }).format(epochMs);

  return {
    locale: tag,
    timeZone,
    number(value, numberOptions) {
      try {
        if (numberOptions !== undefined) return new Intl.NumberFormat(tag, numberOptions).format(value);
      } catch {
        // Options Intl rejects (an unknown currency): the plain number says the most that can be said.
      }
      return numbers('number').format(value);
    },
    plural(count, forms) {
      const category = cached('plural', () => new Intl.PluralRules(tag)).select(count);
      return (forms[category] ?? forms.other).replaceAll('#', numbers('number').format(count));
    },
    duration(ms, durationOptions = {}) {
      const unitDisplay = durationOptions.unitDisplay ?? 'long';
      const words = durationParts(ms, durationOptions).map(({ unit, value }) =>
        numbers(`unit:${unit}:${unitDisplay}`, { style: 'unit', unit, unitDisplay }).format(value),
      );
      return lists(unitDisplay === 'long' ? 'conjunction' : 'unit').format(words);
    },
    countdown(ms) {
      const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
      // `m:ss` under an hour, `h:mm:ss` from one hour: the leading unit unpadded, the others two digits.
      const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
      if (parts[0] === 0) parts.shift();
      return parts
        .map((part, index) =>
          (index === 0
            ? numbers('count', { useGrouping: false })
            : numbers('count:2', { useGrouping: false, minimumIntegerDigits: 2 })
          ).format(part),
        )
        .join(':');
    },
    time(epochMs) {
      return dates('time', { hour: 'numeric', minute: '2-digit' }).format(safe(epochMs));
    },
    date(epochMs, nowMs) {
      const at = safe(epochMs);
      // GOV.UK's service-unavailable pattern names the day and the date ("Monday 19 November");
      // the year only adds noise unless it differs from the current one.
      const withYear = nowMs === undefined || yearOf(at) !== yearOf(safe(nowMs));
      return dates(withYear ? 'date:year' : 'date', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: withYear ? 'numeric' : undefined,
      }).format(at);
    },
    sameDay(aMs, bMs) {
      return dayKey(safe(aMs)) === dayKey(safe(bMs));
    },
    list(items) {
      return lists('conjunction').format(items);
    },
  };
}
