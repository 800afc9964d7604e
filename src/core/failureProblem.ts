import { isApiError } from './ApiError.js';
import type { ApiProblem, ProblemKind } from './ApiProblem.js';
import { isApiProblem } from './isApiProblem.js';
import { defaultTitle } from './messages/defaultTitle.js';
import { type ProblemOptions, toProblem } from './toProblem.js';

// What `fetch` and the code around it throw when no response is there to read (research/anchors.md §7):
// - network failures reject with a TypeError whose message is the engine's: Chrome "Failed to fetch" (perhaps with
//   the host in parentheses), Firefox "NetworkError when attempting to fetch resource.", Safari "Load failed"
//   (older: "The Internet connection appears to be offline.", "The network connection was lost."), Node/undici
//   "fetch failed", whatwg-fetch and React Native "Network request failed". (Sentry's list of network errors matches.)
// - Timeouts: `AbortSignal.timeout()` aborts with a DOMException named "TimeoutError" (WHATWG DOM); ky's
//   TimeoutError has the same name; axios uses code ECONNABORTED or ETIMEDOUT.
// - Aborts: a DOMException "AbortError" (an AbortError whose cause is a TimeoutError, from AbortSignal.any, is a
//   timeout), axios' CanceledError / ERR_CANCELED.
const networkMessage =
  /^(failed to fetch|(fetch|load|network request) failed|networkerror when attempting to fetch resource|the (internet connection appears to be offline|network connection was lost))(\.| \(.*)?$/i;

/** What a developer may want from a JS error, as text of at most 1000 characters: kept in `body`, never shown. */
function errorText(value: unknown): unknown {
  if (typeof value === 'object' && value) {
    const { name, message } = value as { name?: unknown; message?: unknown };
    const n = typeof name === 'string' ? name : undefined;
    const m = typeof message === 'string' ? message : undefined;
    if (n === undefined && m === undefined) return value;
    value = n && m ? `${n}: ${m}` : (m ?? n);
  }
  return typeof value === 'string' ||
    typeof value === 'bigint' ||
    typeof value === 'symbol' ||
    typeof value === 'function'
    ? String(value).slice(0, 1000)
    : value;
}

/**
 * The problem for a failure without a (usable) response, status 0: an `ApiError` gives its problem and a problem
 * is returned as is; a `TimeoutError` (or code ETIMEDOUT / ECONNABORTED, or an abort caused by one) is kind
 * `timeout`; an `AbortError` or cancel is kind `unknown` with code `'aborted'` (an abort is the app's own decision:
 * navigation, unmount, a newer request; code can tell it apart and UIs can choose to show nothing); a network
 * `TypeError` (or `NetworkError`, ERR_NETWORK) is kind `network`; anything else is `unknown` — a JS error message is
 * never a person's title, it is kept as text in `body`. `code` replaces the problem's code. Never throws. `apiFetch`
 * uses it directly, `asProblem` after recognising the HTTP errors of ky, ofetch and axios.
 *
 * @example
 * ```ts
 * failureProblem(new TypeError('Failed to fetch')).kind; // 'network'
 * failureProblem(new DOMException('x', 'AbortError')).code; // 'aborted'
 * ```
 */
export function failureProblem(
  error: unknown,
  options?: ProblemOptions,
  request?: { method: string; url: string },
  code?: string,
): ApiProblem {
  let kind: ProblemKind = 'unknown';
  let body: unknown;
  try {
    if (isApiError(error)) return error.problem;
    if (isApiProblem(error)) return error;
    body = errorText(error);
    const {
      name,
      message,
      code: errorCode,
      cause,
    } = (typeof error === 'object' && error ? error : {}) as {
      name?: unknown;
      message?: unknown;
      code?: unknown;
      cause?: { name?: unknown };
    };
    const aborted = name === 'AbortError' || name === 'CanceledError' || errorCode === 'ERR_CANCELED';
    if (
      name === 'TimeoutError' ||
      errorCode === 'ETIMEDOUT' ||
      errorCode === 'ECONNABORTED' ||
      (aborted && cause?.name === 'TimeoutError')
    ) {
      kind = 'timeout';
    } else if (aborted) {
      code ??= 'aborted';
    } else if (
      name === 'NetworkError' ||
      errorCode === 'ERR_NETWORK' ||
      (name === 'TypeError' && typeof message === 'string' && networkMessage.test(message.trim()))
    ) {
      kind = 'network';
    }
  } catch {
    // A hostile value (throwing getters, a Proxy): nothing more can be told.
  }
  return { ...toProblem({ status: 0, request }, options), kind, title: defaultTitle(kind), code, body };
}
