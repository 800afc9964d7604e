import { createMessageFormatter } from './createMessageFormatter.js';
import type { DurationOptions } from './MessageFormatter.js';

/**
 * A length of time in words for a locale: "28 seconds", "1 minute and 30 seconds", "2 Minuten".
 * Built on `Intl.NumberFormat` unit style (which knows each language's plurals) and
 * `Intl.ListFormat`, because Node 20 has no `Intl.DurationFormat`. Rounds the last unit up, so
 * the wait is never longer than the words promise. An unusable locale falls back to English. The
 * same as `createMessageFormatter(locale).duration(ms, options)`.
 *
 * @example
 * ```ts
 * formatDuration(28_000, 'en');                              // '28 seconds'
 * formatDuration(1_000, 'de');                               // '1 Sekunde'
 * formatDuration(250_000, 'en', { smallestUnit: 'minute' }); // '5 minutes'
 * ```
 */
export function formatDuration(ms: number, locale: string, options: DurationOptions = {}): string {
  return createMessageFormatter(locale).duration(ms, options);
}
