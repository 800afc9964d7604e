import type { Dialect } from '../../../src/core/dialects/Dialect.js';
import { defaultDialects, dialectRegistry, registerDialect } from '../../../src/core/dialects/dialectRegistry.js';
import { toProblem } from '../../../src/core/toProblem.js';

const acme: Dialect = {
  name: 'acme',
  read: (body) => (typeof body === 'object' && body !== null && 'acme' in body ? { title: 'Acme' } : undefined),
};

describe('dialectRegistry', () => {
  const original = [...defaultDialects];
  afterEach(() => {
    // Leave the shared list as the other tests expect it.
    (defaultDialects as Dialect[]).splice(0, defaultDialects.length, ...original);
  });

  it('lists every built-in dialect once, from the most specific to the fallbacks', () => {
    const names = defaultDialects.map((dialect) => dialect.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 2)).toEqual(['empty', 'html']);
    expect(names.slice(-2)).toEqual(['text', 'json']);
    for (const name of [
      'rfc9457',
      'aspnet',
      'bigcommerce-v3',
      'bigcommerce-v2',
      'b2b-edition',
      'json-api',
      'graphql',
      'spring',
      'laravel',
      'rails',
      'drf',
      'nestjs',
      'stripe',
      'shopify',
      'zod',
    ]) {
      expect(names).toContain(name);
    }
    expect(names.indexOf('json-api')).toBeLessThan(names.indexOf('bigcommerce-v3'));
    expect(names.indexOf('bigcommerce-v3')).toBeLessThan(names.indexOf('rfc9457'));
    expect(names.indexOf('aspnet')).toBeLessThan(names.indexOf('rfc9457'));
    expect(names.indexOf('drf')).toBeLessThan(names.indexOf('rails'));
    expect(names.indexOf('zod')).toBeLessThan(names.indexOf('bigcommerce-v2'));
    expect(names.indexOf('zod')).toBeLessThan(names.indexOf('graphql'));
  });

  it('puts a registered dialect first by default, ahead of the built-in ones', () => {
    const acmeLikeRfc: Dialect = { name: 'acme-rfc', read: () => ({ title: 'mine' }) };
    registerDialect(acmeLikeRfc);
    expect(defaultDialects[0]).toBe(acmeLikeRfc);
    expect(toProblem({ status: 400, body: { title: 'RFC', status: 400 } })).toMatchObject({
      dialect: 'acme-rfc',
      title: 'mine',
    });
  });

  it('places a dialect before or after a named one', () => {
    registerDialect(acme, { before: 'rfc9457' });
    const names = defaultDialects.map((dialect) => dialect.name);
    expect(names.indexOf('acme')).toBe(names.indexOf('rfc9457') - 1);
    registerDialect(acme, { after: 'html' });
    const moved = defaultDialects.map((dialect) => dialect.name);
    expect(moved.indexOf('acme')).toBe(moved.indexOf('html') + 1);
    expect(moved.filter((name) => name === 'acme')).toHaveLength(1);
  });

  it('puts a dialect first when the anchor name is unknown', () => {
    registerDialect(acme, { after: 'no-such-dialect' });
    expect(defaultDialects[0]).toBe(acme);
  });

  it('replaces a dialect of the same name in place, and puts it back on unregister', () => {
    const index = defaultDialects.findIndex((dialect) => dialect.name === 'rails');
    const builtIn = defaultDialects[index];
    const myRails: Dialect = { name: 'rails', read: () => undefined };
    const unregister = registerDialect(myRails);
    expect(defaultDialects[index]).toBe(myRails);
    expect(defaultDialects.length).toBe(original.length);
    unregister();
    expect(defaultDialects[index]).toBe(builtIn);
  });

  it('removes a new dialect on unregister, and unregistering twice is harmless', () => {
    const unregister = registerDialect(acme);
    expect(toProblem({ status: 400, body: { acme: 1 } }).dialect).toBe('acme');
    unregister();
    unregister();
    expect(defaultDialects).toEqual(original);
    expect(toProblem({ status: 400, body: { acme: 1 } }).dialect).toBe('json');
  });

  it('ignores objects that are not dialects', () => {
    for (const value of [null, {}, { name: 'x' }, { read: () => ({}) }, 'x']) {
      registerDialect(value as never)();
    }
    expect(defaultDialects).toEqual(original);
  });

  it('does not affect calls that pass their own dialect list', () => {
    registerDialect({ name: 'greedy', read: () => ({ title: 'greedy' }) });
    expect(toProblem({ status: 400, body: 'x' }, { dialects: original }).dialect).toBe('text');
  });

  it('exposes the same list and function as one object', () => {
    expect(dialectRegistry.dialects).toBe(defaultDialects);
    expect(dialectRegistry.register).toBe(registerDialect);
  });
});
