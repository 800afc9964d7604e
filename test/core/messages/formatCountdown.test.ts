import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCountdown } from '../../../src/core/messages/formatCountdown.js';

describe('formatCountdown', () => {
  it('shows m:ss under an hour', () => {
    expect(formatCountdown(28_000)).toBe('0:28');
    expect(formatCountdown(125_000)).toBe('2:05');
    expect(formatCountdown(3_599_000)).toBe('59:59');
  });

  it('shows h:mm:ss from one hour', () => {
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
    expect(formatCountdown(7_384_000)).toBe('2:03:04');
  });

  it('rounds up to the next second and reaches 0:00 exactly at the deadline', () => {
    expect(formatCountdown(27_200)).toBe('0:28');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('shows 0:00 for negative or non-finite input', () => {
    expect(formatCountdown(-1000)).toBe('0:00');
    expect(formatCountdown(Number.NaN)).toBe('0:00');
    expect(formatCountdown(Number.POSITIVE_INFINITY)).toBe('0:00');
  });

  it("uses the locale's digits", () => {
    expect(formatCountdown(28_000, 'ar-EG')).toBe('٠:٢٨');
    expect(formatCountdown(28_000, 'de')).toBe('0:28');
  });

  it('always has the m:ss or h:mm:ss shape', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (ms) => {
        expect(formatCountdown(ms)).toMatch(/^(\d+:[0-5]\d|[1-9]\d*:[0-5]\d:[0-5]\d)$/);
      }),
    );
  });
});
