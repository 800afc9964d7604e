import { describe, expect, it } from 'vitest';
import { canonicalLocale } from '../../../src/core/messages/canonicalLocale.js';
import { resolveLocale } from '../../../src/core/messages/resolveLocale.js';

describe('resolveLocale', () => {
  it('falls back from a region to its language, then to English', () => {
    expect(resolveLocale('de-AT', ['en', 'de'])).toBe('de');
    expect(resolveLocale('de', ['en', 'de'])).toBe('de');
    expect(resolveLocale('pt-BR', ['en', 'de'])).toBe('en');
  });

  it('prefers the exact tag when there is a catalog for it', () => {
    expect(resolveLocale('de-CH', ['en', 'de', 'de-CH'])).toBe('de-CH');
  });

  it('tries the requested locales in order before falling back', () => {
    expect(resolveLocale(['fr-CA', 'de-DE', 'en'], ['en', 'de'])).toBe('de');
  });

  it('finds a catalog through the likely script', () => {
    expect(resolveLocale('zh-TW', ['en', 'zh', 'zh-Hant'])).toBe('zh-Hant');
    expect(resolveLocale('zh-CN', ['en', 'zh', 'zh-Hant'])).toBe('zh');
  });

  it('ignores case and POSIX spelling', () => {
    expect(resolveLocale('DE_at', ['en', 'de'])).toBe('de');
    expect(resolveLocale('de_DE.UTF-8', ['en', 'de'])).toBe('de');
  });

  it('skips values that are not locales', () => {
    expect(resolveLocale(['%%', 42, null, 'de'], ['en', 'de'])).toBe('de');
    expect(resolveLocale(undefined, ['en', 'de'])).toBe('en');
    expect(resolveLocale({}, ['en', 'de'])).toBe('en');
  });

  it('answers the first available catalog when English is not among them', () => {
    expect(resolveLocale('fr', ['de'])).toBe('de');
  });
});

describe('canonicalLocale', () => {
  it('canonicalises or rejects', () => {
    expect(canonicalLocale('en_gb')).toBe('en-GB');
    expect(canonicalLocale('iw')).toBe('he');
    expect(canonicalLocale('')).toBeUndefined();
    expect(canonicalLocale('not a locale')).toBeUndefined();
    expect(canonicalLocale(7)).toBeUndefined();
  });
});
