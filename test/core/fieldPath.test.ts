import fc from 'fast-check';
import { fieldPath, fieldPathSegments } from '../../src/core/fieldPath.js';

describe('fieldPath', () => {
  it.each([
    'items.0.sku',
    'items[0].sku',
    '#/items/0/sku',
    '/items/0/sku',
    '$.items[0].sku',
    'Items[0].Sku',
    "$['items'][0]['sku']",
    '$["Items"][0]["Sku"]',
    '.items.0.sku',
    'items[0][sku]',
    '  items.0.sku  ',
    '/data/attributes/items/0/sku',
  ])('reads %j as items.0.sku', (path) => {
    expect(fieldPath(path)).toBe('items.0.sku');
  });

  it.each(['', '$', '#', '/', '#/', '$.', '.', '   '])('reads %j as the whole document', (path) => {
    expect(fieldPath(path)).toBe('');
  });

  it('decodes JSON Pointer escapes, ~1 before ~0 (RFC 6901 §4)', () => {
    expect(fieldPath('/a~1b/c~0d')).toBe('a/b.c~d');
    expect(fieldPath('/~01')).toBe('~1');
  });

  it('percent-decodes pointers in URI-fragment form only (RFC 6901 §6)', () => {
    expect(fieldPath('#/user%20Id')).toBe('user id');
    expect(fieldPath('/user%20Id')).toBe('user%20id');
    expect(fieldPath('#/100%')).toBe('100%'); // a stray % is literal
  });

  it('keeps keys with spaces addressable (B2B Edition "user Id")', () => {
    expect(fieldPath('user Id')).toBe('user id');
    expect(fieldPath("$['user Id']")).toBe('user id');
    expect(fieldPath('#/user Id')).toBe('user id');
  });

  it('drops a leading dot (BigCommerce .customer_create)', () => {
    expect(fieldPath('.customer_create')).toBe('customer_create');
  });

  it('keeps dots inside bracket-quoted keys as part of the key', () => {
    expect(fieldPathSegments("$['a.b'].c")).toEqual(['a.b', 'c']);
    expect(fieldPathSegments('["it\'s"]')).toEqual(["it's"]);
    expect(fieldPathSegments("['a\\'b']")).toEqual(["a'b"]);
  });

  it('drops the JSON:API /data/attributes/ prefix and reads /data/relationships/x as x', () => {
    expect(fieldPath('/data/attributes/firstName')).toBe('firstname');
    expect(fieldPath('#/data/attributes/address/city')).toBe('address.city');
    expect(fieldPath('/data/relationships/author')).toBe('author');
    expect(fieldPath('/data/relationships/author/data/id')).toBe('author.id');
    expect(fieldPath('data.attributes.firstName')).toBe('firstname');
    // A field that is only called data stays one.
    expect(fieldPath('/data')).toBe('data');
    expect(fieldPath('data.name')).toBe('data.name');
  });

  it('reads Rails and Stripe bracket names', () => {
    expect(fieldPath('user[address][city]')).toBe('user.address.city');
    expect(fieldPath('card[exp_month]')).toBe('card.exp_month');
    expect(fieldPath('page[size]')).toBe('page.size');
  });

  it('keeps a $ that starts a key (not a JSONPath root)', () => {
    expect(fieldPath('$type')).toBe('$type');
  });

  it('reads malformed paths without throwing', () => {
    expect(fieldPath('items[0')).toBe('items.0');
    expect(fieldPath("a['b")).toBe("a.'b");
    expect(fieldPath('a..b')).toBe('a.b');
    expect(fieldPath('a]b')).toBe('a]b');
    expect(fieldPath(undefined as never)).toBe('');
    expect(fieldPathSegments(42 as never)).toEqual([]);
  });

  it('answers already-canonical paths unchanged', () => {
    expect(fieldPath('primary_contact.district')).toBe('primary_contact.district');
    expect(fieldPath('0.matching.type')).toBe('0.matching.type');
  });

  it('is total and lower-case over any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (path) => {
        const key = fieldPath(path);
        expect(typeof key).toBe('string');
        expect(key).toBe(key.toLowerCase());
        const segments = fieldPathSegments(path);
        expect(segments.every((segment) => segment.length > 0)).toBe(true);
        expect(segments.join('.').toLowerCase()).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fieldPathSegments', () => {
  it('keeps the original case for adapters that build names', () => {
    expect(fieldPathSegments('$.Items[0].Sku')).toEqual(['Items', '0', 'Sku']);
    expect(fieldPathSegments('#/ShippingAddress/PostalCode')).toEqual(['ShippingAddress', 'PostalCode']);
  });
});
