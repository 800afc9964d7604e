import { describe, expect, expectTypeOf, it } from 'vitest';
import { problemKinds } from '../../../src/core/ApiProblem.js';
import { createTranslator } from '../../../src/core/messages/createTranslator.js';
import { deMessages } from '../../../src/core/messages/deMessages.js';
import { enMessages } from '../../../src/core/messages/enMessages.js';
import type { MessageCatalog, MessageKey, MessageParams } from '../../../src/core/messages/MessageCatalog.js';

// English is built in; German comes from its own entry (`problemkit/locales/de`) and is passed in.
const catalogs: Readonly<Record<string, MessageCatalog>> = { en: enMessages, de: deMessages };

const wait = { countdown: '0:28', duration: '28 seconds', seconds: 28 };
// Typed by key, so the compiler fails this file when a key is added without a sample.
const samples: { readonly [K in MessageKey]: MessageParams[K] } = {
  ...(Object.fromEntries(Object.keys(enMessages).map((key) => [key, {}])) as {
    readonly [K in MessageKey]: MessageParams[K];
  }),
  'errorSummary.count': { count: 2 },
  'documentTitle.error': { title: 'Company details' },
  'rateLimit.countdown': wait,
  'rateLimit.spoken': wait,
  'rateLimit.held': wait,
  'maintenance.backAt': { time: '9:00 AM', date: 'Monday 19 November' },
  'maintenance.backToday': { time: '9:00 AM' },
  'maintenance.backIn': { duration: '5 minutes' },
  'forbidden.action': { action: 'delete companies' },
  'forbidden.askContact': { contact: 'your administrator' },
};

function renderAll(locale: string): [MessageKey, string][] {
  const { t } = createTranslator({ locale, catalogs });
  return (Object.keys(enMessages) as MessageKey[]).map((key) => [
    key,
    (t as (key: MessageKey, values: object) => string)(key, samples[key]),
  ]);
}

describe.each(['en', 'de'])('the %s catalog', (locale) => {
  const catalog = catalogs[locale] as MessageCatalog;

  it.each(problemKinds)('gives the kind %s a non-empty title and body', (kind) => {
    const { t } = createTranslator({ locale, catalogs });
    expect(t(`${kind}.title`).trim()).not.toBe('');
    expect(t(`${kind}.body`).trim()).not.toBe('');
  });

  it('has exactly the keys of the English catalog', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(enMessages).sort());
  });

  it('fills every placeholder when given the documented values', () => {
    for (const [key, text] of renderAll(locale)) {
      expect(text, key).not.toMatch(/[{}]/);
      expect(text.trim(), key).not.toBe('');
    }
  });

  // GOV.UK content rules (research/anchors.md §5): no "oops", no "please", no "sorry", no jargon
  // such as "invalid", and no status numbers in a headline. No exceptions are needed so far.
  it('follows the GOV.UK content rules in every string', () => {
    const banned = /\b(oops|please|sorry|invalid|valid|error \d|bitte|entschuldigung|leider|ungültig|hoppla)\b/i;
    for (const [key, text] of renderAll(locale)) {
      expect(text, key).not.toMatch(banned);
      expect(text, key).not.toMatch(/maintenance|improvements|wartung|verbesserung/i);
    }
  });

  it('keeps status numbers out of every title and heading', () => {
    for (const [key, text] of renderAll(locale)) {
      if (key.endsWith('.title') || key === 'errorSummary.heading') expect(text, key).not.toMatch(/\b[1-5]\d\d\b/);
    }
  });

  it('never blames the person in a title', () => {
    for (const kind of problemKinds) {
      expect(createTranslator({ locale, catalogs }).t(`${kind}.title`)).not.toMatch(
        /your (fault|mistake)|you did|Ihr Fehler/i,
      );
    }
  });
});

describe('the German catalog', () => {
  it('is typed as a complete catalog with the same keys as English', () => {
    expectTypeOf<keyof typeof deMessages>().toEqualTypeOf<MessageKey>();
    expectTypeOf<keyof typeof enMessages>().toEqualTypeOf<MessageKey>();
    expectTypeOf(deMessages).toEqualTypeOf<MessageCatalog>();
  });

  it('speaks natural German for the GOV.UK components', () => {
    expect(deMessages['errorSummary.heading']).toBe('Es ist ein Problem aufgetreten');
    expect(deMessages['errorMessage.prefix']).toBe('Fehler:');
    expect(createTranslator({ locale: 'de', catalogs }).errorDocumentTitle('Firmendaten')).toBe('Fehler: Firmendaten');
  });

  it('avoids the dative "in 2 Tage" by rephrasing waits of a day or more', () => {
    const tr = createTranslator({ locale: 'de', catalogs });
    expect(tr.rateLimitSpoken(2 * 86_400_000)).toBe('Verbleibende Wartezeit: 2 Tage.');
    expect(tr.rateLimitSpoken(120_000)).toBe('Versuchen Sie es in 2 Minuten erneut.');
  });
});

describe('the English catalog', () => {
  it('uses the GOV.UK wording for the error summary and message', () => {
    expect(enMessages['errorSummary.heading']).toBe('There is a problem');
    expect(enMessages['errorMessage.prefix']).toBe('Error:');
    expect(createTranslator().errorDocumentTitle('Company details')).toBe('Error: Company details');
  });

  it('spells the problem count with plurals', () => {
    const { t } = createTranslator();
    expect(t('errorSummary.count', { count: 1 })).toBe('1 problem');
    expect(t('errorSummary.count', { count: 1200 })).toBe('1,200 problems');
    expect(createTranslator({ locale: 'de', catalogs }).t('errorSummary.count', { count: 1 })).toBe('1 Problem');
    expect(createTranslator({ locale: 'de', catalogs }).t('errorSummary.count', { count: 3 })).toBe('3 Probleme');
  });
});
