import { describe, expect, it } from 'vitest';
import type { ApiProblem, ProblemKind } from '../../../src/core/ApiProblem.js';
import { kindForStatus } from '../../../src/core/kindForStatus.js';
import type { Clock } from '../../../src/core/timing/Clock.js';
import {
  defaultRetryPolicy,
  retryDelayForProblem,
  retryPolicy,
  shouldRetryProblem,
} from '../../../src/core/timing/retryPolicy.js';

const receivedAt = Date.UTC(2026, 10, 23, 9, 0, 0);

function problem(status: number, extra: Partial<ApiProblem> = {}): ApiProblem {
  return {
    status,
    kind: kindForStatus(status),
    title: 'Title',
    titleSource: 'catalog',
    fieldErrors: new Map(),
    formErrors: [],
    receivedAt,
    dialect: 'empty',
    body: undefined,
    ...extra,
  };
}

const fixedRandom = { backoff: { random: () => 0 } };

describe('retry policy', () => {
  describe('shouldRetryProblem', () => {
    it.each([400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 422, 418, 451])('never retries %d', (status) => {
      expect(shouldRetryProblem(problem(status), 0)).toBe(false);
    });

    it.each([408, 429, 503, 500, 502, 504, 520, 509])('retries %d', (status) => {
      expect(shouldRetryProblem(problem(status), 0)).toBe(true);
    });

    it.each([501, 507])('does not retry %d, which will not change by itself', (status) => {
      expect(shouldRetryProblem(problem(status), 0)).toBe(false);
    });

    it.each<[ProblemKind, boolean]>([
      ['network', true],
      ['timeout', true],
      ['unknown', false],
    ])('with no response, retries kind %s: %s', (kind, expected) => {
      expect(shouldRetryProblem(problem(0, { kind }), 0)).toBe(expected);
    });

    it('gives up after three retries by default', () => {
      expect(defaultRetryPolicy.maxRetries).toBe(3);
      const p = problem(500);
      expect([0, 1, 2, 3, 4].map((count) => shouldRetryProblem(p, count))).toEqual([true, true, true, false, false]);
    });

    it('honours maxRetries', () => {
      expect(shouldRetryProblem(problem(500), 1, { maxRetries: 1 })).toBe(false);
      expect(shouldRetryProblem(problem(500), 0, { maxRetries: 0 })).toBe(false);
    });

    it('retries a 429 whose wait is within maxAutoWaitMs, and leaves a longer one to the countdown', () => {
      expect(shouldRetryProblem(problem(429, { retryAfterMs: 30_000 }), 0)).toBe(true);
      expect(shouldRetryProblem(problem(429, { retryAfterMs: 60_000 }), 0)).toBe(true);
      expect(shouldRetryProblem(problem(429, { retryAfterMs: 60_001 }), 0)).toBe(false);
      expect(shouldRetryProblem(problem(503, { retryAfterMs: 600_000 }), 0)).toBe(false);
      expect(shouldRetryProblem(problem(503, { retryAfterMs: 600_000 }), 0, { maxAutoWaitMs: 900_000 })).toBe(true);
    });

    it('measures the wait from receivedAt when given a clock', () => {
      const clock: Clock = { now: () => receivedAt + 550_000, setTimeout: () => 0, clearTimeout: () => {} };
      expect(shouldRetryProblem(problem(503, { retryAfterMs: 600_000 }), 0, { clock })).toBe(true);
    });

    it('never throws on values that are not problems', () => {
      for (const value of [null, undefined, 'Error', 42, {}, { status: '500' }]) {
        expect(shouldRetryProblem(value as unknown as ApiProblem, 0)).toBe(false);
      }
    });
  });

  describe('retryDelayForProblem', () => {
    it('waits exactly the server’s Retry-After, without jitter', () => {
      expect(retryDelayForProblem(problem(429, { retryAfterMs: 30_000 }), 0)).toBe(30_000);
      expect(retryDelayForProblem(problem(429, { retryAfterMs: 30_000 }), 2, fixedRandom)).toBe(30_000);
    });

    it('backs off with growing delays when the server named no wait', () => {
      const p = problem(500);
      const delays = [0, 1, 2].map((count) => retryDelayForProblem(p, count, fixedRandom));
      expect(delays).toEqual([500, 1000, 2000]);
    });

    it('backs off on a 429 without timing headers', () => {
      expect(retryDelayForProblem(problem(429), 0, fixedRandom)).toBe(500);
    });

    it('keeps every jittered delay within the growing window', () => {
      for (let count = 0; count < 6; count += 1) {
        const ceiling = Math.min(30_000, 1000 * 2 ** count);
        const delay = retryDelayForProblem(problem(0, { kind: 'network' }), count);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    });

    it('subtracts the time already passed since receivedAt when given a clock', () => {
      const clock: Clock = { now: () => receivedAt + 12_000, setTimeout: () => 0, clearTimeout: () => {} };
      expect(retryDelayForProblem(problem(429, { retryAfterMs: 30_000 }), 0, { clock })).toBe(18_000);
      const late: Clock = { ...clock, now: () => receivedAt + 90_000 };
      expect(retryDelayForProblem(problem(429, { retryAfterMs: 30_000 }), 0, { clock: late })).toBe(0);
    });

    it('backs off for a value that is not a problem', () => {
      expect(retryDelayForProblem('nope' as unknown as ApiProblem, 0, fixedRandom)).toBe(500);
    });
  });

  describe('retryPolicy', () => {
    it('binds both decisions to one set of options', () => {
      const policy = retryPolicy({ maxRetries: 1, backoff: { random: () => 0, baseMs: 200 } });
      expect(policy.shouldRetry(problem(502), 0)).toBe(true);
      expect(policy.shouldRetry(problem(502), 1)).toBe(false);
      expect(policy.retryDelay(problem(502), 0)).toBe(100);
    });

    it('drives a TanStack-style retry loop: 404 once, 500 four times with growing delays', () => {
      const policy = retryPolicy(fixedRandom);
      const run = (p: ApiProblem) => {
        const delays: number[] = [];
        let failureCount = 0;
        while (policy.shouldRetry(p, failureCount)) {
          delays.push(policy.retryDelay(p, failureCount));
          failureCount += 1;
        }
        return { attempts: failureCount + 1, delays };
      };
      expect(run(problem(404))).toEqual({ attempts: 1, delays: [] });
      expect(run(problem(500))).toEqual({ attempts: 4, delays: [500, 1000, 2000] });
      expect(run(problem(429, { retryAfterMs: 30_000 }))).toEqual({
        attempts: 4,
        delays: [30_000, 30_000, 30_000],
      });
      expect(run(problem(429, { retryAfterMs: 3_600_000 }))).toEqual({ attempts: 1, delays: [] });
    });
  });
});
