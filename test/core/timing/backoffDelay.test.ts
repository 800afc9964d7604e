import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/core/timing/backoffDelay.js';

describe('backoffDelay', () => {
  it('doubles the equal-jitter window each attempt: half fixed, half random', () => {
    expect(backoffDelay(0, { random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { random: () => 0.999_999 })).toBe(1000);
    expect(backoffDelay(1, { random: () => 0 })).toBe(1000);
    expect(backoffDelay(2, { random: () => 0 })).toBe(2000);
    expect(backoffDelay(2, { random: () => 0.5 })).toBe(3000);
  });

  it('spreads full jitter from 0 to the exponential delay', () => {
    expect(backoffDelay(3, { jitter: 'full', random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { jitter: 'full', random: () => 0.5 })).toBe(4000);
  });

  it('caps the delay at maxMs, even for huge attempts', () => {
    expect(backoffDelay(5, { random: () => 0.999_999 })).toBe(30_000);
    expect(backoffDelay(10_000, { random: () => 0 })).toBe(15_000);
    expect(backoffDelay(3, { maxMs: 5000, random: () => 0 })).toBe(2500);
  });

  it('honours baseMs', () => {
    expect(backoffDelay(2, { baseMs: 300, random: () => 0 })).toBe(600);
  });

  it('treats a bad attempt as the first and a bad random as the middle', () => {
    expect(backoffDelay(Number.NaN, { random: () => 0 })).toBe(500);
    expect(backoffDelay(-3, { random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { random: () => Number.NaN })).toBe(750);
    expect(backoffDelay(0, { random: () => 7 })).toBe(750);
    expect(
      backoffDelay(0, {
        random: () => {
          throw new Error('no entropy');
        },
      }),
    ).toBe(750);
  });

  it('falls back to the defaults for unusable base or ceiling', () => {
    expect(backoffDelay(0, { baseMs: -1, maxMs: Number.NaN, random: () => 0 })).toBe(500);
  });

  it('stays within [floor, ceiling] for every attempt and draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom('equal' as const, 'full' as const),
        (attempt, draw, jitter) => {
          const exponential = Math.min(30_000, 1000 * 2 ** attempt);
          const delay = backoffDelay(attempt, { jitter, random: () => draw });
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(jitter === 'equal' ? Math.floor(exponential / 2) : 0);
          expect(delay).toBeLessThanOrEqual(exponential);
        },
      ),
    );
  });

  it('uses Math.random by default and stays in range', () => {
    for (let i = 0; i < 50; i += 1) {
      const delay = backoffDelay(1);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });
});
