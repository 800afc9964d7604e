import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createTranslator } from '../../../src/core/messages/createTranslator.js';
import { deMessages } from '../../../src/core/messages/deMessages.js';
import { enMessages } from '../../../src/core/messages/enMessages.js';
import type { MessageCatalog } from '../../../src/core/messages/MessageCatalog.js';
import { problemFixture } from './problemFixture.js';

const nine = Date.UTC(2026, 10, 23, 9, 0); // Monday 23 November 2026, 09:00 UTC

describe('createTranslator', () => {
  it('picks the catalog by locale with fallback, and formats with the exact locale', () => {
    const austrian = createTranslator({ locale: 'de-AT', catalogs: { de: deMessages } });
    expect(austrian.catalogLocale).toBe('de');
    expect(austrian.locale).toBe('de-AT');
    expect(austrian.t('errorSummary.heading')).toBe('Es ist ein Problem aufgetreten');
    const brazilian = createTranslator({ locale: 'pt-BR' });
    expect(brazilian.catalogLocale).toBe('en');
    expect(brazilian.t('errorSummary.heading')).toBe('There is a problem');
    expect(createTranslator().locale).toBe('en');
  });

  describe('without the German catalog passed in', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    // Production first: the warning is once per page, and this test must not use it up.
    it('speaks English and says nothing in production', () => {
      vi.stubEnv('NODE_ENV', 'production');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const tr = createTranslator({ locale: 'de-AT' });
      expect(tr.catalogLocale).toBe('en');
      expect(tr.t('errorSummary.heading')).toBe('There is a problem');
      expect(warn).not.toHaveBeenCalled();
    });

    it('speaks English and, in development, names the import to add, once', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const tr = createTranslator({ locale: 'de-AT' });
      createTranslator({ locale: ['fr-FR', 'de'] });
      expect(tr.catalogLocale).toBe('en');
      expect(tr.locale).toBe('de-AT');
      expect(tr.t('errorSummary.heading')).toBe('There is a problem');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain(
        "import { deMessages } from 'problemkit/locales/de' and pass catalogs={{ de: deMessages }}",
      );
    });
  });

  it('accepts an ordered list of preferred locales', () => {
    expect(createTranslator({ locale: ['fr-FR', 'de-DE'], catalogs: { de: deMessages } }).catalogLocale).toBe('de');
  });

  it('survives unusable locales and time zones', () => {
    const tr = createTranslator({ locale: '%%', timeZone: 'Mars/Olympus' });
    expect(tr.locale).toBe('en');
    expect(tr.format.timeZone).toBeUndefined();
    expect(tr.t('action.tryAgain')).toBe('Try again');
  });

  it('exposes the text direction', () => {
    expect(createTranslator({ locale: 'ar' }).dir).toBe('rtl');
    expect(createTranslator({ locale: 'de', catalogs: { de: deMessages } }).dir).toBe('ltr');
  });

  it('checks keys and values at compile time', () => {
    const { t } = createTranslator();
    expectTypeOf(t).parameter(0).toEqualTypeOf<keyof MessageCatalog>();
    // @ts-expect-error an unknown key does not compile
    expect(t('no.such.key')).toBe('no.such.key');
    // @ts-expect-error a message with placeholders needs its values
    t('documentTitle.error');
    // @ts-expect-error values must have the right names
    t('documentTitle.error', { name: 'x' });
    expect(t('documentTitle.error', { title: 'Basket' })).toBe('Error: Basket');
  });

  it('replaces single keys with overrides, as strings or functions', () => {
    const tr = createTranslator({
      locale: 'de',
      catalogs: { de: deMessages },
      overrides: {
        'action.tryAgain': 'Nochmal',
        'errorSummary.count': ({ count }, f) => f.plural(count, { one: 'ein Fehler', other: '# Fehler' }),
      },
    });
    expect(tr.t('action.tryAgain')).toBe('Nochmal');
    expect(tr.t('errorSummary.count', { count: 1 })).toBe('ein Fehler');
    expect(tr.t('errorSummary.count', { count: 4 })).toBe('4 Fehler');
    expect(tr.t('action.reload')).toBe('Neu laden');
  });

  it('falls back to English when an entry throws or is missing at run time', () => {
    const broken = { ...enMessages, 'action.reload': undefined } as unknown as MessageCatalog;
    const tr = createTranslator({
      locale: 'xx',
      catalogs: { xx: broken },
      overrides: {
        'errorSummary.count': () => {
          throw new Error('bad override');
        },
      },
    });
    expect(tr.catalogLocale).toBe('xx');
    expect(tr.t('action.reload')).toBe('Reload');
    expect(tr.t('errorSummary.count', { count: 2 })).toBe('2 problems');
  });

  it('adds languages through catalogs', () => {
    const fr: MessageCatalog = { ...enMessages, 'errorSummary.heading': 'Il y a un problème' };
    const tr = createTranslator({ locale: 'fr-CA', catalogs: { fr } });
    expect(tr.catalogLocale).toBe('fr');
    expect(tr.t('errorSummary.heading')).toBe('Il y a un problème');
  });

  describe('titleFor and bodyFor', () => {
    const outOfCredit = 'https://example.net/out-of-credit';
    const tr = createTranslator({
      locale: 'de',
      catalogs: { de: deMessages },
      types: {
        [outOfCredit]: {
          title: 'Ihr Guthaben reicht nicht aus',
          body: (problem, f) => `Es fehlen ${f.number(Number((problem.body as { missing: number }).missing))} €.`,
        },
      },
    });

    it('prefers the title the app gave the problem type', () => {
      const problem = problemFixture({
        status: 403,
        kind: 'forbidden',
        type: outOfCredit,
        title: 'You do not have enough credit.',
        titleSource: 'body',
        body: { missing: 1234.5 },
      });
      expect(tr.titleFor(problem)).toBe('Ihr Guthaben reicht nicht aus');
      expect(tr.bodyFor(problem)).toBe('Es fehlen 1.234,5 €.');
    });

    it("shows the body's own title as sent", () => {
      const problem = problemFixture({ title: 'Connection with id 123 not found.', titleSource: 'body' });
      expect(tr.titleFor(problem)).toBe('Connection with id 123 not found.');
      expect(tr.bodyFor(problem)).toBe(
        'Die Seite wurde möglicherweise verschoben oder gelöscht. Wenn Sie die Adresse eingegeben haben, prüfen Sie, ob sie stimmt.',
      );
    });

    it('localises catalog titles', () => {
      expect(tr.titleFor(problemFixture())).toBe('Seite nicht gefunden');
      expect(createTranslator().titleFor(problemFixture())).toBe('Page not found');
    });

    it('replaces body titles that are only a reason phrase, unless told not to', () => {
      const notFound = problemFixture({ title: 'Not Found', titleSource: 'body' });
      const aspNet = problemFixture({
        status: 400,
        kind: 'validation',
        title: 'One or more validation errors occurred.',
        titleSource: 'body',
      });
      expect(tr.titleFor(notFound)).toBe('Seite nicht gefunden');
      expect(tr.titleFor(aspNet)).toBe('Prüfen Sie Ihre Angaben');
      expect(createTranslator({ localizeGenericTitles: false }).titleFor(notFound)).toBe('Not Found');
    });

    it('uses the catalog for a type the app did not describe, and for a throwing type function', () => {
      const throwing = createTranslator({
        types: {
          [outOfCredit]: {
            title: () => {
              throw new Error('no');
            },
          },
        },
      });
      expect(throwing.titleFor(problemFixture({ type: outOfCredit }))).toBe('Page not found');
      expect(tr.titleFor(problemFixture({ type: 'https://example.net/other' }))).toBe('Seite nicht gefunden');
    });

    it('treats an unknown kind at run time as unknown', () => {
      const odd = problemFixture({ kind: 'teapot' as never, title: '' });
      expect(createTranslator().titleFor(odd)).toBe('Something went wrong');
      expect(createTranslator().bodyFor(odd)).toBe('Try again later.');
    });
  });

  describe('rate-limit texts', () => {
    const en = createTranslator({ locale: 'en' });
    const de = createTranslator({ locale: 'de', catalogs: { de: deMessages } });

    it('shows a live countdown line and a spoken form', () => {
      expect(en.rateLimitText(28_000)).toBe('Too many requests. Try again in 0:28.');
      expect(en.rateLimitSpoken(28_000)).toBe('Try again in 28 seconds.');
      expect(en.rateLimitSpoken(1000)).toBe('Try again in 1 second.');
      expect(de.rateLimitText(28_000)).toBe('Zu viele Anfragen. Versuchen Sie es in 0:28 erneut.');
      expect(de.rateLimitSpoken(1000)).toBe('Versuchen Sie es in 1 Sekunde erneut.');
      expect(en.rateLimitText(3_725_000)).toBe('Too many requests. Try again in 1:02:05.');
    });

    it('has a message for when the server gave no time', () => {
      expect(en.rateLimitText(undefined)).toBe('Too many requests. Wait a moment, then try again.');
      expect(en.heldReason(undefined)).toBe('Paused for a moment because of too many requests.');
    });

    it('says the person can try again once the wait is over', () => {
      expect(en.rateLimitText(0)).toBe('You can try again now.');
      expect(en.rateLimitSpoken(-5)).toBe('You can try again now.');
      expect(de.heldReason(0)).toBe('Sie können es jetzt erneut versuchen.');
    });

    it('says why a held action is held', () => {
      expect(en.heldReason(90_000)).toBe('Paused for 1 minute and 30 seconds because of too many requests.');
      expect(de.heldReason(2000)).toBe('Wegen zu vieler Anfragen für 2 Sekunden pausiert.');
    });
  });

  describe('backAtText', () => {
    const en = createTranslator({ locale: 'en-GB', timeZone: 'Europe/London' });
    const de = createTranslator({ locale: 'de-DE', timeZone: 'Europe/Berlin', catalogs: { de: deMessages } });

    it('says "in N minutes" when the time is near, rounding up to whole minutes', () => {
      expect(en.backAtText(nine + 250_000, nine)).toBe('You will be able to use the service again in 5 minutes.');
      expect(en.backAtText(nine + 45_000, nine)).toBe('You will be able to use the service again in 45 seconds.');
      expect(de.backAtText(nine + 300_000, nine)).toBe('Sie können den Dienst in 5 Minuten wieder nutzen.');
    });

    it('says the time when it is later today, in the given time zone', () => {
      expect(en.backAtText(nine + 3 * 3_600_000, nine)).toBe('You will be able to use the service from 12:00 today.');
      expect(de.backAtText(nine + 3 * 3_600_000, nine)).toBe('Sie können den Dienst heute ab 13:00 Uhr wieder nutzen.');
    });

    it('says the day, date and time when it is another day', () => {
      const tomorrowNine = nine + 24 * 3_600_000;
      expect(en.backAtText(tomorrowNine, nine)).toBe(
        'You will be able to use the service from 9:00 on Tuesday 24 November.',
      );
      expect(de.backAtText(tomorrowNine, nine)).toBe(
        'Sie können den Dienst ab Dienstag, 24. November, 10:00 Uhr wieder nutzen.',
      );
      expect(createTranslator({ locale: 'en-US', timeZone: 'America/New_York' }).backAtText(tomorrowNine, nine)).toBe(
        'You will be able to use the service from 4:00 AM on Tuesday, November 24.',
      );
    });

    it('adds the year when it is another year', () => {
      const newYear = Date.UTC(2027, 0, 4, 9, 0);
      expect(en.backAtText(newYear, nine)).toBe(
        'You will be able to use the service from 9:00 on Monday, 4 January 2027.',
      );
    });

    it('says to try later when the time is unknown or already passed', () => {
      expect(en.backAtText(undefined, nine)).toBe('Try again later.');
      expect(en.backAtText(nine - 1000, nine)).toBe('Try again later.');
      expect(en.backAtText(Number.NaN, nine)).toBe('Try again later.');
    });
  });
});
