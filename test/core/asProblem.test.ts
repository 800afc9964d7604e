import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { asProblem } from '../../src/core/asProblem.js';
import { isApiProblem } from '../../src/core/isApiProblem.js';
import { kindForStatus } from '../../src/core/kindForStatus.js';
import { defaultTitle } from '../../src/core/messages/defaultTitle.js';
import type { Clock } from '../../src/core/timing/Clock.js';
import { toProblem } from '../../src/core/toProblem.js';

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };

// Look-alikes of the libraries' error classes, with the members their sources define (research/anchors.md §7).
class KyHTTPError extends Error {
  override name = 'HTTPError';
  constructor(
    readonly response: Response,
    readonly request: Request,
    readonly data: unknown,
  ) {
    super(`Request failed with status code ${response.status}`);
  }
}
class KyTimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(readonly request: Request) {
    super(`Request timed out: ${request.method} ${request.url}`);
  }
}
class FetchError extends Error {
  override name = 'FetchError';
  response?: Response & { _data?: unknown };
  data?: unknown;
  status?: number;
  request?: string;
  options?: { method?: string };
}
/**
 * tRPC's TRPCClientError as @trpc/client 11.25 throws it (own keys `cause`, `shape`, `data`, `meta`, `name`; `data` is
 * `shape.data`; `meta` holds the fetch Response and its parsed JSON).
 */
function trpcClientError(shape: { message: string; code: number; data: Record<string, unknown> }, response: Response) {
  return Object.assign(new Error(shape.message), {
    name: 'TRPCClientError',
    cause: undefined,
    shape,
    data: shape.data,
    meta: { response, responseJSON: { error: shape } },
  });
}
function axiosError(fields: Record<string, unknown>): Error {
  return Object.assign(
    new Error(String(fields.message ?? 'axios')),
    { name: 'AxiosError', isAxiosError: true },
    fields,
  );
}

describe('asProblem', () => {
  describe('problems and ApiErrors', () => {
    it('returns an ApiError’s problem', () => {
      const problem = toProblem({ status: 404 });
      expect(asProblem(new ApiError(problem))).toBe(problem);
    });

    it('returns a problem as it is', () => {
      const problem = toProblem({ status: 503 });
      expect(asProblem(problem)).toBe(problem);
    });
  });

  describe('fetch network failures → status 0, network', () => {
    it.each([
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'fetch failed',
      'Network request failed',
      'The Internet connection appears to be offline.',
      'Failed to fetch (api.example.com)',
    ])('recognises TypeError %j', (message) => {
      const problem = asProblem(new TypeError(message));
      expect(problem).toMatchObject({ status: 0, kind: 'network', title: defaultTitle('network') });
      expect(problem.titleSource).toBe('catalog');
      expect(problem.body).toBe(`TypeError: ${message}`);
    });

    it('does not take any TypeError for a network failure', () => {
      expect(asProblem(new TypeError("Cannot read properties of undefined (reading 'x')")).kind).toBe('unknown');
    });

    it('records the request passed in options', () => {
      const problem = asProblem(new TypeError('Failed to fetch'), { request: { method: 'GET', url: '/api/x' } });
      expect(problem.request).toEqual({ method: 'GET', url: '/api/x' });
    });
  });

  describe('timeouts and aborts', () => {
    it('reads a TimeoutError DOMException (AbortSignal.timeout) as timeout', () => {
      const problem = asProblem(new DOMException('The operation timed out.', 'TimeoutError'));
      expect(problem).toMatchObject({ status: 0, kind: 'timeout', title: defaultTitle('timeout') });
    });

    it('reads what AbortSignal.timeout actually aborts with as timeout', () => {
      const signal = AbortSignal.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      expect(asProblem(signal.reason).kind).toBe('timeout');
    });

    it('reads a plain AbortError as unknown with code "aborted"', () => {
      const problem = asProblem(new DOMException('This operation was aborted', 'AbortError'));
      expect(problem).toMatchObject({ status: 0, kind: 'unknown', code: 'aborted', title: defaultTitle('unknown') });
      expect(asProblem(AbortSignal.abort().reason).code).toBe('aborted');
    });

    it('reads an AbortError caused by a timeout as timeout', () => {
      const error = new DOMException('aborted', 'AbortError');
      Object.defineProperty(error, 'cause', { value: new DOMException('t', 'TimeoutError') });
      expect(asProblem(error).kind).toBe('timeout');
    });

    it('reads ky’s TimeoutError with its request', () => {
      const problem = asProblem(new KyTimeoutError(new Request('https://api.test/orders', { method: 'POST' })));
      expect(problem).toMatchObject({
        status: 0,
        kind: 'timeout',
        request: { method: 'POST', url: 'https://api.test/orders' },
      });
    });
  });

  describe('HTTP errors from libraries', () => {
    it('reads ky’s HTTPError from its response and pre-parsed data', () => {
      const response = new Response(null, {
        status: 422,
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-1' },
      });
      const error = new KyHTTPError(response, new Request('https://api.test/companies', { method: 'POST' }), {
        status: 422,
        title: 'Missing Required Fields',
        errors: { name: 'Please provide a name.' },
      });
      const problem = asProblem(error, { clock });
      expect(problem).toMatchObject({
        status: 422,
        kind: 'validation',
        title: 'Missing Required Fields',
        titleSource: 'body',
        traceId: 'req-1',
        receivedAt: now,
        request: { method: 'POST', url: 'https://api.test/companies' },
      });
      expect(problem.fieldErrors.get('name')).toEqual(['Please provide a name.']);
    });

    it('reads ky’s HTTPError retry timing from headers', () => {
      const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } });
      const error = new KyHTTPError(response, new Request('https://api.test/x'), undefined);
      expect(asProblem(error)).toMatchObject({ status: 429, kind: 'rate-limited', retryAfterMs: 30_000 });
    });

    it('reads ofetch’s FetchError (data, or response._data)', () => {
      const error = new FetchError('[POST] "/api/orders": 409 Conflict');
      error.response = Object.assign(new Response(null, { status: 409 }), {
        _data: { title: 'Order was changed by someone else' },
      });
      error.status = 409;
      error.request = '/api/orders';
      error.options = { method: 'post' };
      expect(asProblem(error)).toMatchObject({
        status: 409,
        kind: 'conflict',
        title: 'Order was changed by someone else',
        request: { method: 'POST', url: '/api/orders' },
      });
      error.data = { title: 'From data' };
      expect(asProblem(error).title).toBe('From data');
    });

    it('reads axios errors with a response: status, plain-object headers, data, config', () => {
      const error = axiosError({
        code: 'ERR_BAD_REQUEST',
        config: { method: 'put', url: '/companies/7', baseURL: 'https://api.test/v3/' },
        response: {
          status: 400,
          headers: { 'content-type': 'application/json', 'x-retry-after': '15', 'set-cookie': ['a=1', 'b=2'] },
          data: { email: ['Enter a valid email address.'] },
        },
      });
      const problem = asProblem(error);
      expect(problem).toMatchObject({
        status: 400,
        kind: 'validation',
        retryAfterMs: 15_000,
        request: { method: 'PUT', url: 'https://api.test/v3/companies/7' },
      });
      expect(problem.fieldErrors.get('email')).toEqual(['Enter a valid email address.']);
    });

    it.each([
      ['ECONNABORTED', 'timeout'],
      ['ETIMEDOUT', 'timeout'],
      ['ERR_NETWORK', 'network'],
      ['ERR_BAD_OPTION', 'unknown'],
    ])('reads an axios error without a response and code %s as %s', (code, kind) => {
      const problem = asProblem(
        axiosError({ code, message: 'x', config: { method: 'get', url: 'https://api.test/a' } }),
      );
      expect(problem).toMatchObject({ status: 0, kind, request: { method: 'GET', url: 'https://api.test/a' } });
    });

    it('reads an axios cancel as an abort', () => {
      const error = Object.assign(axiosError({ code: 'ERR_CANCELED', message: 'canceled' }), { name: 'CanceledError' });
      expect(asProblem(error)).toMatchObject({ status: 0, kind: 'unknown', code: 'aborted' });
    });

    it('reads a thrown Response from its status and headers, leaving the body unread', () => {
      const response = new Response('{"title":"unread"}', {
        status: 503,
        headers: { 'Retry-After': '120', 'Content-Type': 'application/json' },
      });
      const problem = asProblem(response, { clock });
      expect(problem).toMatchObject({
        status: 503,
        kind: 'unavailable',
        retryAfterMs: 120_000,
        titleSource: 'catalog',
      });
      expect(response.bodyUsed).toBe(false);
    });
  });

  describe('GraphQL clients: Apollo Client 3 and 4, graphql-request', () => {
    // Look-alikes with the own members the real errors have (@apollo/client 3.14 and 4.3, graphql-request 7.4).
    const sessionExpired = { errors: [{ message: 'Session expired', extensions: { code: 40101 } }] };
    const answer = (status: number, headers: Record<string, string> = {}) =>
      new Response(null, { status, headers: { 'Content-Type': 'application/json', ...headers } });
    const apollo3ServerError = (status: number, result: unknown, headers?: Record<string, string>) =>
      Object.assign(new Error(`Response not successful: Received status code ${status}`), {
        name: 'ServerError',
        response: answer(status, headers),
        statusCode: status,
        result,
      });
    const apolloError = (fields: { networkError?: unknown; graphQLErrors?: unknown[] }) =>
      Object.assign(new Error('Response not successful'), {
        name: 'ApolloError',
        graphQLErrors: [],
        protocolErrors: [],
        clientErrors: [],
        networkError: null,
        extraInfo: undefined,
        ...fields,
      });

    it("reads Apollo 3's ApolloError from its networkError: status, headers and the parsed result", () => {
      const expired = apolloError({ networkError: apollo3ServerError(401, sessionExpired) });
      expect(asProblem(expired)).toMatchObject({
        status: 401,
        kind: 'unauthenticated',
        dialect: 'graphql',
        title: 'Session expired',
        code: '40101',
      });
      const down = apolloError({
        networkError: apollo3ServerError(
          503,
          { errors: [{ message: 'Down for maintenance' }] },
          { 'Retry-After': '120' },
        ),
      });
      expect(asProblem(down, { clock })).toMatchObject({ kind: 'unavailable', retryAfterMs: 120_000 });
      expect(asProblem(apolloError({ networkError: new TypeError('Failed to fetch') })).kind).toBe('network');
    });

    it('keeps status 200 for GraphQL errors a server sent in a 200 (Apollo 3 graphQLErrors, Apollo 4 errors)', () => {
      const errors = [{ message: 'Customer login failed', path: ['login'] }];
      const apollo3 = apolloError({ graphQLErrors: errors });
      const apollo4 = Object.assign(new Error('Customer login failed'), {
        name: 'CombinedGraphQLErrors',
        errors,
        data: null,
        extensions: undefined,
      });
      for (const error of [apollo3, apollo4]) {
        expect(asProblem(error)).toMatchObject({ status: 200, dialect: 'graphql', title: 'Customer login failed' });
      }
    });

    it("reads Apollo 4's ServerError and graphql-request's ClientError from the body text they keep", () => {
      const apollo4 = Object.assign(new Error('Response not successful: Received status code 401'), {
        name: 'ServerError',
        response: answer(401),
        statusCode: 401,
        bodyText: JSON.stringify(sessionExpired),
      });
      const graphqlRequest = Object.assign(new Error('Session expired: {…}'), {
        response: {
          ...sessionExpired,
          status: 401,
          headers: new Headers({ 'Content-Type': 'application/json' }),
          body: JSON.stringify(sessionExpired),
        },
        request: { query: 'query { me { id } }' },
      });
      for (const error of [apollo4, graphqlRequest]) {
        expect(asProblem(error)).toMatchObject({ status: 401, kind: 'unauthenticated', title: 'Session expired' });
      }
    });

    it('follows networkError one level only', () => {
      const loop: Record<string, unknown> = { name: 'ApolloError', graphQLErrors: [] };
      loop.networkError = loop;
      expect(asProblem(loop)).toMatchObject({ status: 0, kind: 'unknown' });
    });
  });

  describe("tRPC's TRPCClientError", () => {
    // What a tRPC 11 server sends when a procedure's Zod 4 input fails (captured): the issues are the message.
    const issues = [
      { origin: 'string', code: 'too_small', minimum: 1, inclusive: true, path: ['name'], message: 'Name is required' },
      { expected: 'string', code: 'invalid_type', path: ['items', 1, 'sku'], message: 'Invalid input' },
    ];
    const badRequest = { code: 'BAD_REQUEST', httpStatus: 400, path: 'company.create' };

    it("reads a Zod failure's issues from the error's message as field errors", () => {
      const error = trpcClientError(
        { message: JSON.stringify(issues, null, 2), code: -32600, data: badRequest },
        new Response(null, { status: 400, headers: { 'Content-Type': 'application/json' } }),
      );
      const problem = asProblem(error);
      expect(problem).toMatchObject({ status: 400, kind: 'validation', dialect: 'zod', code: 'BAD_REQUEST' });
      expect(problem.titleSource).toBe('catalog');
      expect([...problem.fieldErrors]).toEqual([
        ['name', ['Name is required']],
        ['items.1.sku', ['Invalid input']],
      ]);
    });

    it("reads the error-formatting recipe's data.zodError, with the procedure's message as the title", () => {
      const error = trpcClientError(
        {
          message: 'Check the company details',
          code: -32600,
          data: { ...badRequest, zodError: { formErrors: [], fieldErrors: { name: ['Name is required'] } } },
        },
        new Response(null, { status: 400 }),
      );
      expect(asProblem(error)).toMatchObject({ kind: 'validation', title: 'Check the company details' });
      expect(asProblem(error).fieldErrors.get('name')).toEqual(['Name is required']);
    });

    it("takes the wait from the response's headers and the status from data.httpStatus", () => {
      const error = trpcClientError(
        { message: 'Slow down', code: -32029, data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } },
        new Response(null, { status: 429, headers: { 'Retry-After': '30' } }),
      );
      expect(asProblem(error, { clock })).toMatchObject({
        status: 429,
        kind: 'rate-limited',
        title: 'Slow down',
        retryAfterMs: 30_000,
      });
    });

    it('reads a TRPCClientError without a response (a batch answered by another link) from its status alone', () => {
      const error = Object.assign(
        trpcClientError(
          { message: 'Not here', code: -32004, data: { code: 'NOT_FOUND', httpStatus: 404 } },
          new Response(),
        ),
        { meta: undefined },
      );
      expect(asProblem(error)).toMatchObject({ status: 404, kind: 'not-found', title: 'Not here' });
    });

    it('reads a TRPCClientError around a dropped connection or an abort from its cause', () => {
      const error = Object.assign(new Error('Failed to fetch'), {
        name: 'TRPCClientError',
        cause: new TypeError('Failed to fetch'),
        shape: undefined,
        data: undefined,
        meta: undefined,
      });
      expect(asProblem(error)).toMatchObject({ status: 0, kind: 'network' });
      const aborted = Object.assign(new Error('The operation was aborted.'), {
        name: 'TRPCClientError',
        cause: new DOMException('The operation was aborted.', 'AbortError'),
      });
      expect(asProblem(aborted)).toMatchObject({ status: 0, kind: 'unknown', code: 'aborted' });
    });
  });

  describe('anything else → status 0, unknown, catalog title; the JS message only in body', () => {
    it.each<[string, unknown, unknown]>([
      ['a string', 'boom', 'boom'],
      ['a number', 42, 42],
      ['null', null, null],
      ['undefined', undefined, undefined],
      ['a boolean', false, false],
      ['a symbol', Symbol('s'), 'Symbol(s)'],
      ['a bigint', 10n, '10'],
      ['a plain Error', new Error('secret internals'), 'Error: secret internals'],
      ['a RangeError', new RangeError('bad'), 'RangeError: bad'],
      ['an object', { weird: true }, { weird: true }],
    ])('%s', (_, value, body) => {
      const problem = asProblem(value, { clock });
      expect(problem).toMatchObject({
        status: 0,
        kind: 'unknown',
        title: defaultTitle('unknown'),
        titleSource: 'catalog',
        receivedAt: now,
      });
      expect(problem.body).toEqual(body);
      expect(problem.title).not.toContain('secret');
      expect(problem.detail).toBeUndefined();
      expect(isApiProblem(problem)).toBe(true);
    });

    it('treats a foreign error class by shape, not by class', () => {
      class GraphQLClientError extends Error {
        override name = 'ClientError';
      }
      expect(asProblem(new GraphQLClientError('bad')).kind).toBe('unknown');
    });

    it('caps a huge error message in body', () => {
      const problem = asProblem(new Error('x'.repeat(100_000)));
      expect(String(problem.body).length).toBeLessThanOrEqual(1000);
    });

    it('never throws on a hostile value', () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
          has() {
            throw new Error('trap');
          },
          getPrototypeOf() {
            throw new Error('trap');
          },
        },
      );
      const problem = asProblem(hostile);
      expect(problem).toMatchObject({ status: 0, kind: 'unknown' });
    });
  });

  it("never throws on anything shaped like a library's error, and always answers a whole problem", () => {
    const anything = fc.anything({ maxDepth: 3 });
    const status = fc.oneof(fc.integer({ min: 100, max: 599 }), anything);
    const response = fc.record(
      { status, headers: fc.oneof(anything, fc.dictionary(fc.string(), fc.string())), body: anything, _data: anything },
      { requiredKeys: [] },
    );
    const thrown = fc.oneof(
      anything,
      // tRPC, Apollo 3 and 4, graphql-request, ky/ofetch/axios: the members asProblem looks at, holding anything.
      fc.record(
        {
          name: fc.constant('TRPCClientError'),
          shape: anything,
          data: fc.record({ httpStatus: status }),
          meta: fc.record({ response }),
          cause: anything,
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          name: fc.constant('ApolloError'),
          networkError: fc.oneof(anything, fc.record({ response, statusCode: status, result: anything })),
          graphQLErrors: anything,
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          name: fc.constantFrom('ServerError', 'CombinedGraphQLErrors'),
          response,
          bodyText: anything,
          errors: anything,
        },
        { requiredKeys: [] },
      ),
      fc.record(
        { response, request: anything, data: anything, result: anything, isAxiosError: fc.boolean(), config: anything },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(thrown, (error) => {
        const problem = asProblem(error);
        expect(isApiProblem(problem)).toBe(true);
        expect(problem.title.length).toBeGreaterThan(0);
        if (problem.status >= 100) {
          expect([kindForStatus(problem.status), kindForStatus(problem.status, true)]).toContain(problem.kind);
        }
      }),
    );
  });
});
