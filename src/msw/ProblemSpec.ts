import type { JsonBody } from './JsonBody.js';
import type { ProblemDialect } from './ProblemDialect.js';

/**
 * Field errors for a mocked answer: field key → one message or several. A `Map` (or any iterable of
 * pairs) keeps its order even for index-like keys (`"0"`, `"1"`), which a plain object would move to
 * the front. Keys are written into the body as given (`keys: 'as-written'`, the default), so write
 * them in the server's own notation: ASP.NET `Items[0].Sku`, BigCommerce `items.0.sku`, RFC 9457
 * `#/items/0/sku`, JSON:API `/data/attributes/items/0/sku`. With `keys: 'native'`, write them the
 * way the app names its fields (`items.0.sku` or `items[0].sku`) and each dialect spells them its way.
 *
 * @example
 * ```ts
 * const fields: FieldErrorsSpec = { 'Items[0].Sku': ['The Sku field is required.'] };
 * const ordered: FieldErrorsSpec = new Map([['1', 'Second item'], ['0', 'First item']]);
 * ```
 */
export type FieldErrorsSpec =
  | { readonly [key: string]: string | readonly string[] }
  | Iterable<readonly [key: string, messages: string | readonly string[]]>;

/**
 * Which header (or headers) carries the wait of a `retryAfter`:
 * - `retry-after`: RFC 9110 `Retry-After` in delay-seconds (rounded up; Shopify's decimal `2.0` form
 *   for the `shopify` dialect);
 * - `retry-after-date`: `Retry-After` as an IMF-fixdate HTTP-date;
 * - `x-retry-after`: BigCommerce `X-Retry-After` (seconds);
 * - `x-rate-limit-time-reset-ms`: BigCommerce `X-Rate-Limit-Time-Reset-Ms` (ms);
 * - `ratelimit`: IETF draft-11 `RateLimit: "default";r=0;t=<seconds>`;
 * - `ratelimit-reset`: RateLimit draft ≤ -06 `RateLimit-Reset` (delay-seconds);
 * - `x-ratelimit-reset`: GitHub/Laravel `X-RateLimit-Reset` (epoch seconds);
 * - `x-request-window-resets-after`: B2B Edition `X-Request-Window-Resets-After: "<seconds> s"`.
 *
 * @example
 * ```ts
 * const via: RetryAfterVia = 'x-retry-after';
 * ```
 */
export type RetryAfterVia =
  | 'retry-after'
  | 'retry-after-date'
  | 'x-retry-after'
  | 'x-rate-limit-time-reset-ms'
  | 'ratelimit'
  | 'ratelimit-reset'
  | 'x-ratelimit-reset'
  | 'x-request-window-resets-after';

/**
 * How long the mocked server asks the client to wait. A number is seconds; a `Date` is the moment the
 * wait ends (sent as an HTTP-date unless `via` says otherwise). The object form picks the headers:
 * `{ seconds: 30, via: 'x-retry-after' }`, `{ until: deadline, via: ['retry-after', 'ratelimit'] }`
 * (`until` is a `Date` or epoch ms). Without `via`, each dialect uses what its server really sends:
 * BigCommerce v2/v3 `X-Retry-After` and `X-Rate-Limit-Time-Reset-Ms` (their docs never mention
 * `Retry-After`), everyone else `Retry-After`.
 *
 * @example
 * ```ts
 * const wait: RetryAfterSpec = { seconds: 15, via: ['x-retry-after', 'x-rate-limit-time-reset-ms'] };
 * ```
 */
export type RetryAfterSpec =
  | number
  | Date
  | {
      readonly seconds?: number;
      readonly until?: Date | number;
      readonly via?: RetryAfterVia | readonly RetryAfterVia[];
    };

/**
 * The header family a `rateLimit` quota is written in:
 * - `bigcommerce`: `X-Rate-Limit-Requests-Quota`, `-Requests-Left`, `-Time-Window-Ms`, `-Time-Reset-Ms`;
 * - `ietf`: draft-11 `RateLimit-Policy: "<policy>";q=<limit>;w=<s>` and `RateLimit: "<policy>";r=<left>;t=<s>`;
 * - `ietf-draft-07`: `RateLimit: limit=…, remaining=…, reset=…` and `RateLimit-Policy: <limit>;w=<s>`;
 * - `ietf-draft-06`: `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (delay-seconds);
 * - `x-ratelimit`: `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` (epoch seconds, as
 *   GitHub and Laravel send it);
 * - `b2b`: `X-Requests-Allocated: "150 times/60 s"`, `X-Requests-Remaining: "0 times"`,
 *   `X-Request-Window-Resets-After: "12.5 s"`;
 * - `shopify`: `X-Shopify-Shop-Api-Call-Limit: "<used>/<limit>"`.
 *
 * @example
 * ```ts
 * const style: RateLimitStyle = 'ietf';
 * ```
 */
export type RateLimitStyle =
  | 'bigcommerce'
  | 'ietf'
  | 'ietf-draft-07'
  | 'ietf-draft-06'
  | 'x-ratelimit'
  | 'b2b'
  | 'shopify';

/**
 * A rate-limit quota for the mocked answer's headers. Every member is optional and only the members
 * given are written. `resetMs` defaults to the `retryAfter` wait. `style` defaults per dialect:
 * BigCommerce v2/v3 `bigcommerce`, B2B Edition `b2b`, Shopify `shopify`, Laravel/Rails/DRF
 * `x-ratelimit`, everyone else `ietf`.
 *
 * @example
 * ```ts
 * const quota: RateLimitSpec = { limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 };
 * ```
 */
export interface RateLimitSpec {
  /** Requests allowed per window. */
  readonly limit?: number;
  /** Requests left in the window. */
  readonly remaining?: number;
  /** Length of the window in ms. */
  readonly windowMs?: number;
  /** Time until the window resets, in ms. */
  readonly resetMs?: number;
  /** The IETF policy name (default `"default"`). */
  readonly policy?: string;
  readonly style?: RateLimitStyle;
}

/**
 * Everything a mocked error answer says, dialect-independently. `mockProblem` turns it into the exact
 * status, headers and body a real server of that dialect sends (see `mockProblem` for the per-dialect
 * table); `problemResponse` and `problemHandler` put that on the wire through msw.
 *
 * Any member left out gets what the real server would send for that status (ASP.NET's
 * "One or more validation errors occurred.", DRF's "Not found.", BigCommerce's "Too many requests"…).
 * `status` 0 means "no response at all": the msw helpers answer it with a network error.
 *
 * @example
 * ```ts
 * const spec: ProblemSpec = {
 *   status: 422,
 *   dialect: 'bigcommerce-v3',
 *   fieldErrors: { 'items.0.sku': 'SKU is required.' },
 *   traceId: 'req-42',
 * };
 * ```
 */
export interface ProblemSpec {
  /** The HTTP status (200–599; 0 = no response, answered as a network error by the msw helpers). */
  readonly status: number;
  /** The wire format. Default `'rfc9457'`. */
  readonly dialect?: ProblemDialect;
  /** The short summary (RFC `title`, B2B `meta.message`, Laravel `message`…). */
  readonly title?: string;
  /** The occurrence-specific explanation (RFC `detail`, B2B `data.errMsg`, DRF `detail`…). */
  readonly detail?: string;
  /** The problem type: a URI for the RFC family and BigCommerce v3, Stripe's `error.type` for `stripe`. */
  readonly type?: string;
  /** The occurrence URI (RFC family; Spring fills it with the request path when left out). */
  readonly instance?: string;
  /** A machine-readable code (B2B envelope `code`, Stripe `error.code`, GraphQL `extensions.code`…). */
  readonly code?: string | number;
  /** A trace id: in the body where the dialect carries one (ASP.NET `traceId`), else a request-id header. */
  readonly traceId?: string;
  /** Field errors, keyed in the server's notation (or the app's, with `keys: 'native'`). */
  readonly fieldErrors?: FieldErrorsSpec;
  /** Messages tied to no field (DRF `non_field_errors`, ASP.NET `""`, RFC `errors[]` without a pointer…). */
  readonly formErrors?: string | readonly string[];
  /**
   * `'as-written'` (default): field keys go into the body unchanged. `'native'`: keys are the app's
   * dotted/bracketed paths and each dialect spells them its own way (`Items[0].Sku`, `#/items/0/sku`,
   * `/data/attributes/items/0/sku`, nested DRF/B2B objects, Stripe `items[0][sku]`…).
   */
  readonly keys?: 'as-written' | 'native';
  /** How long the client should wait, and in which header(s). */
  readonly retryAfter?: RetryAfterSpec;
  /** A rate-limit quota to describe in headers. */
  readonly rateLimit?: RateLimitSpec;
  /** Extra headers; they override generated ones of the same name (case-insensitive). */
  readonly headers?: { readonly [name: string]: string };
  /**
   * A body to send instead of the generated one (a JSON value, or a string sent as-is), with the
   * dialect's content type and the generated headers. For documented bodies the builder cannot
   * express, and for hostile ones (HTML labelled `application/problem+json`, truncated JSON).
   */
  readonly body?: JsonBody;
}
