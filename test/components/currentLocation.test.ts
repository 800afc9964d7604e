import { afterEach, describe, expect, it } from 'vitest';
import { currentLocation } from '../../src/components/currentLocation.js';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('currentLocation', () => {
  it('gives the path with its query and hash', () => {
    window.history.replaceState(null, '', '/orders?page=2#latest');
    expect(currentLocation()).toBe('/orders?page=2#latest');
  });

  it('never gives a protocol-relative URL', () => {
    window.history.replaceState(null, '', `${window.location.origin}//evil.example/path`);
    expect(window.location.pathname).toBe('//evil.example/path');
    expect(currentLocation()).toBe('/');
  });

  it('prefers a non-blank return-to path the app gave, trimmed', () => {
    window.history.replaceState(null, '', '/orders');
    expect(currentLocation(' /checkout ')).toBe('/checkout');
    expect(currentLocation('   ')).toBe('/orders');
    expect(currentLocation(42)).toBe('/orders');
  });
});
