import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMaxWaitMs, readRetryTiming } from '../../../src/core/timing/readRetryTiming.js';

const now = Date.UTC(2026, 9, 21, 7, 28, 0);
const read = (headers: Record<string, string>, options?: { maxWaitMs?: number }) =>
  readRetryTiming(new Headers(headers), now, options);

describe('readRetryTiming', () => {
  it('gives nothing for a response without timing headers', () => {
    expect(read({ 'Content-Type': 'application/json' })).toEqual({});
  });

  describe('Retry-After', () => {
    it('reads delay-seconds, decimals and dates', () => {
      expect(read({ 'Retry-After': '30' })).toEqual({ retryAfterMs: 30_000 });
      expect(read({ 'Retry-After': '2.0' })).toEqual({ retryAfterMs: 2000 });
      expect(read({ 'Retry-After': 'Wed, 21 Oct 2026 07:28:45 GMT' })).toEqual({ retryAfterMs: 45_000 });
      expect(read({ 'Retry-After': 'Wednesday, 21-Oct-26 07:28:45 GMT' })).toEqual({ retryAfterMs: 45_000 });
      expect(read({ 'Retry-After': 'Wed Oct 21 07:28:45 2026' })).toEqual({ retryAfterMs: 45_000 });
    });

    it('is authoritative over every other header', () => {
      const timing = read({
        'Retry-After': '5',
        'X-Retry-After': '60',
        'X-Rate-Limit-Time-Reset-Ms': '90000',
        RateLimit: '"default";r=0;t=120',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '300',
      });
      expect(timing.retryAfterMs).toBe(5000);
    });

    it('falls through to the other headers when it is malformed', () => {
      expect(read({ 'Retry-After': 'later', RateLimit: '"default";r=0;t=12' }).retryAfterMs).toBe(12_000);
    });

    it('caps an absurd value at the default of one hour', () => {
      expect(defaultMaxWaitMs).toBe(3_600_000);
      expect(read({ 'Retry-After': '999999999' }).retryAfterMs).toBe(3_600_000);
      expect(read({ 'Retry-After': 'Fri, 01 Jan 2100 00:00:00 GMT' }).retryAfterMs).toBe(3_600_000);
    });

    it('caps at maxWaitMs', () => {
      expect(read({ 'Retry-After': '120' }, { maxWaitMs: 60_000 }).retryAfterMs).toBe(60_000);
      expect(read({ 'Retry-After': '30' }, { maxWaitMs: 60_000 }).retryAfterMs).toBe(30_000);
    });

    it('falls back to the default cap when maxWaitMs is not a usable number', () => {
      expect(read({ 'Retry-After': '99999' }, { maxWaitMs: Number.NaN }).retryAfterMs).toBe(defaultMaxWaitMs);
      expect(read({ 'Retry-After': '99999' }, { maxWaitMs: -5 }).retryAfterMs).toBe(defaultMaxWaitMs);
    });

    it('gives 0 for a date in the past', () => {
      expect(read({ 'Retry-After': 'Sun, 06 Nov 1994 08:49:37 GMT' }).retryAfterMs).toBe(0);
    });
  });

  describe('BigCommerce X-Rate-Limit-* and X-Retry-After', () => {
    it('honours the longer of X-Retry-After and X-Rate-Limit-Time-Reset-Ms', () => {
      expect(read({ 'X-Retry-After': '15', 'X-Rate-Limit-Time-Reset-Ms': '20000' }).retryAfterMs).toBe(20_000);
      expect(read({ 'X-Retry-After': '25', 'X-Rate-Limit-Time-Reset-Ms': '20000' }).retryAfterMs).toBe(25_000);
      expect(read({ 'X-Retry-After': '15' }).retryAfterMs).toBe(15_000);
    });

    it('reads the quota', () => {
      expect(
        read({
          'X-Rate-Limit-Requests-Quota': '150',
          'X-Rate-Limit-Requests-Left': '0',
          'X-Rate-Limit-Time-Window-Ms': '30000',
          'X-Rate-Limit-Time-Reset-Ms': '15000',
          'X-Retry-After': '15',
        }),
      ).toEqual({ retryAfterMs: 15_000, rateLimit: { limit: 150, remaining: 0, resetMs: 15_000, windowMs: 30_000 } });
    });

    it('does not treat the window reset as a wait while requests are left', () => {
      expect(
        read({
          'X-Rate-Limit-Requests-Quota': '150',
          'X-Rate-Limit-Requests-Left': '149',
          'X-Rate-Limit-Time-Window-Ms': '30000',
          'X-Rate-Limit-Time-Reset-Ms': '29000',
        }),
      ).toEqual({ rateLimit: { limit: 150, remaining: 149, resetMs: 29_000, windowMs: 30_000 } });
    });

    it('treats a spent quota’s reset as the wait', () => {
      expect(read({ 'X-Rate-Limit-Requests-Left': '0', 'X-Rate-Limit-Time-Reset-Ms': '8000' }).retryAfterMs).toBe(8000);
    });

    it('ignores a malformed X-Retry-After and keeps the reset rule', () => {
      expect(
        read({ 'X-Retry-After': 'soon', 'X-Rate-Limit-Time-Reset-Ms': '8000', 'X-Rate-Limit-Requests-Left': '3' }),
      ).toEqual({ rateLimit: { remaining: 3, resetMs: 8000 } });
    });
  });

  describe('IETF RateLimit structured fields', () => {
    it('reads drafts 08–11: r=0 makes t the wait', () => {
      expect(read({ RateLimit: '"default";r=0;t=30', 'RateLimit-Policy': '"default";q=100;w=60' })).toEqual({
        retryAfterMs: 30_000,
        rateLimit: { policy: 'default', limit: 100, remaining: 0, resetMs: 30_000, windowMs: 60_000 },
      });
    });

    it('does not wait while quota remains', () => {
      expect(read({ RateLimit: '"default";r=50;t=30' })).toEqual({
        rateLimit: { policy: 'default', remaining: 50, resetMs: 30_000 },
      });
    });

    it('reports the most constraining of several policies', () => {
      const timing = read({
        RateLimit: '"burst";r=40;t=10, "daily";r=0;t=3000',
        'RateLimit-Policy': '"burst";q=100;w=60, "daily";q=1000;w=86400',
      });
      expect(timing).toEqual({
        retryAfterMs: 3_000_000,
        rateLimit: { policy: 'daily', limit: 1000, remaining: 0, resetMs: 3_000_000, windowMs: 86_400_000 },
      });
    });

    it('accepts token policy names and extra parameters', () => {
      expect(
        read({ RateLimit: 'default;r=0;t=5;pk=:Zm9v:', 'RateLimit-Policy': 'default;q=10;w=60;qu="requests"' }),
      ).toEqual({
        retryAfterMs: 5000,
        rateLimit: { policy: 'default', limit: 10, remaining: 0, resetMs: 5000, windowMs: 60_000 },
      });
    });

    it('reads RateLimit-Policy alone as the quota', () => {
      expect(read({ 'RateLimit-Policy': '"burst";q=100;w=60' })).toEqual({
        rateLimit: { policy: 'burst', limit: 100, windowMs: 60_000 },
      });
    });

    it('reads the draft-07 dictionary with its policy', () => {
      expect(read({ RateLimit: 'limit=100, remaining=0, reset=5', 'RateLimit-Policy': '100;w=10' })).toEqual({
        retryAfterMs: 5000,
        rateLimit: { limit: 100, remaining: 0, resetMs: 5000, windowMs: 10_000 },
      });
      expect(read({ RateLimit: 'limit=100, remaining=50, reset=5' })).toEqual({
        rateLimit: { limit: 100, remaining: 50, resetMs: 5000 },
      });
    });

    it.each([
      '"default";r=0;t=',
      '"default;r=0;t=5',
      '"default";r=0;t=5,',
      '"default";r=0;;t=5',
      '"default" r=0',
      'default;r=0;t=5 garbage',
      '(a b);r=0',
    ])('ignores the malformed field %j', (field) => {
      expect(read({ RateLimit: field })).toEqual({});
    });

    it('ignores a negative remaining or reset', () => {
      expect(read({ RateLimit: '"default";r=-1;t=-5' })).toEqual({});
    });
  });

  describe('legacy RateLimit-* and vendor X-RateLimit-* headers', () => {
    it('reads RateLimit-Limit/-Remaining/-Reset (delay seconds)', () => {
      expect(read({ 'RateLimit-Limit': '100, 100;w=60', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '7' })).toEqual({
        retryAfterMs: 7000,
        rateLimit: { limit: 100, remaining: 0, resetMs: 7000, windowMs: 60_000 },
      });
    });

    it('reads GitHub X-RateLimit-Reset as epoch seconds', () => {
      const reset = String((now + 600_000) / 1000);
      expect(read({ 'X-RateLimit-Limit': '5000', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset })).toEqual({
        retryAfterMs: 600_000,
        rateLimit: { limit: 5000, remaining: 0, resetMs: 600_000 },
      });
    });

    it('reads a small X-RateLimit-Reset as delay seconds', () => {
      expect(read({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '42' }).retryAfterMs).toBe(42_000);
    });

    it('reads an epoch in milliseconds', () => {
      expect(read({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(now + 9000) }).retryAfterMs).toBe(9000);
    });

    it('gives 0 for an epoch reset already past', () => {
      expect(
        read({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String((now - 60_000) / 1000) }).retryAfterMs,
      ).toBe(0);
    });

    it('does not wait on the reset while quota remains', () => {
      expect(read({ 'X-RateLimit-Remaining': '4999', 'X-RateLimit-Reset': '42' })).toEqual({
        rateLimit: { remaining: 4999, resetMs: 42_000 },
      });
    });

    it('reads a lone reset as the wait, as ky does', () => {
      expect(read({ 'RateLimit-Reset': '9' }).retryAfterMs).toBe(9000);
    });

    it('reads Twitter X-Rate-Limit-* (epoch seconds)', () => {
      const reset = String((now + 120_000) / 1000);
      expect(read({ 'X-Rate-Limit-Limit': '15', 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': reset })).toEqual({
        retryAfterMs: 120_000,
        rateLimit: { limit: 15, remaining: 0, resetMs: 120_000 },
      });
    });

    it('reads Symfony X-RateLimit-Retry-After as delay or epoch seconds', () => {
      expect(read({ 'X-RateLimit-Retry-After': '20' }).retryAfterMs).toBe(20_000);
      expect(
        read({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Retry-After': String((now + 20_000) / 1000) }).retryAfterMs,
      ).toBe(20_000);
    });

    it('caps a reset at maxWaitMs in both the wait and the quota', () => {
      expect(read({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '86400' }, { maxWaitMs: 60_000 })).toEqual({
        retryAfterMs: 60_000,
        rateLimit: { remaining: 0, resetMs: 60_000 },
      });
    });
  });

  describe('BigCommerce B2B Edition X-Request* headers', () => {
    it('reads the documented example', () => {
      expect(
        read({
          'X-Requests-Allocated': '150 times/60 s',
          'X-Requests-Remaining': '150 times',
          'X-Request-Window-Resets-After': '0.3973509933774834 s',
        }),
      ).toEqual({ rateLimit: { limit: 150, remaining: 150, resetMs: 397, windowMs: 60_000 } });
    });

    it('waits for the window when nothing remains', () => {
      expect(read({ 'X-Requests-Remaining': '0 times', 'X-Request-Window-Resets-After': '11.6 s' }).retryAfterMs).toBe(
        11_600,
      );
    });

    it('ignores an unknown unit', () => {
      expect(read({ 'X-Request-Window-Resets-After': '5 fortnights' })).toEqual({});
    });
  });

  describe('Shopify X-Shopify-Shop-Api-Call-Limit', () => {
    it('reads calls used over the bucket size', () => {
      expect(read({ 'X-Shopify-Shop-Api-Call-Limit': '32/40' })).toEqual({ rateLimit: { limit: 40, remaining: 8 } });
      expect(read({ 'Retry-After': '2.0', 'X-Shopify-Shop-Api-Call-Limit': '40/40' })).toEqual({
        retryAfterMs: 2000,
        rateLimit: { limit: 40, remaining: 0 },
      });
    });
  });

  it('never throws on a Headers-like object that throws', () => {
    const hostile = {
      get() {
        throw new Error('boom');
      },
    } as unknown as Headers;
    expect(readRetryTiming(hostile, now)).toEqual({});
    expect(readRetryTiming(null as unknown as Headers, now)).toEqual({});
  });

  it('ignores absurdly long header values', () => {
    expect(read({ 'Retry-After': `${'1'.repeat(2000)}` })).toEqual({});
  });

  const headerNames = [
    'Retry-After',
    'X-Retry-After',
    'X-Rate-Limit-Time-Reset-Ms',
    'X-Rate-Limit-Time-Window-Ms',
    'X-Rate-Limit-Requests-Quota',
    'X-Rate-Limit-Requests-Left',
    'RateLimit',
    'RateLimit-Policy',
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
    'X-RateLimit-Retry-After',
    'X-Rate-Limit-Limit',
    'X-Rate-Limit-Remaining',
    'X-Rate-Limit-Reset',
    'X-Requests-Allocated',
    'X-Requests-Remaining',
    'X-Request-Window-Resets-After',
    'X-Shopify-Shop-Api-Call-Limit',
  ];
  // Header values are ByteStrings without CR/LF/NUL; Headers rejects the rest before we see it.
  const headerValue = fc.oneof(
    fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    fc.stringMatching(/^"?[a-z]{1,8}"?(;[a-z]{1,2}=-?\d{1,12}(\.\d{1,3})?)*(, ?"?[a-z]{1,8}"?(;[a-z]=\d{1,5})*)*$/),
    fc.stringMatching(/^\d{1,20}(\.\d{1,5})?( s| times|\/\d{1,4})?$/),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  );

  it('never throws on arbitrary header sets; waits are finite, ≥ 0 and ≤ the cap', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...headerNames), headerValue),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
        (headers, nowMs, maxWaitMs) => {
          const timing = readRetryTiming(new Headers(headers), nowMs, { maxWaitMs });
          const cap = maxWaitMs ?? defaultMaxWaitMs;
          if (timing.retryAfterMs !== undefined) {
            expect(Number.isFinite(timing.retryAfterMs)).toBe(true);
            expect(timing.retryAfterMs).toBeGreaterThanOrEqual(0);
            expect(timing.retryAfterMs).toBeLessThanOrEqual(cap);
          }
          for (const value of Object.values(timing.rateLimit ?? {})) {
            if (typeof value === 'number') {
              expect(Number.isFinite(value)).toBe(true);
              expect(value).toBeGreaterThanOrEqual(0);
            }
          }
          if (timing.rateLimit?.resetMs !== undefined) expect(timing.rateLimit.resetMs).toBeLessThanOrEqual(cap);
        },
      ),
      { numRuns: 500 },
    );
  });
});
