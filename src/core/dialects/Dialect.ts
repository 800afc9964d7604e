// The reading mirrors the members of RFC 9457 problem details (https://www.rfc-editor.org/rfc/rfc9457#section-3),
// plus what other dialects carry (field and form errors, a code, a trace id, a body-level retry hint).
/** What a dialect knows about the response besides its body. */
export interface DialectContext {
  /** The HTTP status (authoritative; a body's own `status` or `code` never overrides it). */
  readonly status: number;
  /** The media type, lower-case, without parameters: `application/problem+json`, `text/html`, or `''`. */
  readonly mediaType: string;
  /** The response headers (built on first access when `toProblem` was given a plain object). */
  readonly headers: Headers;
}

/**
 * What a dialect found in a body. Every member is optional and may be raw: `toProblem` trims and caps
 * strings, drops non-strings, keeps `type`/`instance` only when http(s) or relative, caps counts, and
 * moves field keys that name the whole document (`''`, `$`, `#`, `/`) to `formErrors`.
 */
export interface DialectReading {
  /** A short summary (RFC 9457 `title`, or the body's one message). */
  title?: string;
  /** The occurrence-specific explanation (RFC 9457 `detail`). */
  detail?: string;
  type?: string;
  instance?: string;
  /** A machine-readable code (B2B `code`, Stripe `error.code`, GraphQL `extensions.code`). */
  code?: string;
  /** An opaque id support can use (ASP.NET `traceId`). */
  traceId?: string;
  /** Messages per field, in server order, keyed by the server's own path spelling. */
  fieldErrors?: Iterable<readonly [key: string, messages: readonly string[]]>;
  /** Messages tied to no field (`non_field_errors`, RFC `errors[]` without a pointer, …). */
  formErrors?: readonly string[];
  /** A body-level retry hint in ms (BigCommerce price lists' `retry_after_seconds`); headers win over it. */
  retryAfterMs?: number;
}

/**
 * Reads one wire format of error bodies. `read` gets the parsed JSON value when the body was JSON (by
 * media type or by shape), else the text (or `undefined` when there was no body), and answers a
 * reading when the body is in its dialect, else `undefined`. In `toProblem`, the first dialect of the
 * list that answers wins; a dialect that throws is skipped.
 *
 * @example
 * ```ts
 * const acme: Dialect = {
 *   name: 'acme',
 *   read: (body) =>
 *     typeof body === 'object' && body !== null && 'acmeError' in body
 *       ? { title: String((body as { acmeError: unknown }).acmeError) }
 *       : undefined,
 * };
 * registerDialect(acme); // tried before the built-in dialects
 * ```
 */
export interface Dialect {
  /** Short and stable: it becomes `ApiProblem.dialect` (`'rfc9457'`, `'aspnet'`, `'bigcommerce-v3'` …). */
  readonly name: string;
  read(body: unknown, context: DialectContext): DialectReading | undefined;
}
