import { errorTreeShape } from '../../../src/core/dialects/errorTreeShape.js';

describe('errorTreeShape', () => {
  it('names a list of strings messages and an object or list of objects of trees nested', () => {
    expect(errorTreeShape(['x'])).toBe('messages');
    expect(errorTreeShape({ a: ['x'] })).toBe('nested');
    expect(errorTreeShape([{}, { a: ['x'] }])).toBe('nested');
  });

  it.each([[[]], [{}], [[{}]], [{ a: 'x' }], [{ a: ['x', 1] }], [{ a: ['x'], b: 2 }], [['x', {}]], ['x'], [null]])(
    'answers undefined for %j',
    (value) => {
      expect(errorTreeShape(value)).toBeUndefined();
    },
  );

  it('gives up on very deep nesting instead of recursing without end', () => {
    let deep: unknown = ['x'];
    for (let index = 0; index < 100; index += 1) deep = { d: deep };
    expect(errorTreeShape(deep)).toBeUndefined();
  });
});
