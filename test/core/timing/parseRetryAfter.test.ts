import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/core/timing/parseRetryAfter.js';

// Wednesday 21 October 2026, 07:28:00 UTC.
const now = Date.UTC(2026, 9, 21, 7, 28, 0);

describe('parseRetryAfter', () => {
  describe('delay-seconds', () => {
    it.each([
      ['0', 0],
      ['1', 1000],
      ['120', 120_000],
      ['2.0', 2000], // Shopify
      ['0.5', 500],
      ['11.6', 11_600],
      [' 30 ', 30_000],
      ['007', 7000],
    ])('reads %j as %d ms', (value, expected) => {
      expect(parseRetryAfter(value, now)).toBe(expected);
    });

    it('accepts a finite non-negative number as seconds', () => {
      expect(parseRetryAfter(15, now)).toBe(15_000);
      expect(parseRetryAfter(0.25, now)).toBe(250);
    });

    it('does not depend on now for delay-seconds', () => {
      expect(parseRetryAfter('5', Number.NaN)).toBe(5000);
    });
  });

  describe('HTTP-date in all three RFC 9110 forms, against the injected now', () => {
    it('reads IMF-fixdate', () => {
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).toBe(30_000);
      expect(parseRetryAfter('Thu, 22 Oct 2026 07:28:00 GMT', now)).toBe(86_400_000);
    });

    it('reads RFC 850 dates with a two-digit year', () => {
      expect(parseRetryAfter('Wednesday, 21-Oct-26 07:28:30 GMT', now)).toBe(30_000);
    });

    it('reads a two-digit year more than 50 years ahead as the most recent past year with those digits', () => {
      // From 2026, "77" would be 2077 (51 years ahead), so it is 1977: in the past, hence no wait.
      expect(parseRetryAfter('Friday, 21-Oct-77 07:28:30 GMT', now)).toBe(0);
      // "76" is 2076, exactly 50 years ahead: still the future.
      expect(parseRetryAfter('Wednesday, 21-Oct-76 07:28:30 GMT', now)).toBe(Date.UTC(2076, 9, 21, 7, 28, 30) - now);
      // Near the end of a century, a small two-digit year rolls into the next one.
      const in2090 = Date.UTC(2090, 0, 1);
      expect(parseRetryAfter('Monday, 01-Jan-30 00:00:10 GMT', in2090)).toBe(Date.UTC(2130, 0, 1, 0, 0, 10) - in2090);
    });

    it('reads asctime as UTC, with a space-padded day', () => {
      expect(parseRetryAfter('Wed Oct 21 07:28:30 2026', now)).toBe(30_000);
      const first = Date.UTC(2026, 10, 1, 0, 0, 0);
      expect(parseRetryAfter('Sun Nov  1 00:00:05 2026', first)).toBe(5000);
    });

    it('gives 0 for a date in the past', () => {
      expect(parseRetryAfter('Tue, 20 Oct 2026 07:28:00 GMT', now)).toBe(0);
      expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(0);
    });

    it('moves with the injected clock', () => {
      const value = 'Wed, 21 Oct 2026 07:29:00 GMT';
      expect(parseRetryAfter(value, now)).toBe(60_000);
      expect(parseRetryAfter(value, now + 45_000)).toBe(15_000);
    });

    it('tolerates a different case of names', () => {
      expect(parseRetryAfter('wed, 21 oct 2026 07:28:30 gmt', now)).toBe(30_000);
    });

    it('reads a leap second as the next second', () => {
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:60 GMT', now)).toBe(60_000); // = 07:29:00
    });
  });

  describe('malformed values', () => {
    it.each([
      '',
      ' ',
      '-1',
      '-0.5',
      '+5',
      'NaN',
      'Infinity',
      '1e3',
      '5s',
      '.5',
      '5.',
      '0x10',
      'soon',
      '120, 120',
      'Wed, 31 Feb 2026 07:28:00 GMT', // no such day
      'Wed, 21 Foo 2026 07:28:00 GMT', // no such month
      'Xyz, 21 Oct 2026 07:28:00 GMT', // no such weekday
      'Wed, 21 Oct 2026 24:00:00 GMT',
      'Wed, 21 Oct 2026 07:61:00 GMT',
      'Wed, 21 Oct 2026 07:28:00 PST',
      'Wed, 21 Oct 2026 07:28:00', // no zone
      '2026-10-21T07:28:30Z', // ISO 8601 is not an HTTP-date
      'Wed, 21-Oct-26 07:28:30 GMT', // RFC 850 needs the full weekday name
      'Wed Oct 21 07:28:30 26',
      `${'9'.repeat(400)}`, // would overflow
    ])('ignores %j', (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    });

    it.each([null, undefined, Number.NaN, -1, Number.POSITIVE_INFINITY, {}, [], true, Symbol('x'), 10n])(
      'ignores the non-string %s',
      (value) => {
        expect(parseRetryAfter(value, now)).toBeUndefined();
      },
    );

    it('ignores a date when now is not a finite number', () => {
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', Number.NaN)).toBeUndefined();
    });
  });

  it('never throws, and gives a finite non-negative number or undefined for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (value, nowMs) => {
        const result = parseRetryAfter(value, nowMs);
        expect(result === undefined || (Number.isFinite(result) && result >= 0)).toBe(true);
      }),
    );
  });

  it('round-trips any IMF-fixdate a server could produce', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        (date) => {
          const at = Math.floor(date.getTime() / 1000) * 1000;
          // toUTCString() is IMF-fixdate (ECMA-262 §21.4.4.43).
          expect(parseRetryAfter(new Date(at).toUTCString(), now)).toBe(Math.max(0, at - now));
        },
      ),
    );
  });
});
