import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/core/fieldPath.js';
import { fieldMessageId } from '../../src/react/fieldMessageId.js';

describe('fieldMessageId', () => {
  it('is the same for every notation of one field', () => {
    const ids = ['items.0.sku', 'Items[0].Sku', '#/items/0/sku', '$.items[0].sku'].map((name) =>
      fieldMessageId('s1', name),
    );
    expect(new Set(ids)).toEqual(new Set(['s1-items.0.sku-error']));
  });

  it('never contains whitespace, so it fits in an aria-describedby id list', () => {
    expect(fieldMessageId(undefined, 'user Id')).toBe('problemkit-user_20_id-error');
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(fieldMessageId('s', name)).not.toMatch(/\s/);
      }),
    );
  });

  it('gives different ids to fields with different canonical paths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(fieldPath(a) !== fieldPath(b));
        expect(fieldMessageId('s', a)).not.toBe(fieldMessageId('s', b));
      }),
    );
    expect(fieldMessageId('s', 'user_id')).not.toBe(fieldMessageId('s', 'user id'));
  });
});
