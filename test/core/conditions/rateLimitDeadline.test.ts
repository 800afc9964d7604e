import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../../src/core/ApiProblem.js';
import { rateLimitDeadline } from '../../../src/core/conditions/rateLimitDeadline.js';
import { problemFixture } from '../messages/problemFixture.js';

const received = Date.UTC(2026, 10, 23, 9, 0);
const tooMany = (extra: Partial<ApiProblem> = {}) =>
  problemFixture({ status: 429, kind: 'rate-limited', receivedAt: received, ...extra });

describe('rateLimitDeadline', () => {
  it('holds from receivedAt for the Retry-After wait, else the rate-limit reset', () => {
    expect(rateLimitDeadline(tooMany({ retryAfterMs: 28_000 }))).toEqual({
      until: received + 28_000,
      untilKnown: true,
    });
    expect(rateLimitDeadline(tooMany({ rateLimit: { resetMs: 15_000 } }))).toEqual({
      until: received + 15_000,
      untilKnown: true,
    });
    expect(rateLimitDeadline(tooMany({ retryAfterMs: 0 }))).toEqual({ until: received, untilKnown: true });
  });

  it('holds for a short fallback, marked unknown, when the server named no usable time', () => {
    expect(rateLimitDeadline(tooMany())).toEqual({ until: received + 10_000, untilKnown: false });
    expect(rateLimitDeadline(tooMany({ retryAfterMs: Number.NaN }), 5000)).toEqual({
      until: received + 5000,
      untilKnown: false,
    });
    expect(rateLimitDeadline(tooMany({ retryAfterMs: -1 }))?.untilKnown).toBe(false);
  });

  it('measures from nowMs when receivedAt is not a number', () => {
    expect(rateLimitDeadline(tooMany({ receivedAt: Number.NaN, retryAfterMs: 1000 }), 10_000, 500)).toEqual({
      until: 1500,
      untilKnown: true,
    });
  });

  it('is undefined for anything but a rate-limited problem', () => {
    expect(rateLimitDeadline(undefined)).toBeUndefined();
    expect(rateLimitDeadline(problemFixture({ status: 503, kind: 'unavailable', retryAfterMs: 1000 }))).toBeUndefined();
  });
});
