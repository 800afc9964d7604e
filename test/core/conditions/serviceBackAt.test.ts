import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../../src/core/ApiProblem.js';
import { serviceBackAt } from '../../../src/core/conditions/serviceBackAt.js';
import { problemFixture } from '../messages/problemFixture.js';

const received = Date.UTC(2026, 10, 23, 9, 0);
const unavailable = (extra: Partial<ApiProblem> = {}) =>
  problemFixture({ status: 503, kind: 'unavailable', receivedAt: received, ...extra });

describe('serviceBackAt', () => {
  it('is receivedAt plus the Retry-After wait', () => {
    expect(serviceBackAt(unavailable({ retryAfterMs: 1_800_000 }))).toBe(received + 1_800_000);
    expect(serviceBackAt(unavailable({ retryAfterMs: 0 }))).toBe(received);
  });

  it('is undefined without a usable wait', () => {
    expect(serviceBackAt(undefined)).toBeUndefined();
    expect(serviceBackAt(unavailable())).toBeUndefined();
    expect(serviceBackAt(unavailable({ retryAfterMs: -5 }))).toBeUndefined();
    expect(serviceBackAt(unavailable({ retryAfterMs: Number.POSITIVE_INFINITY }))).toBeUndefined();
  });

  it('measures from nowMs when receivedAt is not a number, and only then', () => {
    const odd = unavailable({ receivedAt: Number.NaN, retryAfterMs: 1000 });
    expect(serviceBackAt(odd)).toBeUndefined();
    expect(serviceBackAt(odd, 500)).toBe(1500);
    expect(serviceBackAt(unavailable({ retryAfterMs: 1000 }), 500)).toBe(received + 1000);
  });
});
