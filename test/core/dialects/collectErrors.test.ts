import {
  collectErrors,
  collectItems,
  type ErrorSink,
  errorSink,
  maxCollectedFields,
} from '../../../src/core/dialects/collectErrors.js';

function collect(value: unknown, holder?: string): { fields: ErrorSink['fieldErrors']; form: string[] } {
  const sink = collectErrors(value, errorSink(), holder);
  return { fields: sink.fieldErrors, form: sink.formErrors };
}

describe('errorSink', () => {
  it('starts a reading with the given members and empty field and form lists', () => {
    expect(errorSink({ title: 'T', code: '7' })).toEqual({ title: 'T', code: '7', fieldErrors: [], formErrors: [] });
    expect(errorSink()).toEqual({ fieldErrors: [], formErrors: [] });
  });
});

describe('collectErrors', () => {
  it('reads strings and string lists as the messages of their path', () => {
    expect(collect({ a: 'one', b: ['two', 'three'] })).toEqual({
      fields: [
        ['a', ['one']],
        ['b', ['two', 'three']],
      ],
      form: [],
    });
  });

  it('extends the path with object keys and list indexes', () => {
    expect(collect({ roles: { 0: ['bad role'] }, items: [{}, { sku: ['required'] }] }).fields).toEqual([
      ['roles.0', ['bad role']],
      ['items.1.sku', ['required']],
    ]);
  });

  it('attaches non_field_errors, __all__ and an extra holder key to the holder', () => {
    expect(
      collect(
        { non_field_errors: ['form'], __all__: ['all'], base: ['base'], address: { non_field_errors: ['addr'] } },
        'base',
      ),
    ).toEqual({ fields: [['address', ['addr']]], form: ['form', 'all', 'base'] });
  });

  it('ignores non-string leaves', () => {
    expect(collect({ a: 1, b: [null, 'x', 2], c: true })).toEqual({ fields: [['b', ['x']]], form: [] });
  });

  it('reads own keys only, __proto__ included, and never inherited ones', () => {
    const parsed = JSON.parse('{"__proto__":["p"],"constructor":["c"]}') as unknown;
    expect(collect(parsed).fields).toEqual([
      ['__proto__', ['p']],
      ['constructor', ['c']],
    ]);
    const inherited = Object.create({ inherited: ['x'] }) as Record<string, unknown>;
    inherited.own = ['y'];
    expect(collect(inherited).fields).toEqual([['own', ['y']]]);
  });

  it('stops at the field cap and at a nesting depth', () => {
    const big: Record<string, string> = {};
    for (let index = 0; index < maxCollectedFields + 50; index += 1) big[`f${index}`] = 'm';
    expect(collect(big).fields).toHaveLength(maxCollectedFields);
    let deep: unknown = ['bottom'];
    for (let index = 0; index < 10_000; index += 1) deep = { d: deep };
    expect(() => collect(deep)).not.toThrow();
    expect(collect(deep).fields).toEqual([]);
  });

  it('adds to the sink it is given and returns it', () => {
    const sink = errorSink({ title: 'T' });
    expect(collectErrors({ a: 'x' }, sink)).toBe(sink);
    expect(collectErrors({ b: 'y' }, sink)).toEqual({
      title: 'T',
      fieldErrors: [
        ['a', ['x']],
        ['b', ['y']],
      ],
      formErrors: [],
    });
  });
});

describe('collectItems', () => {
  it('reads the first named message and field of each item; strings and items without a field are form errors', () => {
    const sink = collectItems(
      [
        { detail: 'must be positive', message: 'ignored', pointer: '#/age' },
        { message: '  ', reason: 'taken', field: 'email' },
        { reason: 'inconsistent' },
        'plain',
        { pointer: '#/x' },
        7,
      ],
      errorSink(),
      ['detail', 'message', 'reason'],
      ['pointer', 'field'],
    );
    expect(sink).toEqual({
      fieldErrors: [
        ['#/age', ['must be positive']],
        ['email', ['taken']],
      ],
      formErrors: ['inconsistent', 'plain'],
    });
  });

  it('falls back to source.pointer and source.parameter for the field', () => {
    expect(
      collectItems(
        [
          { title: 'A', source: { pointer: '/data/attributes/a' } },
          { title: 'B', source: { parameter: 'page[size]' } },
        ],
        errorSink(),
        ['title'],
        [],
      ).fieldErrors,
    ).toEqual([
      ['/data/attributes/a', ['A']],
      ['page[size]', ['B']],
    ]);
  });
});
