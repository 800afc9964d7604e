import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unchangedSince } from '../../src/react/unchangedSince.js';

describe('unchangedSince', () => {
  it('sees an in-place change of a nested value (form libraries mutate their values)', () => {
    const values = { contacts: [{ email: 'a@acme.test' }] };
    const isUnchanged = unchangedSince(values.contacts);
    expect(isUnchanged(values.contacts)).toBe(true);
    const first = values.contacts[0];
    if (first) first.email = 'b@acme.test';
    expect(isUnchanged(values.contacts)).toBe(false);
  });

  it('compares primitives, dates by time and other objects by identity', () => {
    expect(unchangedSince('Berlin')('Berlin')).toBe(true);
    expect(unchangedSince('Berlin')('Bern')).toBe(false);
    expect(unchangedSince(Number.NaN)(Number.NaN)).toBe(true);
    expect(unchangedSince(new Date(5))(new Date(5))).toBe(true);
    expect(unchangedSince(new Date(5))(new Date(6))).toBe(false);
    const file = new Blob(['x']);
    expect(unchangedSince(file)(file)).toBe(true);
    expect(unchangedSince(file)(new Blob(['x']))).toBe(false);
    expect(unchangedSince({ a: 1 })({ a: 1, b: 2 })).toBe(false);
    expect(unchangedSince([1, 2])([1])).toBe(false);
  });

  it('copes with cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(unchangedSince(cyclic)(cyclic)).toBeTypeOf('boolean');
  });

  it('keeps a key named __proto__ as data (a counterexample the property once found)', () => {
    const value = JSON.parse('{"":{"__proto__":false}}') as unknown;
    expect(unchangedSince(value)(JSON.parse('{"":{"__proto__":false}}'))).toBe(true);
    expect(unchangedSince(value)(JSON.parse('{"":{"__proto__":true}}'))).toBe(false);
    expect(unchangedSince(value)({ '': {} })).toBe(false);
  });

  it('says unchanged exactly when two JSON values are equal (property)', () => {
    // Through the wire once, so -0 is 0 as it would be in any form value read back from JSON.
    const json = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    fc.assert(
      fc.property(json, json, (value, other) => {
        expect(unchangedSince(value)(JSON.parse(JSON.stringify(value)))).toBe(true);
        expect(unchangedSince(value)(other)).toBe(canonical(value) === canonical(other));
      }),
    );
  });
});

/** JSON with sorted keys: equal values, equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}
