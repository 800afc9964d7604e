import { describe, expect, it } from 'vitest';
import { createMessageFormatter } from '../../../src/core/messages/createMessageFormatter.js';
import { interpolate } from '../../../src/core/messages/interpolate.js';

const instant = Date.UTC(2026, 10, 23, 21, 30); // Monday 23 November 2026, 21:30 UTC

describe('createMessageFormatter', () => {
  it('formats times and dates in a fixed time zone', () => {
    const london = createMessageFormatter('en-GB', { timeZone: 'Europe/London' });
    const tokyo = createMessageFormatter('en-GB', { timeZone: 'Asia/Tokyo' });
    expect(london.time(instant)).toBe('21:30');
    expect(tokyo.time(instant)).toBe('6:30');
    expect(london.date(instant, instant)).toBe('Monday 23 November');
    expect(tokyo.date(instant, instant)).toBe('Tuesday 24 November');
    expect(london.date(instant)).toBe('Monday, 23 November 2026');
  });

  it('decides "same day" in its own time zone', () => {
    const midnightBerlin = Date.UTC(2026, 10, 23, 23, 30);
    expect(createMessageFormatter('de', { timeZone: 'Europe/Berlin' }).sameDay(instant, midnightBerlin)).toBe(false);
    expect(createMessageFormatter('en', { timeZone: 'UTC' }).sameDay(instant, midnightBerlin)).toBe(true);
  });

  it('selects plural forms with Intl.PluralRules', () => {
    const en = createMessageFormatter('en');
    expect(en.plural(1, { one: '# second', other: '# seconds' })).toBe('1 second');
    expect(en.plural(2, { one: '# second', other: '# seconds' })).toBe('2 seconds');
    const ar = createMessageFormatter('ar');
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.plural(count, forms))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(createMessageFormatter('de').plural(1, { other: '# Mal' })).toBe('1 Mal');
  });

  it('formats numbers, durations, countdowns and lists for the locale', () => {
    const de = createMessageFormatter('de');
    expect(de.number(16000)).toBe('16.000');
    expect(de.number(0.5, { style: 'percent' })).toBe('50\u00a0%');
    expect(de.number(3, { style: 'currency' } as Intl.NumberFormatOptions)).toBe('3');
    expect(de.duration(2000)).toBe('2 Sekunden');
    expect(de.countdown(28_000)).toBe('0:28');
    expect(de.list(['Name', 'E-Mail', 'Telefon'])).toBe('Name, E-Mail und Telefon');
  });
});

describe('interpolate', () => {
  const en = createMessageFormatter('en');

  it('fills placeholders, formatting numbers', () => {
    expect(interpolate('{count} left of {limit}', { count: 1200, limit: 'many' }, en)).toBe('1,200 left of many');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Try again in {countdown}.', {}, en)).toBe('Try again in {countdown}.');
    expect(interpolate('Hi {toString}', {}, en)).toBe('Hi {toString}');
  });

  it('inserts values as text, never re-reading placeholders inside them', () => {
    expect(interpolate('A {a} B', { a: '{b}<b>', b: 'x' }, en)).toBe('A {b}<b> B');
  });
});
