/**
 * What kind of failure a problem is. The HTTP status decides it (see `kindForStatus`); a body's own
 * `status` or `code` never overrides it. 400 is `validation` only when field errors were found.
 */
export type ProblemKind =
  | 'bad-request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'not-acceptable'
  | 'unsupported-media-type'
  | 'not-implemented'
  | 'timeout'
  | 'conflict'
  | 'too-large'
  | 'rate-limited'
  | 'server'
  | 'unavailable'
  | 'insufficient-storage'
  | 'network'
  | 'unknown';

/** Every kind, in the order of DESIGN.md's table. Useful for galleries and exhaustive tests. */
export const problemKinds: readonly ProblemKind[] = [
  'bad-request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'not-acceptable',
  'unsupported-media-type',
  'not-implemented',
  'timeout',
  'conflict',
  'too-large',
  'rate-limited',
  'server',
  'unavailable',
  'insufficient-storage',
  'network',
  'unknown',
];

/**
 * Field errors in the order the server sent them, keyed by the server's own path spelling
 * (`Items[0].Sku`, `items.0.sku`, `#/items/0/sku` …), which is what a summary displays.
 * A `Map` keeps that order even for index-like keys (`"0"`, `"1"`), which a plain object would
 * reorder, and makes `__proto__` or `constructor` ordinary keys. Look fields up with
 * `findFieldErrors`, which understands every path notation and ignores case.
 */
export type FieldErrors = ReadonlyMap<string, readonly string[]>;

/**
 * Rate-limit quota as the response's headers described it. Every member is optional: servers
 * send different subsets (BigCommerce `X-Rate-Limit-*`, IETF `RateLimit`/`RateLimit-Policy`,
 * legacy `X-RateLimit-*`, B2B `X-Request-*`).
 */
export interface RateLimitInfo {
  /** Requests allowed per window. */
  readonly limit?: number;
  /** Requests left in the current window. */
  readonly remaining?: number;
  /** Milliseconds until the window resets, measured from `receivedAt`. */
  readonly resetMs?: number;
  /** Length of the window in milliseconds. */
  readonly windowMs?: number;
  /** The IETF policy name, when the server named one (`"burst"`, `"default"`). */
  readonly policy?: string;
}

/**
 * One failed HTTP exchange (or a failure to get any response), normalised from whatever dialect the
 * server spoke. Produced by `toProblem`, `problemFromResponse` and `asProblem`; carried by `ApiError`.
 * It is plain, immutable data: safe to compare, log and pass to any component.
 *
 * @example
 * ```ts
 * const problem = toProblem({ status: 422, body: '{"errors":{"name":"Please provide a name."}}' });
 * problem.kind;                          // 'validation'
 * findFieldErrors(problem, 'name');      // ['Please provide a name.']
 * ```
 */
export interface ApiProblem {
  /** The HTTP status; 0 when no response arrived (network failure, timeout before headers). */
  readonly status: number;
  readonly kind: ProblemKind;
  /**
   * A short, human summary. Never empty: the body's own title or message when it had one
   * (`titleSource: 'body'`), else the English catalog title for the kind (`titleSource: 'catalog'`),
   * which components replace with the title in the person's locale.
   */
  readonly title: string;
  /** Where `title` came from. Components localise catalog titles and show body titles as sent. */
  readonly titleSource: 'body' | 'catalog';
  /** The occurrence-specific explanation from the body, if any. Plain text: render it as text. */
  readonly detail?: string;
  /** The problem type URI, kept only when it is http(s) or a relative reference (never `about:blank`). */
  readonly type?: string;
  /** The occurrence URI, under the same rule as `type`. */
  readonly instance?: string;
  /** A machine-readable code from the body (B2B `code`, Stripe `error.code`, GraphQL `extensions.code`…). */
  readonly code?: string;
  /** An opaque id support can use: the body's `traceId`, else `X-Request-Id`, `Trace-Id` or `Request-Id`. */
  readonly traceId?: string;
  /** Messages per field, in server order. Empty when the server named no field. */
  readonly fieldErrors: FieldErrors;
  /** Messages tied to no field (`non_field_errors`, `"$"`, RFC `errors[]` without a pointer, …). */
  readonly formErrors: readonly string[];
  /** How long to wait before retrying, in ms from `receivedAt`, from headers (or a body hint), capped. */
  readonly retryAfterMs?: number;
  readonly rateLimit?: RateLimitInfo;
  /** When the response was read, in epoch ms from the injected clock. Deadlines derive from it. */
  readonly receivedAt: number;
  /** The name of the dialect that read the body (`'rfc9457'`, `'aspnet'`, `'bigcommerce-v3'`, … `'empty'`). */
  readonly dialect: string;
  /** The request, when known (set by `apiFetch`). */
  readonly request?: { readonly method: string; readonly url: string };
  /** The parsed body (JSON value or text, size-capped) for anything the kit does not model. */
  readonly body: unknown;
}
