import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationParts } from '../../../src/core/messages/durationParts.js';
import { formatDuration } from '../../../src/core/messages/formatDuration.js';

describe('formatDuration', () => {
  it('spells seconds with English plurals', () => {
    expect(formatDuration(1000, 'en')).toBe('1 second');
    expect(formatDuration(2000, 'en')).toBe('2 seconds');
    expect(formatDuration(28_000, 'en')).toBe('28 seconds');
  });

  it('spells seconds with German plurals', () => {
    expect(formatDuration(1000, 'de')).toBe('1 Sekunde');
    expect(formatDuration(2000, 'de')).toBe('2 Sekunden');
    expect(formatDuration(60_000, 'de')).toBe('1 Minute');
  });

  it('rounds up, so the wait is never longer than the words say', () => {
    expect(formatDuration(27_001, 'en')).toBe('28 seconds');
    expect(formatDuration(250_000, 'en', { smallestUnit: 'minute' })).toBe('5 minutes');
  });

  it('names at most two units, joined the locale way', () => {
    expect(formatDuration(90_000, 'en')).toBe('1 minute and 30 seconds');
    expect(formatDuration(90_000, 'de')).toBe('1 Minute und 30 Sekunden');
    expect(formatDuration(3_725_000, 'en')).toBe('1 hour and 3 minutes');
    expect(formatDuration(3_600_000, 'en')).toBe('1 hour');
    expect(formatDuration(120_000, 'en', { maxUnits: 1 })).toBe('2 minutes');
  });

  it('carries rounding into the next unit', () => {
    expect(formatDuration(3_599_500, 'en')).toBe('1 hour');
    expect(formatDuration(59_500, 'en', { smallestUnit: 'minute' })).toBe('1 minute');
  });

  it('offers short units', () => {
    expect(formatDuration(28_000, 'en', { unitDisplay: 'short' })).toBe('28 sec');
  });

  it('shows zero for nothing, negatives, NaN and an unusable locale', () => {
    expect(formatDuration(0, 'en')).toBe('0 seconds');
    expect(formatDuration(-5, 'en')).toBe('0 seconds');
    expect(formatDuration(Number.NaN, 'en')).toBe('0 seconds');
    expect(formatDuration(2000, '%%not a locale')).toBe('2 seconds');
  });

  it('never under-promises: the parts add up to at least the input, within one last unit', () => {
    const ms = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 86_400_000 }), fc.integer({ min: 1, max: 4 }), (input, maxUnits) => {
        const parts = durationParts(input, { maxUnits });
        const total = parts.reduce((sum, part) => sum + part.value * ms[part.unit], 0);
        expect(parts.length).toBeLessThanOrEqual(maxUnits);
        expect(total).toBeGreaterThanOrEqual(input);
        const last = parts.at(-1);
        expect(total - input).toBeLessThan(last === undefined ? 1 : ms[last.unit]);
      }),
    );
  });
});
