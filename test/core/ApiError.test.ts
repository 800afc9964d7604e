// @vitest-environment node
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ApiError, isApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';

function problem(extra: Partial<ApiProblem> = {}): ApiProblem {
  return {
    status: 422,
    kind: 'validation',
    title: 'Check the details you entered',
    titleSource: 'catalog',
    fieldErrors: new Map([['name', ['Please provide a name.']]]),
    formErrors: [],
    receivedAt: 0,
    dialect: 'bigcommerce-v3',
    body: undefined,
    ...extra,
  };
}

describe('ApiError', () => {
  it('says what failed: status, kind, method and URL', () => {
    const error = new ApiError(problem({ request: { method: 'post', url: '/api/companies' } }));
    expect(error.message).toBe('Request failed with 422 (validation): POST /api/companies');
    expect(error.name).toBe('ApiError');
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe('ApiError: Request failed with 422 (validation): POST /api/companies');
  });

  it('leaves out what it does not know', () => {
    expect(new ApiError(problem({ status: 500, kind: 'server' })).message).toBe('Request failed with 500 (server)');
    expect(
      new ApiError(problem({ status: 0, kind: 'network', request: { method: 'GET', url: 'https://x.test/a' } }))
        .message,
    ).toBe('Request failed (network): GET https://x.test/a');
  });

  it('keeps query strings and fragments, which may hold tokens, out of the message', () => {
    const error = new ApiError(
      problem({ request: { method: 'GET', url: 'https://api.test/orders?token=secret#frag' } }),
    );
    expect(error.message).toBe('Request failed with 422 (validation): GET https://api.test/orders');
    expect(error.problem.request?.url).toContain('token=secret');
  });

  it('shortens a very long URL', () => {
    const error = new ApiError(problem({ request: { method: 'GET', url: `/${'a'.repeat(500)}` } }));
    expect(error.message.length).toBeLessThan(260);
    expect(error.message.endsWith('…')).toBe(true);
  });

  it('carries the problem and the cause', () => {
    const cause = new TypeError('Failed to fetch');
    const p = problem();
    const error = new ApiError(p, { cause });
    expect(error.problem).toBe(p);
    expect(error.cause).toBe(cause);
  });

  it('does not throw when given garbage at run time', () => {
    expect(new ApiError(null as unknown as ApiProblem).message).toBe('Request failed');
    expect(new ApiError({ status: 'x' } as unknown as ApiProblem).message).toBe('Request failed');
  });
});

describe('isApiError', () => {
  it('recognises instances', () => {
    expect(isApiError(new ApiError(problem()))).toBe(true);
  });

  it.each([
    null,
    undefined,
    'ApiError',
    42,
    new Error('Request failed'),
    Object.assign(new Error('x'), { name: 'ApiError' }),
    Object.assign(new Error('x'), { name: 'ApiError', problem: { status: 500 } }),
    { name: 'HTTPError', problem: problem() },
  ])('rejects %s', (value) => {
    expect(isApiError(value)).toBe(false);
  });

  it('recognises an ApiError from another realm', () => {
    const context = vm.createContext({});
    const foreign = vm.runInContext(
      `class ApiError extends Error {
         constructor(problem) { super('Request failed with 503 (unavailable)'); this.name = 'ApiError'; this.problem = problem; }
       }
       new ApiError({ status: 503, kind: 'unavailable', title: 'Service unavailable', titleSource: 'catalog',
         fieldErrors: new Map(), formErrors: [], receivedAt: 0, dialect: 'empty', body: undefined });`,
      context,
    ) as unknown;
    expect(foreign instanceof ApiError).toBe(false);
    expect(foreign instanceof Error).toBe(false);
    expect(isApiError(foreign)).toBe(true);
  });

  it('rejects a foreign error named ApiError without a problem-shaped problem', () => {
    const context = vm.createContext({});
    const foreign = vm.runInContext(
      `const e = new Error('x'); e.name = 'ApiError'; e.problem = { status: 500, kind: 'server' }; e;`,
      context,
    ) as unknown;
    expect(isApiError(foreign)).toBe(false);
  });

  it('never throws on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(() => isApiError(hostile)).not.toThrow();
    expect(isApiError(hostile)).toBe(false);
  });
});
