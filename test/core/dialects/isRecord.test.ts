import { isRecord } from '../../../src/core/dialects/isRecord.js';

describe('isRecord', () => {
  it('accepts objects, including null-prototype ones', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it.each([null, undefined, [], [{}], 'x', 1, true])('rejects %j', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});
