import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';

// The warning is once per tag for the module's life: each test loads a fresh copy.
let warnMissingCatalog: typeof import('../../../src/core/messages/warnMissingCatalog.js').warnMissingCatalog;
let warn: Mock<(...args: unknown[]) => void>;
beforeEach(async () => {
  vi.resetModules();
  ({ warnMissingCatalog } = await import('../../../src/core/messages/warnMissingCatalog.js'));
  warn = vi.fn();
  vi.spyOn(console, 'warn').mockImplementation(warn);
});

describe('warnMissingCatalog', () => {
  it('names the import and the prop when German was asked for but not passed in, once', () => {
    expect(warnMissingCatalog(['de-AT'], ['en'])).toBe(true);
    expect(warnMissingCatalog(['de'], ['en'])).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe(
      'problemkit: no catalog for the locale "de", so the kit speaks English. Add ' +
        "import { deMessages } from 'problemkit/locales/de' and pass catalogs={{ de: deMessages }} to " +
        'ProblemProvider (or catalogs: { de: deMessages } to createTranslator).',
    );
  });

  it('follows the order of preference: a catalog the app has before German wins', () => {
    expect(warnMissingCatalog(['en-GB', 'de'], ['en'])).toBe(false);
    expect(warnMissingCatalog(['fr-CA', 'de'], ['en', 'fr'])).toBe(false);
    expect(warnMissingCatalog(['fr-CA', 'de'], ['en'])).toBe(true);
  });

  it('says nothing when the catalog was passed in, in any letter case', () => {
    expect(warnMissingCatalog(['de-AT'], ['en', 'de'])).toBe(false);
    expect(warnMissingCatalog(['de-AT'], ['en', 'DE'])).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('says nothing for a language the kit has no catalog for, or for unusable input', () => {
    expect(warnMissingCatalog(['pt-BR'], ['en'])).toBe(false);
    expect(warnMissingCatalog(['%%', 42, null], ['en'])).toBe(false);
    expect(warnMissingCatalog([], [])).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});
