import type { ApiProblem } from './ApiProblem.js';
import { failureProblem } from './failureProblem.js';
import { type ProblemOptions, toProblem } from './toProblem.js';

// Sources for the shapes recognised here (research/anchors.md §7; what fetch itself throws is in failureProblem.ts):
// - ky 2 `HTTPError`: `response` (a Response), `request`, `data` (the pre-parsed body: JSON or text).
// - ofetch `FetchError`: `response` (with `_data`), `data`, `status`/`statusCode`, `request`, `options.method`.
// - axios `AxiosError`: `isAxiosError: true`, `response: { status, headers (plain object or AxiosHeaders), data }`,
//   `config: { method, url, baseURL }`, `code` ERR_NETWORK / ECONNABORTED / ETIMEDOUT / ERR_CANCELED.
// - A thrown `Response` (React Router loaders, hand-written `if (!res.ok) throw res`).
// - GraphQL clients (checked against @apollo/client 3.14 and 4.3, graphql-request 7.4): Apollo 3 throws an
//   `ApolloError` whose `networkError` is a `ServerError` (`response`, `statusCode`, `result`: the parsed body) or
//   what fetch threw, and whose `graphQLErrors` are the errors a server sent in a 200; Apollo 4 throws the
//   `ServerError` itself (with `bodyText`) and `CombinedGraphQLErrors` (`errors`, `data`); graphql-request's
//   `ClientError` has a plain `response` with `status`, `headers` and the body text as `body`.
// - tRPC `TRPCClientError` (v10, v11; checked against @trpc/client 11.25 with httpLink and httpBatchLink): `shape`
//   (the error as the server formatted it, `{message, code, data}`), `data.httpStatus`, and `meta.response` (the
//   fetch Response, for its headers). Its body is `{"error": shape}`, which the dialects read (a Zod failure's
//   issues are in `shape.message`, or in `data.zodError` with tRPC's error-formatting recipe). Without a `shape`
//   it wraps what `fetch` threw, as its `cause`.

/** Options for `asProblem`: those of `toProblem`, plus the request to record when the error does not say. */
export interface AsProblemOptions extends ProblemOptions {
  /** The request that failed, when the caller knows it better than the error does. */
  request?: { method: string; url: string };
}

type Shape = Record<string, unknown>;
type Request = { method: string; url: string };

function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null;
}

const upper = (method: unknown) => (typeof method === 'string' ? method : 'GET').toUpperCase();

/** A header record from a Headers, an AxiosHeaders instance or a plain object (list values joined). */
function headersOf(value: unknown): HeadersInit | undefined {
  if (!isObject(value) || (typeof Headers !== 'undefined' && value instanceof Headers)) return value as HeadersInit;
  const record: Shape = {};
  const add = (header: unknown, name: string) => {
    record[name] = Array.isArray(header) ? header.filter((item) => typeof item === 'string').join(', ') : header;
  };
  if (typeof value.get === 'function' && typeof value.forEach === 'function') value.forEach(add);
  else for (const name of Object.keys(value)) add(value[name], name);
  return record as HeadersInit;
}

/** ky and ofetch: the request as a URL string or a Request, with ofetch's `options.method`. */
function requestOf(value: unknown, method: unknown): Request | undefined {
  if (typeof value === 'string') return { method: upper(method), url: value };
  return isObject(value) && typeof value.url === 'string'
    ? { method: upper(typeof value.method === 'string' ? value.method : method), url: value.url }
    : undefined;
}

/** axios: `config.url` relative to `config.baseURL`, method lower-case. */
function axiosRequestOf(config: unknown): Request | undefined {
  if (!isObject(config) || typeof config.url !== 'string') return undefined;
  const { url, baseURL } = config;
  return {
    method: upper(config.method),
    url:
      typeof baseURL === 'string' && baseURL && !/^[a-z][a-z\d+\-.]*:/i.test(url)
        ? `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`
        : url,
  };
}

function classify(error: unknown, options: AsProblemOptions | undefined, nested = false): ApiProblem {
  const known = options?.request;
  /** An HTTP failure from a library's error: its response's status and headers, and the body it already read. */
  const fromResponse = (response: Shape, body: unknown, request: Request | undefined) => {
    const { status } = response;
    return Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 999
      ? toProblem({ status: status as number, headers: headersOf(response.headers), body, request }, options)
      : undefined;
  };
  if (!isObject(error)) return failureProblem(error, options, known);
  // A fetch `Response` from any realm: status, a Headers-like `headers`, and the body flags. Its body cannot be
  // read synchronously — use problemFromResponse for that.
  if (
    typeof error.ok === 'boolean' &&
    typeof error.bodyUsed === 'boolean' &&
    typeof (error.headers as { get?: unknown } | null)?.get === 'function'
  ) {
    const request =
      known ?? (typeof error.url === 'string' && error.url ? { method: 'GET', url: error.url } : undefined);
    return fromResponse(error, undefined, request) ?? failureProblem(undefined, options, request);
  }
  const { shape, data, meta } = error;
  if (isObject(shape) && isObject(data) && Number.isInteger(data.httpStatus)) {
    const response = isObject(meta) && isObject(meta.response) ? meta.response : {};
    return (
      fromResponse({ status: data.httpStatus, headers: response.headers }, { error: shape }, known) ??
      failureProblem(error, options, known)
    );
  }
  // tRPC wraps what fetch threw (a dropped connection, an abort, a timeout) in a TRPCClientError without a shape.
  if (error.name === 'TRPCClientError' && isObject(error.cause)) return failureProblem(error.cause, options, known);
  // Apollo Client 3: what failed is the ApolloError's `networkError` (a ServerError, or what fetch threw).
  if (isObject(error.networkError) && !nested) return classify(error.networkError, options, true);
  // GraphQL errors in a 200: Apollo Client 3's `graphQLErrors`, Apollo Client 4's CombinedGraphQLErrors `errors`.
  const { graphQLErrors } = error;
  const graphql =
    Array.isArray(graphQLErrors) && graphQLErrors.length > 0
      ? graphQLErrors
      : error.name === 'CombinedGraphQLErrors' && Array.isArray(error.errors)
        ? error.errors
        : undefined;
  if (graphql) return toProblem({ status: 200, body: { errors: graphql }, request: known }, options);
  // axios: HTTP errors carry a plain `response`, the rest are told apart by `code`. ky HTTPError, ofetch
  // FetchError and look-alikes: a Response-like `response` and, when read, `data` (ofetch: `response._data`).
  // Apollo's ServerError: `result` (3) or `bodyText` (4); graphql-request's ClientError: `response.body`, the text.
  const { response } = error;
  const axios = error.isAxiosError === true;
  const request =
    known ??
    (axios ? axiosRequestOf(error.config) : requestOf(error.request, isObject(error.options) && error.options.method));
  const body =
    isObject(response) &&
    (axios
      ? response.data
      : (error.data ??
        response._data ??
        error.result ??
        error.bodyText ??
        (typeof response.body === 'string' ? response.body : undefined)));
  return (isObject(response) && fromResponse(response, body, request)) || failureProblem(error, options, request);
}

/**
 * Turns anything thrown into an `ApiProblem`, so a component can take any `error`: an `ApiError` gives its
 * problem, and a problem is returned as is. A failed `fetch` (`TypeError` "Failed to fetch", "NetworkError when
 * attempting to fetch resource.", "Load failed", undici "fetch failed") becomes status 0, kind `network`; a
 * `TimeoutError` (`AbortSignal.timeout`, ky) or axios `ECONNABORTED`/`ETIMEDOUT` kind `timeout`; a plain
 * `AbortError` (or axios cancel) kind `unknown` with code `'aborted'`. ky `HTTPError`, ofetch `FetchError`,
 * axios errors with a response, tRPC's `TRPCClientError`, Apollo Client's and graphql-request's errors and a
 * thrown `Response` are normalised from their status, headers and (already read) body by `toProblem` (GraphQL
 * errors a server sent in a 200 keep status 200). Anything else — strings, numbers, `null`, foreign error
 * classes — is status 0, kind `unknown`, with the catalog title: a JS error message is never a person's title; it
 * is kept as text in `body` for developers. Never throws.
 *
 * @example
 * ```ts
 * asProblem(new TypeError('Failed to fetch')).kind;                 // 'network'
 * asProblem(new DOMException('Timed out', 'TimeoutError')).kind;    // 'timeout'
 * asProblem(apiError) === apiError.problem;                         // true
 * asProblem('boom');  // { status: 0, kind: 'unknown', title: 'Something went wrong', body: 'boom', … }
 * ```
 */
export function asProblem(error: unknown, options?: AsProblemOptions): ApiProblem {
  try {
    return classify(error, options);
  } catch {
    // Only hostile values (throwing getters, Proxies) get here.
    return failureProblem(undefined, options);
  }
}
