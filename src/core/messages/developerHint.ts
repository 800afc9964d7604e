import type { ApiProblem } from '../ApiProblem.js';
import { reasonPhrase } from './reasonPhrase.js';

/**
 * Common causes and what to check, per status, from the troubleshooting tables and status pages
 * of the seeds (/work/shared/seeds: BigCommerce B2B Edition "Status codes", BigCommerce REST
 * "API status codes", Aritma Commerce API "HTTP Status Codes"), lightly edited.
 */
const hints: Readonly<Record<number, { readonly causes: string; readonly check: string }>> = {
  400: {
    causes: 'invalid syntax, required data missing, or a missing Content-Type header.',
    check: 'the request body for syntax errors and missing data, and the Content-Type header.',
  },
  401: {
    causes: 'the API credentials (auth token) are missing, invalid or expired.',
    check:
      'the auth token. Send the same request with cURL and the same credentials to rule out an app or configuration issue.',
  },
  403: {
    causes:
      "the account lacks the required OAuth scopes, the store owner's account changed, the request exceeded a platform limit (a store cannot exceed 16,000 categories, for example), or the route is wrong.",
    check: 'the OAuth scopes, the endpoint route, the URL and the auth token. A limit is explained in the detail.',
  },
  405: {
    causes: 'the resource exists but does not support this method (PUT on a collection instead of on one item).',
    check: 'the method and the route: PUT /companies is invalid where PUT /companies/{companyId} is valid.',
  },
  406: {
    causes: 'the Accept header asks for a response media type the server cannot produce.',
    check: 'the Accept request header; most APIs need Accept: application/json.',
  },
  413: {
    causes: 'the request asked for too many objects (the limit parameter exceeded the maximum).',
    check: 'the limit parameter; request fewer objects per page or per batch.',
  },
  415: {
    causes: 'the Content-Type request header names an unsupported media type, or is missing altogether.',
    check: 'the Content-Type request header; JSON bodies need Content-Type: application/json.',
  },
  500: {
    causes: 'an expensive API call or an internal server error.',
    check:
      'nothing on the client side first: re-attempt the request three to five times with increasing delays (at least a minute apart for expensive calls), then send the trace id to the API provider.',
  },
  501: {
    causes:
      'the server does not support this request method (TRACE or PATCH, for example) or the feature is not implemented yet.',
    check: 'the method against the API documentation for this route.',
  },
};

/**
 * The troubleshooting hint for a developer, for the console in development only: for statuses
 * that are mistakes in the app or its configuration (400, 401, 403, 405, 406, 413, 415, 500,
 * 501), what commonly causes them and what to check, naming the request and trace id when
 * known. Never shown to the person (they get the catalog's generic message). `undefined` for
 * other statuses and for anything that is not a problem.
 *
 * @example
 * ```ts
 * if (process.env.NODE_ENV !== 'production') {
 *   const hint = developerHint(problem);
 *   if (hint) console.warn(hint);
 * }
 * // problemkit: 415 Unsupported Media Type from POST /api/companies. Common causes: the
 * // Content-Type request header names an unsupported media type, … Check the Content-Type request header; …
 * ```
 */
export function developerHint(problem: unknown): string | undefined {
  if (typeof problem !== 'object' || problem === null) return undefined;
  const { status, request, traceId } = problem as Partial<Record<keyof ApiProblem, unknown>>;
  if (typeof status !== 'number') return undefined;
  const hint = hints[status];
  if (hint === undefined) return undefined;
  const phrase = reasonPhrase(status);
  let where = '';
  if (typeof request === 'object' && request !== null) {
    const { method, url } = request as { method?: unknown; url?: unknown };
    if (typeof url === 'string') where = ` from ${typeof method === 'string' ? `${method} ` : ''}${url}`;
  }
  const trace = typeof traceId === 'string' && traceId !== '' ? ` Trace id: ${traceId}.` : '';
  return `problemkit: ${status}${phrase === undefined ? '' : ` ${phrase}`}${where}. Common causes: ${hint.causes} Check ${hint.check}${trace}`;
}
