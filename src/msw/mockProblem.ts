import { type Clock, systemClock } from '../core/timing/Clock.js';
import type { DialectWriter, FieldEntry } from './dialects/DialectWriter.js';
import { keySegments } from './dialects/keySegments.js';
import { writeAspNet } from './dialects/writeAspNet.js';
import { writeB2bEdition } from './dialects/writeB2bEdition.js';
import { writeB2bEditionV2 } from './dialects/writeB2bEditionV2.js';
import { writeBigCommerceV2 } from './dialects/writeBigCommerceV2.js';
import { writeBigCommerceV3 } from './dialects/writeBigCommerceV3.js';
import { writeDrf } from './dialects/writeDrf.js';
import { writeEmpty } from './dialects/writeEmpty.js';
import { writeGraphql } from './dialects/writeGraphql.js';
import { writeHtml } from './dialects/writeHtml.js';
import { writeJsonApi } from './dialects/writeJsonApi.js';
import { writeLaravel } from './dialects/writeLaravel.js';
import { writeNestJs } from './dialects/writeNestJs.js';
import { writeRails } from './dialects/writeRails.js';
import { writeRfc7807 } from './dialects/writeRfc7807.js';
import { writeRfc9457 } from './dialects/writeRfc9457.js';
import { writeShopify } from './dialects/writeShopify.js';
import { writeSpring } from './dialects/writeSpring.js';
import { writeSpringBoot } from './dialects/writeSpringBoot.js';
import { writeStripe } from './dialects/writeStripe.js';
import { writeText } from './dialects/writeText.js';
import { writeZod } from './dialects/writeZod.js';
import type { JsonValue } from './JsonValue.js';
import type { ProblemDialect } from './ProblemDialect.js';
import type { FieldErrorsSpec, ProblemSpec } from './ProblemSpec.js';
import { timingHeaders } from './timingHeaders.js';

/**
 * What `mockProblem` needs besides the spec: a clock for dates and countdowns, and the request, when known.
 *
 * @example
 * ```ts
 * const context: MockProblemContext = { clock: frozenClock, request: { method: 'PATCH', url: '/api/companies/7' } };
 * mockProblem({ status: 405, dialect: 'drf' }, context).body; // { detail: 'Method "PATCH" not allowed.' }
 * ```
 */
export interface MockProblemContext {
  /** The clock that HTTP-dates, epoch resets and timestamps are computed from. Default `systemClock`. */
  readonly clock?: Clock;
  /** The request being answered: Spring's `instance`/`path` and DRF's 405 message name it. */
  readonly request?: { readonly method: string; readonly url: string };
}

/**
 * A mocked error answer as plain data, in exactly the shape `toProblem` takes: `toProblem(mockProblem(spec))`
 * reads it back. `body` is the parsed JSON value (or the text, for text and HTML answers; `undefined` when
 * there is none); `bodyText` is what goes on the wire.
 *
 * @example
 * ```ts
 * const answer: MockProblem = mockProblem({ status: 404, dialect: 'drf' });
 * answer; // { status: 404, headers: { 'Content-Type': 'application/json' }, body: { detail: 'Not found.' },
 *         //   bodyText: '{"detail":"Not found."}' }
 * ```
 */
export interface MockProblem {
  readonly status: number;
  /** Header name → value, in the server's spelling (`Content-Type`, `X-Retry-After`…). */
  readonly headers: { readonly [name: string]: string };
  readonly body: JsonValue | undefined;
  readonly bodyText: string | undefined;
}

const writers: { readonly [D in ProblemDialect]: DialectWriter } = {
  rfc9457: writeRfc9457,
  rfc7807: writeRfc7807,
  aspnet: writeAspNet,
  spring: writeSpring,
  'spring-boot': writeSpringBoot,
  'bigcommerce-v3': writeBigCommerceV3,
  'bigcommerce-v2': writeBigCommerceV2,
  'b2b-edition': writeB2bEdition,
  'b2b-edition-v2': writeB2bEditionV2,
  'json-api': writeJsonApi,
  graphql: writeGraphql,
  laravel: writeLaravel,
  nestjs: writeNestJs,
  rails: writeRails,
  drf: writeDrf,
  stripe: writeStripe,
  shopify: writeShopify,
  zod: writeZod,
  text: writeText,
  html: writeHtml,
  empty: writeEmpty,
};

function isPairs(value: FieldErrorsSpec): value is Iterable<readonly [string, string | readonly string[]]> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

function fieldEntries(fieldErrors: FieldErrorsSpec | undefined): FieldEntry[] {
  if (fieldErrors === undefined) return [];
  const pairs = isPairs(fieldErrors) ? [...fieldErrors] : Object.entries(fieldErrors);
  const merged = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const messages = (typeof value === 'string' ? [value] : [...value]).filter(
      (message): message is string => typeof message === 'string',
    );
    if (messages.length > 0) merged.set(key, [...(merged.get(key) ?? []), ...messages]);
  }
  return [...merged].map(([key, messages]) => ({ key, segments: keySegments(key), messages }));
}

/**
 * Builds the exact status, headers and body a server of `spec.dialect` sends for a problem — no msw needed,
 * so unit tests can feed it straight to `toProblem`. Members the spec leaves out get what that server really
 * sends (research/formats.md):
 *
 * | dialect | content type | body |
 * |---|---|---|
 * | `rfc9457` (default) | `application/problem+json` | `{type?, title, status, detail?, instance?, code?, errors?: [{detail, pointer?}]}` |
 * | `rfc7807` | `application/problem+json` | same, fields as `invalid-params: [{name, reason}]` |
 * | `aspnet` | `application/problem+json; charset=utf-8` | .NET 8 defaults; `errors: {Key: [..]}` (form errors under `""`), `traceId` in the body |
 * | `spring` | `application/problem+json` | `type: "about:blank"`, reason-phrase title, `instance` = request path |
 * | `spring-boot` | `application/json` | `{timestamp, status, error, message?, errors?, path}` |
 * | `bigcommerce-v3` | `application/json` | `{status, title, type, detail?, code?, errors?: {key: "one string"}}` |
 * | `bigcommerce-v2` | `application/json` | `[{status, message}, …]` |
 * | `b2b-edition` | `application/json` | `{code, data: {errMsg?}, meta: {message}}` |
 * | `b2b-edition-v2` | `application/json` | `{code, data: {errMsg?} or {field: msg}, message}` |
 * | `json-api` | `application/vnd.api+json` | `{errors: [{status: "422", title, detail, source?: {pointer}}]}` |
 * | `graphql` | `application/json` | `{data: null, errors: [{message, path?, extensions?}]}`, a field error per `path` |
 * | `laravel` | `application/json` | `{message, errors?}` |
 * | `nestjs` | `application/json; charset=utf-8` | `{statusCode, message: "…" \| ["…"], error?}` |
 * | `rails` | `application/json` | bare `{field: [..], base?: [..]}` or `{status, error}` |
 * | `drf` | `application/json` | bare `{field: [..], non_field_errors?}` or `{detail}` |
 * | `stripe` | `application/json` | `{error: {type, code?, message, param?}}`, trace id in `Request-Id` |
 * | `shopify` | `application/json; charset=utf-8` | `{errors: {field: [..]}}` or `{errors: "…"}` |
 * | `zod` | `application/json` | Hono zValidator's `{success: false, error: {name: "ZodError", message: "<issues as JSON>"}}` |
 * | `text` / `html` | `text/plain` / `text/html` | the message / an nginx-style error page |
 * | `empty` | none | none (`WWW-Authenticate: Bearer` on 401) |
 *
 * The trace id goes in the body for `aspnet`, in `Request-Id` for `stripe` and in `X-Request-Id` otherwise.
 * `retryAfter` and `rateLimit` become headers (see `RetryAfterSpec`, `RateLimitSpec`); dates and epoch resets
 * are computed from `context.clock`. `spec.headers` override generated headers; `spec.body` replaces the
 * generated body. Status 0 ("no response") gives no headers and no body.
 *
 * @example
 * ```ts
 * const answer = mockProblem({
 *   status: 400,
 *   dialect: 'aspnet',
 *   fieldErrors: { 'Items[0].Sku': ['The Sku field is required.'] },
 *   traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00',
 * });
 * answer.headers['Content-Type']; // 'application/problem+json; charset=utf-8'
 * answer.body; // { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
 *              //   title: 'One or more validation errors occurred.', status: 400,
 *              //   errors: { 'Items[0].Sku': ['The Sku field is required.'] }, traceId: '00-…-00' }
 * findFieldErrors(toProblem(answer), 'items.0.sku'); // ['The Sku field is required.']
 * ```
 */
export function mockProblem(spec: ProblemSpec, context: MockProblemContext = {}): MockProblem {
  const status = spec.status;
  if (status === 0) return { status: 0, headers: {}, body: undefined, bodyText: undefined };
  const dialect = spec.dialect ?? 'rfc9457';
  const nowMs = (context.clock ?? systemClock).now();
  const timing = timingHeaders(spec.retryAfter, spec.rateLimit, dialect, nowMs);
  const formErrors = typeof spec.formErrors === 'string' ? [spec.formErrors] : [...(spec.formErrors ?? [])];

  const output = writers[dialect]({
    status,
    fields: fieldEntries(spec.fieldErrors),
    native: spec.keys === 'native',
    formErrors,
    nowMs,
    ...(spec.title === undefined ? {} : { title: spec.title }),
    ...(spec.detail === undefined ? {} : { detail: spec.detail }),
    ...(spec.type === undefined ? {} : { type: spec.type }),
    ...(spec.instance === undefined ? {} : { instance: spec.instance }),
    ...(spec.code === undefined ? {} : { code: spec.code }),
    ...(spec.traceId === undefined ? {} : { traceId: spec.traceId }),
    ...(timing.waitSeconds === undefined ? {} : { retryAfterSeconds: timing.waitSeconds }),
    ...(context.request === undefined ? {} : { request: context.request }),
  });

  // Header names are case-insensitive: later entries replace earlier ones, keeping the later spelling.
  const headers = new Map<string, readonly [string, string]>();
  const set = (name: string, value: string) => headers.set(name.toLowerCase(), [name, value]);
  if (output.contentType !== undefined) set('Content-Type', output.contentType);
  for (const [name, value] of output.headers ?? []) set(name, value);
  if (spec.traceId !== undefined && output.traceIdInBody !== true) {
    set(output.traceIdHeader ?? 'X-Request-Id', spec.traceId);
  }
  for (const [name, value] of timing.headers) set(name, value);
  for (const [name, value] of Object.entries(spec.headers ?? {})) set(name, value);
  const headerRecord: { [name: string]: string } = Object.create(null);
  for (const [name, value] of headers.values()) {
    Object.defineProperty(headerRecord, name, { value, enumerable: true, writable: true, configurable: true });
  }

  let bodyText: string | undefined;
  let body: JsonValue | undefined;
  if (spec.body !== undefined) {
    bodyText = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
    body = typeof spec.body === 'string' ? spec.body : (JSON.parse(bodyText) as JsonValue);
  } else if (output.json !== undefined) {
    bodyText = JSON.stringify(output.json);
    // Parsed back from the wire text, so `body` is exactly what a client's `response.json()` sees.
    body = JSON.parse(bodyText) as JsonValue;
  } else if (output.text !== undefined) {
    bodyText = output.text;
    body = output.text;
  }
  return { status, headers: headerRecord, body, bodyText };
}
