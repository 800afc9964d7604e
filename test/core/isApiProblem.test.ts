// @vitest-environment node
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { isApiProblem } from '../../src/core/isApiProblem.js';

const problem: ApiProblem = {
  status: 404,
  kind: 'not-found',
  title: 'Page not found',
  titleSource: 'catalog',
  fieldErrors: new Map(),
  formErrors: [],
  receivedAt: 0,
  dialect: 'empty',
  body: undefined,
};

describe('isApiProblem', () => {
  it('accepts a complete problem', () => {
    expect(isApiProblem(problem)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a string status', { status: '404' }],
    ['an unknown kind', { kind: 'teapot' }],
    ['a missing title', { title: undefined }],
    ['a wrong titleSource', { titleSource: 'server' }],
    ['a plain-object fieldErrors', { fieldErrors: {} }],
    ['a null fieldErrors', { fieldErrors: null }],
    ['formErrors that are not an array', { formErrors: 'x' }],
    ['a missing receivedAt', { receivedAt: undefined }],
    ['a missing dialect', { dialect: undefined }],
  ])('rejects a problem with %s', (_, change) => {
    expect(isApiProblem({ ...problem, ...change })).toBe(false);
  });

  it.each([null, undefined, 0, 'problem', [], new Error('x')])('rejects %s', (value) => {
    expect(isApiProblem(value)).toBe(false);
  });

  it('accepts a problem from another realm', () => {
    const foreign = vm.runInContext(
      `({ status: 500, kind: 'server', title: 'x', titleSource: 'body', fieldErrors: new Map(), formErrors: [],
          receivedAt: 1, dialect: 'rfc9457', body: null })`,
      vm.createContext({}),
    ) as unknown;
    expect(isApiProblem(foreign)).toBe(true);
  });

  it('never throws on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(isApiProblem(hostile)).toBe(false);
  });
});
