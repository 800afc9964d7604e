// Retry-After = HTTP-date / delay-seconds (RFC 9110 §10.2.3, https://www.rfc-editor.org/rfc/rfc9110#field.retry-after).
// HTTP-date has three forms and "recipients … MUST accept all three" (RFC 9110 §5.6.7):
//   IMF-fixdate  Sun, 06 Nov 1994 08:49:37 GMT
//   RFC 850      Sunday, 06-Nov-94 08:49:37 GMT   (obsolete, two-digit year)
//   asctime      Sun Nov  6 08:49:37 1994         (obsolete, UTC)
// The dates are parsed by hand, like ky 2 (`source/core/retry-timing.ts`): `Date.parse` accepts far more
// than HTTP-date, differently per engine, and untrusted input should not reach it.
// Delay-seconds is `1*DIGIT`, but Shopify sends `Retry-After: 2.0` (shopify.dev, admin-rest rate limits), so a
// decimal fraction is accepted too (research/formats.md §7, §8).
// Day and month names are matched case-insensitively: the grammar is case-sensitive, but RFC 9110 §5.6.7 lets
// recipients be lenient, and a wrong-case date is still clearly a date. A recognised weekday name is required, but
// a weekday that disagrees with the date is tolerated (as ky does).

/** Month index × 3 in this string (`indexOf`), so a name that straddles two months is not one. */
const months = 'janfebmaraprmayjunjulaugsepoctnovdec';

// One pattern per form; the groups are day, month, year, hour, minute, second in every form (asctime's year moves).
const imfFixdate = /^(?:sun|mon|tue|wed|thu|fri|sat), (\d\d) ([a-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) gmt$/i;
const rfc850 = /^(?:sun|mon|tues|wednes|thurs|fri|satur)day, (\d\d)-([a-z]{3})-(\d\d) (\d\d):(\d\d):(\d\d) gmt$/i;
const asctime = /^(?:sun|mon|tue|wed|thu|fri|sat) ([a-z]{3}) (\d\d| \d) (\d\d):(\d\d):(\d\d) (\d{4})$/i;

/**
 * Epoch ms for a date's parts, or undefined for an impossible date (31 Feb, 25:00, month "Foo"). `setUTCFullYear`
 * avoids `Date.UTC`'s mapping of years 0–99 to 1900–1999 and normalises overflow (31 Feb → 3 Mar), which the day
 * check then refuses. RFC 9110's `second = 2DIGIT` allows 60 (a leap second): it reads as the next second.
 */
function utcTime(year: number, month = '', ...parts: (string | undefined)[]): number | undefined {
  const [day = 0, hour = 0, minute = 0, second = 0] = parts.map(Number);
  const index = months.indexOf(month.toLowerCase());
  const date = new Date(0);
  const time = date.setUTCFullYear(year, index / 3, day);
  return index % 3 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60
    ? undefined
    : time + ((hour * 60 + minute) * 60 + second) * 1000;
}

function parseHttpDate(text: string, nowMs: number): number | undefined {
  let match = imfFixdate.exec(text);
  if (match) return utcTime(Number(match[3]), match[2], match[1], match[4], match[5], match[6]);
  match = rfc850.exec(text);
  if (match) {
    // RFC 9110 §5.6.7: a two-digit year that "appears to be more than 50 years in the future" means
    // "the most recent year in the past that had the same last two digits". "Now" is the injected clock.
    const nowYear = new Date(nowMs).getUTCFullYear();
    let year = nowYear - (nowYear % 100) + Number(match[3]);
    if (year > nowYear + 50) year -= 100;
    else if (year < nowYear - 49) year += 100;
    return utcTime(year, match[2], match[1], match[4], match[5], match[6]);
  }
  match = asctime.exec(text);
  return match ? utcTime(Number(match[6]), match[1], match[2], match[3], match[4], match[5]) : undefined;
}

/**
 * Reads a `Retry-After` value into milliseconds to wait from `nowMs`: delay-seconds (decimals such as
 * Shopify's `2.0` included) or an HTTP-date in any of RFC 9110's three forms (IMF-fixdate, RFC 850 with a
 * two-digit year, asctime), which is measured against `nowMs` so tests can inject a clock. A date in the past
 * gives `0`. A finite, non-negative number is taken as seconds. Anything else — empty, negative, `NaN`,
 * garbage, a non-string — gives `undefined`; it never throws and never caps (callers such as
 * `readRetryTiming` apply their own ceiling).
 *
 * @example
 * ```ts
 * const now = Date.UTC(2026, 9, 21, 7, 28, 0);
 * parseRetryAfter('120', now);                              // 120000
 * parseRetryAfter('2.0', now);                              // 2000
 * parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now);    // 30000
 * parseRetryAfter('Wednesday, 21-Oct-26 07:28:30 GMT', now); // 30000
 * parseRetryAfter('Wed Oct 21 07:28:30 2026', now);         // 30000
 * parseRetryAfter('soon', now);                             // undefined
 * ```
 */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
  if (typeof value === 'number') return value >= 0 && value * 1000 < Number.MAX_SAFE_INTEGER ? value * 1000 : undefined;
  // Longest value worth looking at: an RFC 850 date is 37 characters, a long decimal about 20.
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const ms = Math.round(+text * 1000);
    return Number.isSafeInteger(ms) ? ms : undefined;
  }
  const at = Number.isFinite(nowMs) ? parseHttpDate(text, nowMs) : undefined;
  return at === undefined ? undefined : Math.max(0, at - nowMs);
}
