import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/core/messages/textDirection.js';

describe('textDirection', () => {
  it.each(['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur-PK', 'ps', 'yi', 'ckb', 'az-Arab', 'iw'])(
    'is rtl for %s',
    (locale) => {
      expect(textDirection(locale)).toBe('rtl');
    },
  );

  it.each(['en', 'de-AT', 'ku', 'tr', 'zh-Hant', 'ja'])('is ltr for %s', (locale) => {
    expect(textDirection(locale)).toBe('ltr');
  });

  it('is ltr for anything that is not a locale', () => {
    expect(textDirection('')).toBe('ltr');
    expect(textDirection(undefined)).toBe('ltr');
    expect(textDirection('%%')).toBe('ltr');
  });
});
