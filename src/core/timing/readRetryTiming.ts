import type { RateLimitInfo } from '../ApiProblem.js';
import { parseRetryAfter } from './parseRetryAfter.js';

// Sources for every header read here (details in research/formats.md §3, §4, §7, §8):
// - Retry-After: RFC 9110 §10.2.3. Authoritative whenever present and valid (RateLimit draft-07 §: "Retry-After
//   MUST take precedence"; ky 2 reads it first and falls through only when it is missing).
// - BigCommerce REST (bigcommerce/docs `api-rate-limits.mdx`, `start/about/index.mdx`): X-Retry-After (s),
//   X-Rate-Limit-Time-Reset-Ms, -Time-Window-Ms (ms), -Requests-Quota, -Requests-Left. "If both X-Retry-After and
//   X-Rate-Limit-Time-Reset-Ms are present, honor the longer of the two."
// - IETF draft-ietf-httpapi-ratelimit-headers (github.com/ietf-wg-httpapi/ratelimit-headers): -08…-11 use Structured
//   Field lists, `RateLimit-Policy: "burst";q=100;w=60` and `RateLimit: "default";r=50;t=30`; -07 used a dictionary
//   `RateLimit: limit=100, remaining=50, reset=5` with `RateLimit-Policy: 100;w=10`; ≤ -06 used separate
//   RateLimit-Limit/-Remaining/-Reset (delta-seconds). "Malformed fields MUST be ignored."
// - Vendor forms, in ky 2's order (`source/core/retry-timing.ts`): X-RateLimit-Retry-After (Symfony),
//   X-RateLimit-Reset (GitHub, epoch seconds), X-Rate-Limit-Reset (Twitter, epoch seconds).
// - BigCommerce B2B Edition (`b2b-edition/about/index.mdx`): X-Requests-Allocated "150 times/60 s",
//   X-Requests-Remaining "150 times", X-Request-Window-Resets-After "0.3973509933774834 s".
// - Shopify Admin REST: X-Shopify-Shop-Api-Call-Limit "40/40" (calls used / bucket size).
// The header names are written once, in `timingFrom` below; `timingHeader` is the test that tells whether a
// response carries any of them (test/core/toProblem.test.ts pins it against every name).

/** The timing a response's headers describe. */
export interface RetryTiming {
  /** How long the server asked the client to wait, in ms, capped at `maxWaitMs`. */
  readonly retryAfterMs?: number;
  /** The quota the headers described, if any. */
  readonly rateLimit?: RateLimitInfo;
}

/** Options for `readRetryTiming`. */
export interface ReadRetryTimingOptions {
  /** Ceiling for `retryAfterMs` and `rateLimit.resetMs`. Default `defaultMaxWaitMs` (one hour). */
  readonly maxWaitMs?: number;
}

/**
 * One hour. A longer wait is either a daily quota or a broken header; either way a countdown of hours is no
 * use to a person, and re-asking the server after an hour is cheap (it answers with its remaining wait).
 * The RateLimit drafts ask clients to "set thresholds" for absurd reset values; ky 2 clamps to `maxRetryAfter`.
 *
 * @example
 * ```ts
 * readRetryTiming(new Headers({ 'Retry-After': '86400' }), Date.now()).retryAfterMs === defaultMaxWaitMs; // true
 * ```
 */
export const defaultMaxWaitMs = 3_600_000;

/**
 * Seven days: `toProblem`'s ceiling for a 503. Its `Retry-After` is when a planned outage ends, and
 * `MaintenanceBanner` shows it as "back at 12:00"; capping it at `defaultMaxWaitMs` would promise a time the server
 * never said. Seven days still stops an absurd or broken header.
 */
export const unavailableMaxWaitMs = 7 * 86_400_000;

/**
 * Whether a (lower-case) header name is one `timingFrom` reads: Retry-After, X-Retry-After, RateLimit*,
 * X-RateLimit-*, X-Rate-Limit-*, X-Requests-* / X-Request-Window-* (B2B) and Shopify's call limit. toProblem
 * skips the timing read for the many responses that carry none (X-Request-Id, a trace id, is not one).
 */
export const timingHeader = /^(x-)?(rate-?limit|retry-after)|^x-request(s-|-w)|^x-shopify-shop-api-call-limit$/;

type Family = { readonly info: RateLimitInfo; readonly wait: number | undefined } | undefined;
type Item = number | string | undefined;
interface Member {
  /** The dictionary key, when the member was `key=value` (draft-07); absent for list items. */
  readonly key: string | undefined;
  readonly value: Item;
  readonly params: Readonly<Record<string, Item>>;
}

const seconds = (value: unknown): number => (typeof value === 'number' ? value * 1000 : Number.NaN);
const numberOf = (item: Item): number | undefined => (typeof item === 'number' ? item : undefined);

/**
 * One family of headers as a quota (members that fail validation are dropped) and the wait it implies. The reset
 * (or the family's own retry value, Symfony's X-RateLimit-Retry-After) counts as a wait only when the quota is
 * spent, or when the server did not say what is left (ky 2 reads a lone reset header as the wait).
 */
function family(
  limit: unknown,
  remaining: unknown,
  resetMs?: unknown,
  windowMs?: unknown,
  policy?: Item,
  retryMs?: number,
): Family {
  const info: { -readonly [K in keyof RateLimitInfo]: RateLimitInfo[K] } = {};
  const values = { limit, remaining, resetMs, windowMs };
  for (const name of ['limit', 'remaining', 'resetMs', 'windowMs'] as const) {
    const value = values[name];
    if (typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER) info[name] = Math.round(value);
  }
  if (typeof policy === 'string' && policy.length <= 100) info.policy = policy;
  return { info, wait: info.remaining ? undefined : (retryMs ?? info.resetMs) };
}

/** A non-negative integer count, tolerating list members or parameters (`100, 100;w=10`) and B2B's `150 times`. */
function count(value: string | undefined): number | undefined {
  const match = /^(\d{1,15})\s*([,;]|(times?)?$)/i.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * A reset, retry or duration value in ms from now, ≥ 0: a number with a unit (`0.397 s`, `60 s`, `1 min`), a bare
 * number as delay seconds, epoch seconds (≥ 1e9, 2001-09-09) or epoch ms (≥ 1e12; a delay of 31 years is not a
 * real one, and ky 2 uses the same fixed threshold), or an HTTP-date. A reset already past means the window is
 * over: 0. GitHub's X-RateLimit-Reset is epoch seconds, the IETF drafts' reset a delay; servers mix them up.
 */
function span(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{1,16}(?:\.\d{1,16})?)\s*([a-z]*)$/i.exec(value);
  if (!match) return parseRetryAfter(value, nowMs);
  const [, digits, unit = ''] = match;
  const n = Number(digits);
  if (unit) {
    if (!/^(ms|s(ec(ond)?s?)?|m(in(ute)?s?)?|h(ours?)?)$/i.test(unit)) return undefined;
    const letter = unit.toLowerCase();
    return n * (letter === 'ms' ? 1 : letter[0] === 's' ? 1000 : letter[0] === 'm' ? 60_000 : 3_600_000);
  }
  const ms = n >= 1e12 ? n - nowMs : n >= 1e9 ? n * 1000 - nowMs : n * 1000;
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : undefined;
}

// --- A small, strict reader for RFC 9651 Structured Field lists and dictionaries ---------------------------------
// bare item = integer/decimal | "string" | token | :byte sequence: | ?boolean; key = lcalpha / "*" then
// lcalpha, DIGIT, "_", "-", ".", "*"; a member is `[key=]item *(;key[=item])`, members are separated by OWS "," OWS.
const key = '[a-z*][a-z0-9_.*-]*';
const item = `(-?\\d{1,15}(?:\\.\\d{1,3})?|"(?:[^"\\\\]|\\\\["\\\\])*"|[a-zA-Z*][\\w!#$%&'*+.^\`|~:/-]*|:[^:]*:|\\?[01])`;
const parameter = `;\\s*(${key})(?:=${item})?`;
const member = `(?:(${key})=)?${item}((?:${parameter})*)`;

/** A number, or the text of a string or token (policy names); `undefined` for byte sequences and booleans. */
function itemValue(text: string | undefined): Item {
  if (text === undefined || /^[:?]/.test(text)) return undefined;
  if (text[0] === '"') return text.slice(1, -1).replace(/\\(.)/g, '$1');
  return /^-?\d/.test(text) ? +text : text;
}

/** Parses a list or dictionary field; `undefined` when absent or malformed, which the drafts say to ignore whole. */
function structuredField(field: string | undefined): Member[] | undefined {
  if (field === undefined || !new RegExp(`^${member}(?:\\s*,\\s*${member})*$`).test(field)) return undefined;
  return Array.from(field.matchAll(new RegExp(member, 'g')), (match) => {
    const params: Record<string, Item> = {};
    for (const [, name = '', value] of (match[3] ?? '').matchAll(new RegExp(parameter, 'g'))) {
      params[name] = itemValue(value);
    }
    return { key: match[1], value: itemValue(match[2]), params };
  });
}

/** IETF RateLimit / RateLimit-Policy, drafts -07 (dictionary) and -08…-11 (lists with policy names). */
function ietf(get: (name: string) => string | undefined): Family {
  let limits = structuredField(get('ratelimit'));
  const policies = structuredField(get('ratelimit-policy')) ?? [];
  if (!limits && policies.length === 0) return undefined;
  if (limits?.every((entry) => entry.key)) {
    // Draft-07 dictionary `limit=100, remaining=50, reset=5` (reset is delay seconds): read as one -08 item.
    const member = (name: string) => limits?.find((entry) => entry.key === name)?.value;
    limits = [
      { key: undefined, value: undefined, params: { q: member('limit'), r: member('remaining'), t: member('reset') } },
    ];
  }
  // Drafts -08…-11: one item per policy; the most constraining one (least remaining, then the longest reset)
  // is the one a person is waiting on (a stable sort keeps the first of equals). Negative values are ignored.
  const valid = (value: Item) => (typeof value === 'number' && value >= 0 ? value : undefined);
  const left = (entry: Member) => valid(entry.params.r) ?? Infinity;
  const resetOf = (entry: Member) => valid(entry.params.t) ?? 0;
  const [chosen] = (limits ?? [])
    .filter((entry) => !entry.key && (valid(entry.params.r) ?? valid(entry.params.t) ?? entry.params.q) !== undefined)
    .sort((a, b) => left(a) - left(b) || resetOf(b) - resetOf(a));
  const name = chosen?.value;
  // The policy of that name (-08…-11: `"name";q=100;w=60`), else the first one (-07: `100;w=10`, the item is the quota).
  const policy = typeof name === 'string' ? policies.find((entry) => entry.value === name) : policies[0];
  return family(
    numberOf(chosen?.params.q) ?? numberOf(policy?.params.q) ?? numberOf(policy?.value),
    valid(chosen?.params.r),
    seconds(valid(chosen?.params.t)),
    seconds(policy?.params.w),
    typeof name === 'string' ? name : policy?.value,
  );
}

/**
 * The timing described by a header lookup (`get` answers lower-case names). `readRetryTiming` gives it a
 * `Headers`; toProblem its own one-pass map of the response's headers, so nothing is read twice.
 */
export function timingFrom(get: (name: string) => unknown, nowMs: number, maxWaitMs?: number): RetryTiming {
  try {
    const cap = typeof maxWaitMs === 'number' && maxWaitMs >= 0 ? maxWaitMs : defaultMaxWaitMs;
    const now = Number.isFinite(nowMs) ? nowMs : Number.NaN;
    // Header values longer than 1 KiB are not worth parsing (a real one is a few dozen bytes).
    const read = (name: string) => {
      const value = get(name);
      return typeof value === 'string' && value.length <= 1024 ? value.trim() : undefined;
    };
    // RateLimit-*, X-RateLimit-* (GitHub, Symfony's -Retry-After) and X-Rate-Limit-* (Twitter): limit (with a
    // `;w=` window in the -06 draft), remaining, reset.
    const vendor = (prefix: string) =>
      family(
        count(read(`${prefix}limit`)),
        count(read(`${prefix}remaining`)),
        span(read(`${prefix}reset`), now),
        seconds(Number(/;\s*w=(\d+)/.exec(read(`${prefix}limit`) ?? '')?.[1])),
        undefined,
        span(read(`${prefix}retry-after`), now),
      );
    // BigCommerce: X-Rate-Limit-* in ms; X-Retry-After with the reset, "honor the longer of the two".
    // BigCommerce's X-Rate-Limit-* values are in ms, X-Retry-After in seconds.
    const inMs = (name: string) => span(read(name)?.concat('ms'), now);
    const bigCommerceReset = inMs('x-rate-limit-time-reset-ms');
    const bigCommerceRetry = span(read('x-retry-after'), now);
    // B2B Edition: "150 times/60 s", "150 times", "0.397 s".
    const allocated = /^(\d{1,15})\s*(?:times?)?\s*\/\s*(.+)$/i.exec(read('x-requests-allocated') ?? '');
    // Shopify: "32/40" = calls used / bucket size (a leaky bucket, no reset).
    const shopify = /^(\d{1,15})\s*\/\s*(\d{1,15})$/.exec(read('x-shopify-shop-api-call-limit') ?? '');
    const families = [
      ietf(read),
      vendor('ratelimit-'),
      family(
        count(read('x-rate-limit-requests-quota')),
        count(read('x-rate-limit-requests-left')),
        bigCommerceReset,
        inMs('x-rate-limit-time-window-ms'),
      ),
      vendor('x-ratelimit-'),
      vendor('x-rate-limit-'),
      family(
        allocated && Number(allocated[1]),
        count(read('x-requests-remaining')),
        span(read('x-request-window-resets-after'), now),
        span(allocated?.[2], now),
      ),
      shopify && family(Number(shopify[2]), Math.max(0, Number(shopify[2]) - Number(shopify[1]))),
    ];
    // The quota comes from the first family present, in that order. The wait: Retry-After, else BigCommerce's
    // explicit X-Retry-After pair (the server asking, not a quota we infer from), else a spent quota's reset.
    const quota = families.find((entry) => entry && Object.keys(entry.info).length)?.info;
    const wait =
      parseRetryAfter(read('retry-after'), now) ??
      (bigCommerceRetry === undefined ? undefined : Math.round(Math.max(bigCommerceRetry, bigCommerceReset ?? 0))) ??
      families.find((entry) => entry?.wait !== undefined)?.wait;
    const result: { retryAfterMs?: number; rateLimit?: RateLimitInfo } = {};
    if (Number.isFinite(wait)) result.retryAfterMs = Math.min(Math.max(0, wait as number), cap);
    if (quota) result.rateLimit = (quota.resetMs ?? 0) > cap ? { ...quota, resetMs: cap } : quota;
    return result;
  } catch {
    // A lookup that throws: no timing.
    return {};
  }
}

/**
 * Reads the retry timing a response's headers describe: how long the server asked the client to wait
 * (`retryAfterMs`) and the rate-limit quota (`rateLimit`). `Retry-After` is authoritative (delay-seconds with
 * decimals, or any HTTP-date, measured against `nowMs`); without it, BigCommerce's `X-Retry-After` and
 * `X-Rate-Limit-Time-Reset-Ms` give the longer of the two, and otherwise a spent quota's reset counts as the
 * wait (IETF `RateLimit` `r=0;t=N`, draft-07 `remaining=0, reset=N`, legacy `RateLimit-*`, `X-RateLimit-*`
 * with GitHub's epoch seconds told apart from delay seconds, Twitter's `X-Rate-Limit-*`, B2B `X-Request*`).
 * The quota comes from the first family present, in that order (Shopify's call-limit last). Waits and resets
 * are capped at `maxWaitMs` (default one hour); malformed values are ignored; it never throws.
 *
 * @example
 * ```ts
 * const headers = new Headers({ 'X-Retry-After': '15', 'X-Rate-Limit-Time-Reset-Ms': '20000', 'X-Rate-Limit-Requests-Left': '0' });
 * readRetryTiming(headers, Date.now());
 * // { retryAfterMs: 20000, rateLimit: { remaining: 0, resetMs: 20000 } }
 * readRetryTiming(new Headers({ RateLimit: '"default";r=0;t=30' }), Date.now()).retryAfterMs; // 30000
 * ```
 */
export function readRetryTiming(headers: Headers, nowMs: number, options?: ReadRetryTimingOptions): RetryTiming {
  return timingFrom((name) => headers.get(name), nowMs, options?.maxWaitMs);
}
