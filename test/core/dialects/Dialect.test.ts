import type { Dialect, DialectContext, DialectReading } from '../../../src/core/dialects/Dialect.js';
import { toProblem } from '../../../src/core/toProblem.js';

describe('Dialect', () => {
  it('types a dialect as a name and a read function over unknown input', () => {
    expectTypeOf<Dialect['name']>().toEqualTypeOf<string>();
    expectTypeOf<Dialect['read']>().parameters.toEqualTypeOf<[unknown, DialectContext]>();
    expectTypeOf<Dialect['read']>().returns.toEqualTypeOf<DialectReading | undefined>();
    expectTypeOf<DialectContext['headers']>().toEqualTypeOf<Headers>();
  });

  it('lets a reading name fields with any iterable of [key, messages] pairs, such as a Map', () => {
    const acme: Dialect = {
      name: 'acme',
      read: (body) =>
        typeof body === 'object' && body !== null && 'acmeErrors' in body
          ? { title: 'Acme says no', fieldErrors: new Map([['sku', ['Unknown SKU.']]]), code: 'ACME-7' }
          : undefined,
    };
    const problem = toProblem({ status: 422, body: { acmeErrors: true } }, { dialects: [acme] });
    expect(problem).toMatchObject({ dialect: 'acme', title: 'Acme says no', code: 'ACME-7' });
    expect([...problem.fieldErrors]).toEqual([['sku', ['Unknown SKU.']]]);
  });
});
