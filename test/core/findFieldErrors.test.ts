import { findFieldErrors } from '../../src/core/findFieldErrors.js';
import { toProblem } from '../../src/core/toProblem.js';

const aspNet = toProblem({
  status: 400,
  body: {
    title: 'One or more validation errors occurred.',
    status: 400,
    traceId: '00-abc-def-00',
    errors: {
      Name: ['Name is required.'],
      'Items[0].Sku': ['Sku is required.'],
      '$.ShippingAddress.PostalCode': ['Postal code is invalid.'],
      'user Id': ['user must belong to a company'],
    },
  },
});

describe('findFieldErrors', () => {
  it.each([
    'Items[0].Sku',
    'items.0.sku',
    'items[0].sku',
    '#/items/0/sku',
    '/items/0/sku',
    '$.items[0].sku',
    'ITEMS.0.SKU',
  ])('finds an ASP.NET Items[0].Sku error as %j', (name) => {
    expect(findFieldErrors(aspNet, name)).toEqual(['Sku is required.']);
  });

  it('matches names case-insensitively and $.-rooted keys by their plain path', () => {
    expect(findFieldErrors(aspNet, 'name')).toEqual(['Name is required.']);
    expect(findFieldErrors(aspNet, 'shippingAddress.postalCode')).toEqual(['Postal code is invalid.']);
    expect(findFieldErrors(aspNet, 'user Id')).toEqual(['user must belong to a company']);
    expect(findFieldErrors(aspNet, "$['user Id']")).toEqual(['user must belong to a company']);
  });

  it('answers [] for a field without messages', () => {
    expect(findFieldErrors(aspNet, 'email')).toEqual([]);
    expect(findFieldErrors(aspNet, '')).toEqual([]);
    expect(findFieldErrors(aspNet, 'items')).toEqual([]); // no prefix matching
  });

  it('joins the messages of server keys that name the same field, in server order', () => {
    const problem = toProblem({
      status: 400,
      body: {
        title: 'x',
        traceId: 't',
        errors: { Name: ['first'], email: ['other'], name: ['second'], '#/NAME': ['third'] },
      },
    });
    expect(findFieldErrors(problem, 'name')).toEqual(['first', 'second', 'third']);
  });

  it('answers [] when the value is not a problem, never throwing', () => {
    for (const value of [undefined, null, 'name', 42, {}, [], new Error('x'), { fieldErrors: 'x' }]) {
      expect(findFieldErrors(value, 'name')).toEqual([]);
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(findFieldErrors(hostile, 'name')).toEqual([]);
    expect(findFieldErrors(aspNet, undefined as never)).toEqual([]);
  });

  it('reads field errors that crossed a serialisation boundary as a plain object', () => {
    const revived = { ...aspNet, fieldErrors: Object.fromEntries(aspNet.fieldErrors) };
    expect(findFieldErrors(revived, 'items.0.sku')).toEqual(['Sku is required.']);
  });

  it('hands out copies, so a caller cannot change the problem', () => {
    const first = findFieldErrors(aspNet, 'name');
    first.push('changed');
    expect(findFieldErrors(aspNet, 'name')).toEqual(['Name is required.']);
    expect(aspNet.fieldErrors.get('Name')).toEqual(['Name is required.']);
  });

  it('builds the index once per problem', () => {
    const problem = toProblem({ status: 422, body: { message: 'x', errors: { email: ['bad'] } } });
    const source = problem.fieldErrors;
    const entries = vi.spyOn(source, Symbol.iterator);
    expect(findFieldErrors(problem, 'email')).toEqual(['bad']);
    expect(findFieldErrors(problem, 'EMAIL')).toEqual(['bad']);
    expect(findFieldErrors(problem, '/email')).toEqual(['bad']);
    expect(entries).toHaveBeenCalledTimes(1);
  });

  it('finds batch keys by item index', () => {
    const problem = toProblem({
      status: 422,
      body: {
        status: 422,
        title: 'Bulk operation has failed',
        type: '/api-docs/getting-started/api-status-codes',
        errors: { '0.matching.type': 'Route exists', '1.matching.type': 'Route exists too' },
      },
    });
    expect(findFieldErrors(problem, '[1].matching.type')).toEqual(['Route exists too']);
    expect(findFieldErrors(problem, '/0/matching/type')).toEqual(['Route exists']);
  });
});
