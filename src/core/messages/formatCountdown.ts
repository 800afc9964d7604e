import { createMessageFormatter } from './createMessageFormatter.js';

/**
 * The countdown display for a remaining time: `m:ss` ("0:28", "2:05"), or `h:mm:ss` from one hour
 * ("1:00:00"). Rounds up to the next whole second, so the display reaches "0:00" exactly at the
 * deadline and never shows a time shorter than the real wait. Digits follow the locale (Arabic
 * locales get Arabic-Indic digits); negative or non-finite input shows "0:00". The same as
 * `createMessageFormatter(locale).countdown(ms)`, which keeps its `Intl` objects for the next tick.
 *
 * @example
 * ```ts
 * formatCountdown(27_200);      // '0:28'
 * formatCountdown(3_600_000);   // '1:00:00'
 * ```
 */
export function formatCountdown(ms: number, locale = 'en'): string {
  return createMessageFormatter(locale).countdown(ms);
}
