import type { MessageCatalog } from './MessageCatalog.js';

/** 405, 406, 415 and 501 are mistakes in the app or the API: nothing the person can do but wait. */
const ourSide = 'Bei uns ist ein Problem aufgetreten';
const notYours = 'Sie können das nicht selbst beheben. Versuchen Sie es später noch einmal.';
const later = 'Versuchen Sie es später noch einmal.';

/** `in` takes the dative, and only "Tage" changes there ("in 2 Tagen"); from a day on, say it without `in`. */
const aDay = 86_400;

/**
 * The German catalog, formal address ("Sie"), to the same GOV.UK content rules as `enMessages`:
 * say what happened and what to do, no status numbers, no apology, no "bitte", no blame. Times are
 * written the German way ("ab 9:00 Uhr"); `Intl` supplies plurals ("1 Sekunde", "2 Sekunden").
 *
 * @example
 * ```ts
 * const t = createTranslator({ locale: 'de-AT' }).t;
 * t('errorSummary.heading'); // 'Es ist ein Problem aufgetreten'
 * t('errorMessage.prefix');  // 'Fehler:'
 * ```
 */
export const deMessages: MessageCatalog = {
  'bad-request.title': 'Ihre Anfrage konnte nicht ausgeführt werden',
  'bad-request.body':
    'Prüfen Sie die Angaben und versuchen Sie es erneut. Wenn es wieder passiert, versuchen Sie es später noch einmal.',
  'validation.title': 'Prüfen Sie Ihre Angaben',
  'validation.body': 'Korrigieren Sie die markierten Angaben und versuchen Sie es dann erneut.',
  'unauthenticated.title': 'Sie müssen sich erneut anmelden',
  'unauthenticated.body': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'forbidden.title': 'Sie haben keine Berechtigung dafür',
  'forbidden.body': 'Wenn Sie Zugriff haben sollten, wenden Sie sich an die Person, die Ihr Konto verwaltet.',
  'not-found.title': 'Seite nicht gefunden',
  'not-found.body':
    'Die Seite wurde möglicherweise verschoben oder gelöscht. Wenn Sie die Adresse eingegeben haben, prüfen Sie, ob sie stimmt.',
  'method-not-allowed.title': ourSide,
  'method-not-allowed.body': notYours,
  'not-acceptable.title': ourSide,
  'not-acceptable.body': notYours,
  'unsupported-media-type.title': ourSide,
  'unsupported-media-type.body': notYours,
  'not-implemented.title': ourSide,
  'not-implemented.body': notYours,
  'timeout.title': 'Der Dienst hat nicht rechtzeitig geantwortet',
  'timeout.body': 'Versuchen Sie es in einigen Augenblicken erneut.',
  'conflict.title': 'Ihre Änderung konnte nicht gespeichert werden',
  'conflict.body':
    'Inzwischen wurde etwas geändert, möglicherweise von jemand anderem. Laden Sie die aktuelle Version und versuchen Sie es dann erneut.',
  'too-large.title': 'Das ist zu viel auf einmal',
  'too-large.body': 'Versuchen Sie es mit weniger Einträgen oder einer kleineren Datei erneut.',
  'rate-limited.title': 'Zu viele Anfragen',
  'rate-limited.body': 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'server.title': 'Beim Dienst ist ein Problem aufgetreten',
  'server.body': later,
  'unavailable.title': 'Der Dienst ist nicht verfügbar',
  'unavailable.body': 'Sie können den Dienst gerade nicht nutzen. Versuchen Sie es später noch einmal.',
  'insufficient-storage.title': 'Das Limit Ihres Tarifs ist erreicht',
  'insufficient-storage.body':
    'Entfernen Sie etwas, das Sie nicht mehr brauchen, oder fragen Sie die Kontoinhaberin oder den Kontoinhaber nach einem größeren Tarif.',
  'network.title': 'Der Dienst ist nicht erreichbar',
  'network.body': 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
  'unknown.title': 'Etwas ist schiefgelaufen',
  'unknown.body': later,

  'errorSummary.heading': 'Es ist ein Problem aufgetreten',
  'errorSummary.count': ({ count }, f) => f.plural(count, { one: '# Problem', other: '# Probleme' }),
  'errorMessage.prefix': 'Fehler:',
  'documentTitle.error': 'Fehler: {title}',

  'rateLimit.countdown': 'Zu viele Anfragen. Versuchen Sie es in {countdown} erneut.',
  'rateLimit.spoken': ({ duration, seconds }) =>
    seconds >= aDay ? `Verbleibende Wartezeit: ${duration}.` : `Versuchen Sie es in ${duration} erneut.`,
  'rateLimit.noTime': 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'rateLimit.ready': 'Sie können es jetzt erneut versuchen.',
  'rateLimit.held': 'Wegen zu vieler Anfragen für {duration} pausiert.',
  'rateLimit.heldNoTime': 'Wegen zu vieler Anfragen kurz pausiert.',

  'maintenance.backAt': 'Sie können den Dienst ab {date}, {time} Uhr wieder nutzen.',
  'maintenance.backToday': 'Sie können den Dienst heute ab {time} Uhr wieder nutzen.',
  // Used only while the time is near (under an hour by default), so "in" never meets "Tage".
  'maintenance.backIn': 'Sie können den Dienst in {duration} wieder nutzen.',
  'maintenance.unknownTime': later,
  'maintenance.back': 'Der Dienst ist wieder verfügbar.',
  'maintenance.dismiss': 'Diese Meldung ausblenden',

  'forbidden.action': 'Sie haben keine Berechtigung, {action}',
  'forbidden.askContact': 'Wenden Sie sich an {contact}, wenn Sie Zugriff benötigen.',

  'network.offline': 'Sie sind offline. Manches funktioniert erst wieder, wenn Sie wieder online sind.',
  'network.backOnline': 'Sie sind wieder online.',

  'server.reference': 'Referenz',
  'server.referenceHint': 'Geben Sie diese Referenz an, wenn Sie sich an den Support wenden.',
  'server.copy': 'Referenz kopieren',
  'server.copied': 'Kopiert',
  'server.copyFailed': 'Die Referenz konnte nicht kopiert werden. Sie ist markiert: Kopieren Sie sie selbst.',

  'action.tryAgain': 'Erneut versuchen',
  'action.reload': 'Neu laden',
  'action.signIn': 'Anmelden',
  'action.dismiss': 'Schließen',
  'action.goBack': 'Zurück',
  'action.submit': 'Weiter',
};
