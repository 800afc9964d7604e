import { ApiError } from './ApiError.js';
import type { ApiProblem } from './ApiProblem.js';
import { failureProblem } from './failureProblem.js';
import { problemEvents } from './problemEvents.js';
import { problemFromResponse } from './problemFromResponse.js';
import { systemClock, type TimerHandle } from './timing/Clock.js';
import { type ProblemOptions, toProblem } from './toProblem.js';

/** `RequestInit`, plus a JSON-able `body`, a `timeout` and whether to publish problems. */
export interface ApiFetchInit extends Omit<RequestInit, 'body'> {
  /**
   * A plain object or array is sent as JSON with `Content-Type: application/json` (unless you set one);
   * `FormData`, `Blob`, `URLSearchParams`, `ArrayBuffer`, streams and strings are passed to `fetch` unchanged.
   */
  body?: BodyInit | object | null;
  /** Milliseconds before the request is abandoned with a `timeout` problem. Default: the instance's, else none. */
  timeout?: number;
  /** Publish this call's problem to `problemEvents` (and `onProblem`). Default true. */
  publish?: boolean;
}

/** Defaults for `createApiFetch`. */
export interface ApiFetchDefaults extends ProblemOptions {
  /** Prefixed to relative string URLs: `'https://api.example.com/v3'` + `'/orders'` → `…/v3/orders`. */
  baseUrl?: string | URL;
  /** Sent with every request; a call's own headers win. */
  headers?: HeadersInit;
  /** The `fetch` to use (a wrapped or instrumented one). Default: the global `fetch`, looked up at call time. */
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Default timeout in ms for every call. */
  timeout?: number;
  /** Called with every problem this instance produces (after `problemEvents`). */
  onProblem?: (problem: ApiProblem, error: ApiError) => void;
}

/** A configured `apiFetch`. */
export type ApiFetch = <T = unknown>(input: RequestInfo | URL, init?: ApiFetchInit) => Promise<T>;

const ignore = () => {};

async function send<T>(defaults: ApiFetchDefaults, input: RequestInfo | URL, init: ApiFetchInit = {}): Promise<T> {
  const { baseUrl, headers: defaultHeaders, fetch: customFetch, timeout, onProblem, ...problemOptions } = defaults;
  const clock = defaults.clock ?? systemClock;
  const { body, timeout: callTimeout, publish = true, headers: callHeaders, signal, ...rest } = init;

  // What to call fetch with, and how the problem will name the request. Relative string URLs join the base URL.
  const target =
    typeof input === 'string' && baseUrl !== undefined && !/^([a-z][a-z\d+\-.]*:|\/\/)/i.test(input)
      ? `${String(baseUrl).replace(/\/+$/, '')}${input && `/${input.replace(/^\/+/, '')}`}`
      : input;
  const given = typeof Request !== 'undefined' && target instanceof Request ? target : undefined;
  const request = { method: (rest.method ?? given?.method ?? 'GET').toUpperCase(), url: given?.url ?? String(target) };
  const options = { ...problemOptions, request };

  const fail = (problem: ApiProblem, cause?: unknown): ApiError => {
    const error = new ApiError(problem, cause === undefined ? undefined : { cause });
    if (publish) {
      problemEvents.publish(problem, { source: 'apiFetch', error });
      try {
        onProblem?.(problem, error);
      } catch (listenerError) {
        // Reported the way `EventTarget` reports a listener's exception, without replacing this call's rejection.
        queueMicrotask(() => {
          throw listenerError;
        });
      }
    }
    return error;
  };
  // fetch rejects for network failures (failureProblem knows each engine's wording), aborts and invalid input;
  // what it cannot recognise stays `unknown` rather than claiming the person is offline. `code` says which
  // request never left: an invalid header, a body JSON cannot hold (a cycle, a BigInt), no fetch at all.
  const failure = (error: unknown, code?: string) => fail(failureProblem(error, options, request, code), error);

  // Headers: instance defaults < the Request's own < this call's. Accept asks for JSON and problem details
  // (research/formats.md §6) unless the caller chose.
  const headers = new Headers();
  try {
    for (const layer of [defaultHeaders, given?.headers, callHeaders]) {
      new Headers(layer).forEach((value, name) => {
        headers.set(name, value);
      });
    }
  } catch (error) {
    throw failure(error, 'invalid-request');
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json, application/problem+json');

  // Any object that fetch does not send as it is (checked by tag, so it works across realms and polyfills) goes as
  // JSON: fetch would turn a plain object or a class instance into the useless text "[object Object]", and
  // JSON.stringify honours `toJSON` (dates, DTO classes).
  let payload = body as BodyInit | null | undefined;
  if (
    typeof body === 'object' &&
    body &&
    !ArrayBuffer.isView(body) &&
    !/^\[object (FormData|Blob|File|URLSearchParams|ArrayBuffer|ReadableStream)\]$/.test(
      Object.prototype.toString.call(body),
    )
  ) {
    try {
      payload = JSON.stringify(body);
    } catch (error) {
      throw failure(error, 'invalid-body');
    }
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }

  // One controller carries both the caller's abort and the timeout, so we know which one fired: the caller's abort
  // rejects with the caller's own reason (an abort is a decision, not a failure to report), the timeout with a
  // `timeout` problem.
  const callerSignal = signal ?? given?.signal;
  if (callerSignal?.aborted) throw callerSignal.reason;
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });

  // The timer goes through the injected Clock, not AbortSignal.timeout(): that one runs on the host's own timer,
  // which neither the Clock nor Vitest's fake timers control, so tests would have to wait in wall time, and
  // ARCHITECTURE.md routes all time through the Clock. It is cleared in `finally`, so no timer outlives a call.
  const timeoutMs = callTimeout ?? timeout;
  let timedOut = false;
  let timer: TimerHandle | undefined;
  if (typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs < Infinity) {
    timer = clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  }
  const rejection = (error: unknown): unknown =>
    timedOut
      ? failure(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'))
      : callerSignal?.aborted
        ? callerSignal.reason
        : failure(error);

  try {
    const fetchImpl = customFetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw failure(undefined, 'no-fetch');
    let response: Response;
    try {
      response = await fetchImpl(target, {
        ...rest,
        method: request.method,
        headers,
        body: payload,
        signal: controller.signal,
      });
    } catch (error) {
      throw rejection(error);
    }
    const { status } = response;
    // No content, HEAD, and 3xx reaching here (redirect: 'manual', 304; not failures, DESIGN.md): no body to give.
    if (
      status === 204 ||
      status === 205 ||
      (status >= 300 && status < 400) ||
      response.type === 'opaqueredirect' ||
      (response.ok && request.method === 'HEAD')
    ) {
      await response.body?.cancel().catch(ignore);
      return undefined as T;
    }
    if (!response.ok) throw fail(await problemFromResponse(response, options));
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw rejection(error); // the connection dropped, or the timeout fired, while the body arrived
    }
    // JSON by media type (any `/json` or `+json`), text otherwise, undefined for an empty body.
    if (!text || !/^[^;]*[/+]json\s*(;|$)/i.test(response.headers.get('content-type') ?? ''))
      return (text || undefined) as T;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw fail(
        {
          ...toProblem({ status, headers: response.headers, body: text, request }, problemOptions),
          code: 'invalid-json',
        },
        error,
      );
    }
  } finally {
    if (timer !== undefined) clock.clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * `fetch` for JSON APIs that fails loudly and usefully. It resolves with the parsed body on 2xx (JSON by content
 * type, text otherwise, `undefined` on 204/205 or an empty body) and rejects with an `ApiError` whose `problem`
 * says what went wrong: HTTP errors are read by `problemFromResponse` (with the request's method and URL), a
 * network failure is status 0 kind `network`, a `timeout` (ms) expiry kind `timeout`. A caller's own `signal`
 * abort rejects with the signal's reason, unchanged. Plain objects and arrays are sent as JSON; `Accept` asks
 * for JSON and problem details unless you set it. Every problem is also published to `problemEvents`, so a
 * mounted `ProblemProvider` sees it. Use `createApiFetch` for a base URL, default headers or a custom fetch.
 *
 * @example
 * ```ts
 * const company = await apiFetch<Company>('/api/companies', { method: 'POST', body: { name: 'Acme' } });
 * ```
 */
export function apiFetch<T = unknown>(input: RequestInfo | URL, init?: ApiFetchInit): Promise<T> {
  return send<T>({}, input, init);
}

/**
 * An `apiFetch` with defaults: `baseUrl` for relative string URLs, `headers` sent on every call (a call's own
 * win), a custom `fetch`, a `clock` (timeouts and `receivedAt`), a default `timeout`, an `onProblem` callback, and
 * `toProblem`'s options (`dialects`, `maxRetryAfterMs`).
 *
 * @example
 * ```ts
 * const api = createApiFetch({
 *   baseUrl: 'https://api.bigcommerce.com/stores/abc/v3',
 *   headers: { 'X-Auth-Token': token },
 *   timeout: 15_000,
 * });
 * const products = await api<Product[]>('/catalog/products');
 * ```
 */
export function createApiFetch(defaults: ApiFetchDefaults = {}): ApiFetch {
  return <T = unknown>(input: RequestInfo | URL, init?: ApiFetchInit): Promise<T> => send<T>(defaults, input, init);
}
