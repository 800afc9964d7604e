// Writes the retry-timing and rate-limit headers the core's `readRetryTiming` reads (research/formats.md §3, §4,
// §7, §8): RFC 9110 `Retry-After` (delay-seconds or IMF-fixdate), BigCommerce `X-Retry-After` (s) and
// `X-Rate-Limit-*` (ms and counts), IETF RateLimit drafts -11 (`RateLimit-Policy: "default";q=100;w=60`,
// `RateLimit: "default";r=0;t=30`), -07 (dictionary) and ≤ -06 (`RateLimit-Limit/-Remaining/-Reset`),
// `X-RateLimit-*` with GitHub's/Laravel's epoch-seconds reset, B2B Edition `X-Request*` ("150 times/60 s",
// "12.5 s") and Shopify's `X-Shopify-Shop-Api-Call-Limit: 32/40`.
import type { ProblemDialect } from './ProblemDialect.js';
import type { RateLimitSpec, RateLimitStyle, RetryAfterSpec, RetryAfterVia } from './ProblemSpec.js';

/** The timing part of a spec, resolved against the clock. */
export interface TimingHeaders {
  readonly headers: readonly (readonly [name: string, value: string])[];
  /** The announced wait in whole seconds (rounded up), when there is one. */
  readonly waitSeconds?: number;
}

interface Wait {
  readonly ms: number;
  readonly untilMs: number;
  readonly via: readonly RetryAfterVia[];
}

function defaultVia(dialect: ProblemDialect, date: boolean): RetryAfterVia[] {
  // BigCommerce documents X-Retry-After and X-Rate-Limit-Time-Reset-Ms, never Retry-After (formats.md §3).
  if (dialect === 'bigcommerce-v3' || dialect === 'bigcommerce-v2')
    return ['x-retry-after', 'x-rate-limit-time-reset-ms'];
  return [date ? 'retry-after-date' : 'retry-after'];
}

function defaultStyle(dialect: ProblemDialect): RateLimitStyle {
  switch (dialect) {
    case 'bigcommerce-v3':
    case 'bigcommerce-v2':
      return 'bigcommerce';
    case 'b2b-edition':
    case 'b2b-edition-v2':
      return 'b2b';
    case 'shopify':
      return 'shopify';
    case 'laravel':
    case 'rails':
    case 'drf':
      return 'x-ratelimit';
    default:
      return 'ietf';
  }
}

const finite = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

function resolveWait(spec: RetryAfterSpec | undefined, dialect: ProblemDialect, nowMs: number): Wait | undefined {
  if (spec === undefined) return undefined;
  let untilMs: number | undefined;
  let via: readonly RetryAfterVia[] | undefined;
  let date = false;
  if (typeof spec === 'number') {
    untilMs = nowMs + spec * 1000;
  } else if (spec instanceof Date) {
    untilMs = spec.getTime();
    date = true;
  } else {
    if (finite(spec.seconds)) untilMs = nowMs + spec.seconds * 1000;
    else if (spec.until instanceof Date) untilMs = spec.until.getTime();
    else if (typeof spec.until === 'number') untilMs = spec.until;
    via = typeof spec.via === 'string' ? [spec.via] : spec.via;
  }
  if (!finite(untilMs)) return undefined;
  return { ms: Math.max(0, untilMs - nowMs), untilMs, via: via ?? defaultVia(dialect, date) };
}

const seconds = (ms: number): number => Math.ceil(ms / 1000);
/** Decimal seconds without float noise (`12.5`, `0.397`). */
const decimalSeconds = (ms: number): string => String(Math.round(ms) / 1000);
/** An RFC 9651 string item. */
const sfString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The timing headers for a spec's `retryAfter` and `rateLimit`, in the dialect's habitual form unless the
 * spec names the headers. Internal to `problemkit/msw`.
 */
export function timingHeaders(
  retryAfter: RetryAfterSpec | undefined,
  rateLimit: RateLimitSpec | undefined,
  dialect: ProblemDialect,
  nowMs: number,
): TimingHeaders {
  const headers = new Map<string, readonly [string, string]>();
  const set = (name: string, value: string | number | undefined) => {
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return;
    headers.set(name.toLowerCase(), [name, String(value)]);
  };
  const wait = resolveWait(retryAfter, dialect, nowMs);

  if (rateLimit !== undefined) {
    const { limit, remaining, windowMs } = rateLimit;
    const resetMs = rateLimit.resetMs ?? wait?.ms;
    const policy = rateLimit.policy ?? 'default';
    switch (rateLimit.style ?? defaultStyle(dialect)) {
      case 'bigcommerce':
        set('X-Rate-Limit-Requests-Quota', limit);
        set('X-Rate-Limit-Requests-Left', remaining);
        set('X-Rate-Limit-Time-Window-Ms', windowMs);
        set('X-Rate-Limit-Time-Reset-Ms', finite(resetMs) ? Math.ceil(resetMs) : undefined);
        break;
      case 'ietf': {
        const policyParams = [
          finite(limit) ? `;q=${limit}` : '',
          finite(windowMs) ? `;w=${seconds(windowMs)}` : '',
        ].join('');
        if (policyParams !== '') set('RateLimit-Policy', `${sfString(policy)}${policyParams}`);
        const limitParams = [
          finite(remaining) ? `;r=${remaining}` : '',
          finite(resetMs) ? `;t=${seconds(resetMs)}` : '',
        ].join('');
        if (limitParams !== '') set('RateLimit', `${sfString(policy)}${limitParams}`);
        break;
      }
      case 'ietf-draft-07': {
        const members = [
          finite(limit) ? `limit=${limit}` : '',
          finite(remaining) ? `remaining=${remaining}` : '',
          finite(resetMs) ? `reset=${seconds(resetMs)}` : '',
        ].filter((member) => member !== '');
        if (members.length > 0) set('RateLimit', members.join(', '));
        if (finite(limit) && finite(windowMs)) set('RateLimit-Policy', `${limit};w=${seconds(windowMs)}`);
        break;
      }
      case 'ietf-draft-06':
        set('RateLimit-Limit', finite(limit) && finite(windowMs) ? `${limit}, ${limit};w=${seconds(windowMs)}` : limit);
        set('RateLimit-Remaining', remaining);
        set('RateLimit-Reset', finite(resetMs) ? seconds(resetMs) : undefined);
        break;
      case 'x-ratelimit':
        set('X-RateLimit-Limit', limit);
        set('X-RateLimit-Remaining', remaining);
        set('X-RateLimit-Reset', finite(resetMs) ? seconds(nowMs + resetMs) : undefined);
        break;
      case 'b2b':
        set(
          'X-Requests-Allocated',
          finite(limit)
            ? finite(windowMs)
              ? `${limit} times/${decimalSeconds(windowMs)} s`
              : `${limit} times`
            : undefined,
        );
        set('X-Requests-Remaining', finite(remaining) ? `${remaining} times` : undefined);
        set('X-Request-Window-Resets-After', finite(resetMs) ? `${decimalSeconds(resetMs)} s` : undefined);
        break;
      case 'shopify':
        set(
          'X-Shopify-Shop-Api-Call-Limit',
          finite(limit) ? `${Math.max(0, limit - (finite(remaining) ? remaining : 0))}/${limit}` : undefined,
        );
        break;
    }
  }

  if (wait !== undefined) {
    const delay = seconds(wait.ms);
    for (const via of wait.via) {
      switch (via) {
        case 'retry-after':
          // Shopify writes decimals (`2.0`); RFC 9110 delay-seconds are whole numbers.
          set('Retry-After', dialect === 'shopify' ? delay.toFixed(1) : delay);
          break;
        case 'retry-after-date':
          set('Retry-After', new Date(seconds(wait.untilMs) * 1000).toUTCString());
          break;
        case 'x-retry-after':
          set('X-Retry-After', delay);
          break;
        case 'x-rate-limit-time-reset-ms':
          set('X-Rate-Limit-Time-Reset-Ms', Math.ceil(wait.ms));
          break;
        case 'ratelimit':
          set('RateLimit', `${sfString(rateLimit?.policy ?? 'default')};r=${rateLimit?.remaining ?? 0};t=${delay}`);
          break;
        case 'ratelimit-reset':
          set('RateLimit-Reset', delay);
          break;
        case 'x-ratelimit-reset':
          set('X-RateLimit-Reset', seconds(wait.untilMs));
          break;
        case 'x-request-window-resets-after':
          set('X-Request-Window-Resets-After', `${decimalSeconds(wait.ms)} s`);
          break;
      }
    }
  }

  return {
    headers: [...headers.values()],
    ...(wait === undefined ? {} : { waitSeconds: seconds(wait.ms) }),
  };
}
