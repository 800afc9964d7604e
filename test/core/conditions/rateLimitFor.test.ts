import { describe, expect, it } from 'vitest';
import type { ConditionsSnapshot, RateLimitCondition } from '../../../src/core/conditions/ConditionsSnapshot.js';
import { emptyConditions } from '../../../src/core/conditions/emptyConditions.js';
import { originOf } from '../../../src/core/conditions/originOf.js';
import { rateLimitFor } from '../../../src/core/conditions/rateLimitFor.js';
import { problemFixture } from '../messages/problemFixture.js';

const limit = (until: number, origin?: string): RateLimitCondition => ({
  until,
  untilKnown: true,
  origin,
  problem: problemFixture({ status: 429, kind: 'rate-limited' }),
});

describe('rateLimitFor', () => {
  const snapshot: ConditionsSnapshot = {
    ...emptyConditions,
    rateLimited: limit(100),
    rateLimitedByOrigin: new Map([
      ['https://api.example.com', limit(300, 'https://api.example.com')],
      ['self', limit(50, 'self')],
    ]),
  };

  it('answers the later of the global limit and the target origin', () => {
    expect(rateLimitFor(snapshot, 'https://api.example.com/v3/orders')?.until).toBe(300);
    expect(rateLimitFor(snapshot, '/api/cart')?.until).toBe(100);
    expect(rateLimitFor(snapshot, 'https://other.example.com')?.until).toBe(100);
  });

  it('answers the latest of all limits without a target', () => {
    expect(rateLimitFor(snapshot)?.until).toBe(300);
  });

  it('answers undefined when nothing holds', () => {
    expect(rateLimitFor(emptyConditions)).toBeUndefined();
    expect(rateLimitFor(emptyConditions, 'https://api.example.com')).toBeUndefined();
  });
});

describe('originOf', () => {
  it('keys absolute http(s) URLs by origin and relative ones as self', () => {
    expect(originOf('https://API.example.com:443/v3/catalog?page=2')).toBe('https://api.example.com');
    expect(originOf('http://localhost:3000/api')).toBe('http://localhost:3000');
    expect(originOf('//cdn.example.com/x')).toBe('https://cdn.example.com');
    expect(originOf('/api/companies')).toBe('self');
    expect(originOf('api/companies')).toBe('self');
  });

  it('answers undefined for non-http schemes and non-strings', () => {
    expect(originOf('mailto:support@example.com')).toBeUndefined();
    expect(originOf('javascript:alert(1)')).toBeUndefined();
    expect(originOf('http://[bad')).toBeUndefined();
    expect(originOf('')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
    expect(originOf(42)).toBeUndefined();
  });
});
