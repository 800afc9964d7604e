import type { ApiProblem } from './ApiProblem.js';
import type { Dialect, DialectContext, DialectReading } from './dialects/Dialect.js';
import { defaultDialects } from './dialects/dialectRegistry.js';
import { kindForStatus } from './kindForStatus.js';
import { defaultTitle } from './messages/defaultTitle.js';
import { type Clock, systemClock } from './timing/Clock.js';
import {
  defaultMaxWaitMs,
  type RetryTiming,
  timingFrom,
  timingHeader,
  unavailableMaxWaitMs,
} from './timing/readRetryTiming.js';

/** Options for `toProblem`. */
export interface ProblemOptions {
  /** Where `receivedAt` and HTTP-date `Retry-After` values are measured. @default systemClock */
  clock?: Clock;
  /** The dialects to try, in order; the first that reads the body wins. @default defaultDialects */
  dialects?: readonly Dialect[];
  /**
   * Ceiling for `retryAfterMs` and `rateLimit.resetMs`, in ms. @default 3_600_000 (one hour), and seven days for a
   * 503, whose wait is a maintenance window shown to people as a clock time
   */
  maxRetryAfterMs?: number;
}

/** What `toProblem` normalises: a response's status, headers and body (raw text or already parsed). */
export interface ProblemInput {
  /** The HTTP status; 0 when no response arrived. */
  status: number;
  headers?: HeadersInit;
  /** The body text, or a value already parsed from JSON; `undefined` for no body. */
  body?: unknown;
  /** The request, when known; copied to the problem. */
  request?: { method: string; url: string };
}

// Limits on what a body can make the kit hold or show. Strings are capped in UTF-16 units (what `length` counts):
// a title at 300, a detail at 2000, a message at 1000, a code at 100, a trace id at 200, a URI at 2000, a field key
// at 500; at most 10,000 fields (DESIGN.md: a 10,000-entry errors map normalises in linear time), 100 messages per
// field, 1000 form errors, and 100,000 entries read from a (custom) dialect, repeated keys included.
/**
 * Bodies longer than 1 MiB of text are not parsed: a real error body is a few KiB, and parsing (then walking) an
 * arbitrarily large one would let a broken or hostile server stall the page. Such a body is kept as its first
 * 1 MiB of text in `problem.body` and read only by the text dialects (its title comes from the catalog).
 */
const maxBodyLength = 1_048_576;

/**
 * The trace id headers, in order of preference: X-Request-Id, B2B Edition's Trace-Id, Stripe's Request-Id,
 * BigCommerce's X-Correlation-Id (research/formats.md §3, §4, §7).
 */
const traceHeaders = ['x-request-id', 'trace-id', 'request-id', 'x-correlation-id'];

const noTiming: RetryTiming = {};

/**
 * The (trimmed) keys of up to two characters that `fieldPath` reads as `''`, the whole document (`''`, `#`, `$`,
 * `.`, `/`, `[`, `#.`, `#/`, `#[`, `$.`, `$[`, `..`, `.[`, `//`, `[]`); spelled out so that toProblem does not pull
 * in the path parser (test/core/toProblem.test.ts checks every such key against `fieldPath`).
 */
const documentKey = /^([#$]?[.[]?|#\/|\/\/?|\.[.[]|\[\])$/;

/**
 * Normalises one failed HTTP exchange into an `ApiProblem`, whatever dialect the server spoke. The
 * HTTP status decides the `kind` (a 400 becomes `validation` when field errors were found); the
 * body is parsed when its media type is JSON (any `+json`) or it looks like JSON, then read by the
 * first dialect that recognises it (`options.dialects`, else `defaultDialects`). Strings are
 * trimmed and capped, `type`/`instance` kept only when http(s) or relative, field errors kept in
 * server order; the title is the body's (`titleSource: 'body'`) or the catalog's for the kind.
 * Retry timing comes from the headers (else a body hint), capped; the trace id from the body, else
 * `X-Request-Id`, `Trace-Id`, `Request-Id` or `X-Correlation-Id`. Never throws, whatever `input` is.
 *
 * @example
 * ```ts
 * const problem = toProblem({
 *   status: 422,
 *   headers: { 'Content-Type': 'application/json' },
 *   body: '{"status":422,"title":"Missing Required Fields","type":"/api-docs/getting-started/api-status-codes","errors":{"name":"Please provide a name."}}',
 * });
 * problem.kind;                          // 'validation'
 * problem.title;                         // 'Missing Required Fields'
 * problem.dialect;                       // 'bigcommerce-v3'
 * findFieldErrors(problem, 'name');      // ['Please provide a name.']
 * ```
 */
export function toProblem(input: ProblemInput, options?: ProblemOptions): ApiProblem {
  // Status and time first, each guarded, so that even a hostile input (a throwing getter or Proxy) gets an answer
  // with what is known for sure: the second `normalise` reads nothing from it.
  let status = 0;
  let now = 0;
  try {
    status = statusOf(input.status);
  } catch {
    // keep 0
  }
  try {
    const time = (options?.clock ?? systemClock).now();
    if (Number.isFinite(time)) now = time;
  } catch {
    // keep 0
  }
  try {
    return normalise(status, now, input, options);
  } catch {
    return normalise(status, now, {}, { dialects: [] });
  }
}

// --- private helpers -------------------------------------------------------------------------------------------

function normalise(status: number, now: number, input: Partial<ProblemInput>, options?: ProblemOptions): ApiProblem {
  const { headers: init, request } = input;
  let body = input.body;

  // One pass over the headers finds what toProblem itself needs; the retry timing (when a timing header is present)
  // and the dialects' `Headers` (when a dialect asks) are built only then: building a `Headers` or a map costs more
  // than reading a typical error body.
  const context = new Context(status, init);
  eachHeader(init, scanHeader, context);
  const { traces, timed } = context;
  const mediaType = context.readMediaType();

  if (typeof body === 'string') body = parseText(body, mediaType);
  let reading: DialectReading = {};
  let dialect = 'none';
  const dialects = Array.isArray(options?.dialects) ? options.dialects : defaultDialects;
  for (let index = 0; index < dialects.length; index += 1) {
    const candidate = dialects[index] as Dialect;
    let result: unknown;
    try {
      result = candidate.read(body, context);
    } catch {
      continue; // a broken (custom) dialect must not break error handling
    }
    if (typeof result === 'object' && result) {
      reading = result;
      dialect = typeof candidate.name === 'string' && candidate.name ? candidate.name : 'custom';
      break;
    }
  }

  const fieldErrors = new Map<string, string[]>();
  const formErrors: string[] = [];
  if (Array.isArray(reading.formErrors)) addForm(formErrors, reading.formErrors);
  // Field errors in server order. Keys that name the whole document (ASP.NET's root key `$`, a JSON Pointer to the
  // root) become form errors; repeated keys are merged into a new list (never the dialect's own, which must not
  // change); `__proto__` and friends are just keys of a Map.
  const entries: unknown = reading.fieldErrors;
  if (Array.isArray(entries)) {
    // What the built-in dialects return: an index loop skips the iterator protocol.
    const count = Math.min(entries.length, 100_000);
    for (let index = 0; index < count; index += 1) addField(fieldErrors, formErrors, entries[index]);
  } else if (typeof entries === 'object' && entries && Symbol.iterator in entries) {
    let count = 0;
    for (const entry of entries as Iterable<unknown>) {
      if (++count > 100_000) break;
      addField(fieldErrors, formErrors, entry);
    }
  }

  const kind = kindForStatus(status, fieldErrors.size > 0);
  const title = clip(reading.title, 300);
  const maxWaitMs = options?.maxRetryAfterMs;
  const cap =
    typeof maxWaitMs === 'number' && maxWaitMs >= 0
      ? maxWaitMs
      : status === 503
        ? unavailableMaxWaitMs
        : defaultMaxWaitMs;
  let timing = noTiming;
  if (timed) {
    const headers = new Map<string, string>();
    eachHeader(init, addHeader, headers);
    timing = timingFrom((name) => headers.get(name), now, cap);
  }
  const hint = reading.retryAfterMs;
  let traceId = clip(reading.traceId, 200);
  if (traces) for (const value of traces) traceId ??= clip(value, 200);
  // Every member is written here, optional ones as `undefined` when absent: one object shape for every problem
  // (adding members afterwards costs a reallocation each, and components read problems in hot paths).
  return {
    status,
    kind,
    title: title ?? defaultTitle(kind),
    titleSource: title ? 'body' : 'catalog',
    detail: clip(reading.detail, 2000),
    type: uriOf(reading.type),
    instance: uriOf(reading.instance),
    code: clip(typeof reading.code === 'number' ? String(reading.code) : reading.code, 100),
    traceId,
    fieldErrors,
    formErrors,
    retryAfterMs:
      timing.retryAfterMs ??
      (Number.isFinite(hint) && (hint as number) >= 0 ? Math.min(Math.round(hint as number), cap) : undefined),
    rateLimit: timing.rateLimit,
    receivedAt: now,
    dialect,
    request:
      typeof request?.method === 'string' && typeof request.url === 'string'
        ? { method: request.method, url: request.url }
        : undefined,
    body,
  };
}

/**
 * The dialects' context, which also holds what toProblem itself takes from its one pass over the headers (one object
 * per call rather than three: this runs for every failed response). `headers` is built on first access: most bodies
 * are read without it. It is the caller's own `Headers` when it was one, else a copy of the header map that skips the
 * entries `Headers` refuses (one bad name must not lose the others). A class, so the getter lives on the prototype:
 * an object literal with a getter costs V8 more than reading a typical error body.
 */
class Context implements DialectContext {
  mediaType = '';
  /** The raw `Content-Type` value, until `readMediaType` turns it into `mediaType`. */
  contentType = '';
  /** Trace id header values, by their place in `traceHeaders`; allocated only when one is present. */
  traces: string[] | undefined = undefined;
  /** Whether any retry-timing header is present. */
  timed = false;
  private built: Headers | undefined = undefined;
  constructor(
    readonly status: number,
    private readonly init: unknown,
  ) {}

  readMediaType(): string {
    const { contentType } = this;
    const end = contentType.indexOf(';');
    this.mediaType = (end < 0 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
    return this.mediaType;
  }

  get headers(): Headers {
    if (!this.built) {
      const headers = new Headers();
      this.built = this.init instanceof Headers ? this.init : headers;
      eachHeader(this.init, appendHeader, headers);
    }
    return this.built;
  }
}

/**
 * Calls `visit(state, name, value)` with each header as a lower-case name and a string value, from a `Headers`, pairs
 * or a record. (A state argument rather than a closure: this runs for every response, and the visitors are plain
 * functions that V8 inlines.)
 */
function eachHeader<State>(init: unknown, visit: (state: State, name: string, value: string) => unknown, state: State) {
  if (init instanceof Headers) {
    // The common case (problemFromResponse passes `response.headers`): names are already lower-case.
    for (const pair of init) visit(state, pair[0], pair[1]);
  } else if (typeof init === 'object' && init) {
    for (const pair of Symbol.iterator in init ? (init as Iterable<unknown>) : Object.entries(init)) {
      if (Array.isArray(pair) && typeof pair[0] === 'string') {
        const value: unknown = pair[1];
        visit(
          state,
          pair[0].toLowerCase(),
          typeof value === 'string' ? value : typeof value === 'number' ? `${value}` : '',
        );
      }
    }
  }
}

function scanHeader(scan: Context, name: string, value: string): void {
  if (name === 'content-type') {
    scan.contentType ||= value;
    return;
  }
  const trace = traceHeaders.indexOf(name);
  if (trace >= 0) {
    const traces = scan.traces ?? [];
    traces[trace] ??= value;
    scan.traces = traces;
  }
  // Timing headers start with r, x-r or x-s; checking that first keeps the pattern off the others (X-BC-Store-Version).
  else
    scan.timed ||=
      (name[0] === 'r' || (name[0] === 'x' && (name[2] === 'r' || name[2] === 's'))) && timingHeader.test(name);
}

function addHeader(headers: Map<string, string>, name: string, value: string): void {
  if (!headers.has(name)) headers.set(name, value);
}

function appendHeader(headers: Headers, name: string, value: string): void {
  try {
    headers.append(name, value);
  } catch {
    // `Headers` refuses this one: keep the others
  }
}

/** Adds one `[key, messages]` entry from a dialect, cleaned; keys that name the whole document add form errors. */
function addField(fieldErrors: Map<string, string[]>, formErrors: string[], entry: unknown): void {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string') return;
  const messages = messagesOf(entry[1]);
  const key = trimmed(entry[0]);
  if (!messages || key.length > 500) return;
  const existing = fieldErrors.get(key);
  if (key.length < 3 && documentKey.test(key)) addForm(formErrors, messages);
  else if (existing) {
    if (existing.length < 100) fieldErrors.set(key, existing.concat(messages).slice(0, 100));
  } else if (fieldErrors.size < 10_000) fieldErrors.set(key, messages);
}

function addForm(formErrors: string[], messages: readonly unknown[]): void {
  for (const message of messages) {
    const text = clip(message, 1000);
    if (text && formErrors.length < 1000) formErrors.push(text);
  }
}

/**
 * An HTTP status is an integer from 100 to 999 (RFC 9110 §15 and the three-digit status-code grammar);
 * numeric strings are accepted and fractions truncated. Anything else means no usable status: 0.
 */
function statusOf(value: unknown): number {
  const number = typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && number >= 100 && number < 1000 ? Math.trunc(number) : 0;
}

/**
 * Text to the value dialects read: JSON when the media type says so (any `/json` or `+json`) or the text starts
 * like an object or array (many servers label errors `text/plain` or `text/html`); otherwise, or when it does not
 * parse, the text. Leading white space and a BOM are skipped (JSON.parse rejects a BOM; fetch's text() strips it).
 */
function parseText(text: string, mediaType: string): unknown {
  if (text.length > maxBodyLength) return text.slice(0, maxBodyLength);
  const trimmed = text.trimStart();
  const first = trimmed[0];
  if (first === '{' || first === '[' || (first && first !== '<' && /[/+]json$/.test(mediaType))) {
    try {
      return JSON.parse(trimmed);
    } catch {
      // truncated or not JSON after all: the text dialects read it
    }
  }
  return text;
}

/** The text without surrounding white space; most strings need no trimming, so the copy is skipped for them. */
function trimmed(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** Trimmed, non-empty, capped text (never splitting a surrogate pair), or undefined for anything else. */
function clip(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = trimmed(value);
  if (text.length <= max) return text || undefined;
  const end = (text.charCodeAt(max - 2) & 0xfc00) === 0xd800 ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * `type` and `instance` are kept only when they are http(s) or a relative reference (DESIGN.md "Safety";
 * RFC 9457 §3.1.1 makes `about:blank` the default, which carries nothing). Only the part before the first `:`,
 * `/`, `?` or `#` can be a scheme (RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )); when it is one
 * it must be http or https (`1a:b`, `a@b:c` or `ｊavascript:` are no schemes: URL parsers read them as relative).
 * Whitespace or control characters in that part are refused: URL parsers strip tabs and newlines, so
 * `java\nscript:` must not pass as a relative reference. One pattern: http(s), or a first part without a colon,
 * or one with a colon that is no scheme.
 */
function uriOf(value: unknown): string | undefined {
  const text = clip(value, 2001);
  // `https://…` first: it is what servers send, and a prefix check is cheaper than the pattern.
  return text &&
    text.length <= 2000 &&
    (text.startsWith('https://') ||
      /^(https?:|[^:/?#\0- \x7F]*([/?#]|$)|(?![a-z][a-z\d+.-]*:)[^:/?#\0- \x7F]*:)/i.test(text))
    ? text
    : undefined;
}

/**
 * A message list (or a single message), cleaned: trimmed, capped, non-strings dropped; undefined when empty. A list
 * that is already clean is kept as it is rather than copied (a problem's data is immutable, and merging a repeated
 * key builds a new list), so the copy starts only at the first item that changes.
 */
function messagesOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) {
    const text = clip(value, 1000);
    return text ? [text] : undefined;
  }
  const count = Math.min(value.length, 100);
  let messages: string[] | undefined = count < value.length ? [] : undefined;
  for (let index = 0; index < count; index += 1) {
    const text = clip(value[index], 1000);
    if (!messages && text !== value[index]) messages = value.slice(0, index) as string[];
    if (messages && text) messages.push(text);
  }
  const list = messages ?? (value as string[]);
  return list.length ? list : undefined;
}
