import { kindTitles } from './kindTitles.js';
import type { MessageCatalog } from './MessageCatalog.js';

/** 405, 406, 415 and 501 are mistakes in the app or the API: nothing the person can do but wait. */
const notYours = 'It is not something you can fix. Try again later.';
const later = 'Try again later.';

/**
 * The English catalog: every string a person reads anywhere in the kit. Written to GOV.UK's content
 * rules (research/anchors.md §5, from the GOV.UK Design System's error summary, error message and
 * 404/500/503 page guidance): say what happened and what to do next, in plain words; no status
 * numbers, no "oops", no apology, no "please", no blame, no "maintenance" excuses. The kind titles
 * are `kindTitles`, the same strings `toProblem` puts on a problem, so the two never drift.
 *
 * @example
 * ```ts
 * const t = createTranslator({ locale: 'en-GB' }).t;
 * t('errorSummary.heading');                                    // 'There is a problem'
 * enMessages['not-found.title'];                                // 'Page not found'
 * ```
 */
export const enMessages: MessageCatalog = {
  'bad-request.title': kindTitles['bad-request'],
  'bad-request.body': 'Check the information and try again. If it keeps happening, try again later.',
  'validation.title': kindTitles.validation,
  'validation.body': 'Correct the highlighted information, then try again.',
  'unauthenticated.title': kindTitles.unauthenticated,
  'unauthenticated.body': 'Your session has ended. Sign in again to continue.',
  'forbidden.title': kindTitles.forbidden,
  'forbidden.body': 'If you think you should have access, ask the person who manages your account.',
  'not-found.title': kindTitles['not-found'],
  'not-found.body': 'It may have been moved or deleted. If you typed the web address, check it is correct.',
  'method-not-allowed.title': kindTitles['method-not-allowed'],
  'method-not-allowed.body': notYours,
  'not-acceptable.title': kindTitles['not-acceptable'],
  'not-acceptable.body': notYours,
  'unsupported-media-type.title': kindTitles['unsupported-media-type'],
  'unsupported-media-type.body': notYours,
  'not-implemented.title': kindTitles['not-implemented'],
  'not-implemented.body': notYours,
  'timeout.title': kindTitles.timeout,
  'timeout.body': 'Try again in a few moments.',
  'conflict.title': kindTitles.conflict,
  'conflict.body':
    'Something changed in the meantime, possibly by someone else. Reload to see the latest version, then try again.',
  'too-large.title': kindTitles['too-large'],
  'too-large.body': 'Try again with fewer items or a smaller file.',
  'rate-limited.title': kindTitles['rate-limited'],
  'rate-limited.body': 'Wait a moment, then try again.',
  'server.title': kindTitles.server,
  'server.body': later,
  'unavailable.title': kindTitles.unavailable,
  'unavailable.body': 'You cannot use the service at the moment. Try again later.',
  'insufficient-storage.title': kindTitles['insufficient-storage'],
  'insufficient-storage.body': 'Remove something you no longer need, or ask the account owner about a bigger plan.',
  'network.title': kindTitles.network,
  'network.body': 'Check your internet connection, then try again.',
  'unknown.title': kindTitles.unknown,
  'unknown.body': later,

  'errorSummary.heading': 'There is a problem',
  'errorSummary.count': ({ count }, f) => f.plural(count, { one: '# problem', other: '# problems' }),
  'errorMessage.prefix': 'Error:',
  'documentTitle.error': 'Error: {title}',

  'rateLimit.countdown': 'Too many requests. Try again in {countdown}.',
  'rateLimit.spoken': 'Try again in {duration}.',
  'rateLimit.noTime': 'Too many requests. Wait a moment, then try again.',
  'rateLimit.ready': 'You can try again now.',
  'rateLimit.held': 'Paused for {duration} because of too many requests.',
  'rateLimit.heldNoTime': 'Paused for a moment because of too many requests.',

  // GOV.UK's service-unavailable pattern: say the day, date and time it will be back.
  'maintenance.backAt': 'You will be able to use the service from {time} on {date}.',
  'maintenance.backToday': 'You will be able to use the service from {time} today.',
  'maintenance.backIn': 'You will be able to use the service again in {duration}.',
  'maintenance.unknownTime': later,
  'maintenance.back': 'The service is available again.',
  'maintenance.dismiss': 'Hide this message',

  'forbidden.action': 'You do not have permission to {action}',
  'forbidden.askContact': 'Ask {contact} if you need access.',

  'network.offline': 'You are offline. Some things will not work until you are back online.',
  'network.backOnline': 'You are back online.',

  'server.reference': 'Reference',
  'server.referenceHint': 'If you contact support, give them this reference.',
  'server.copy': 'Copy reference',
  'server.copied': 'Copied',
  'server.copyFailed': 'The reference could not be copied. It is selected: copy it yourself.',

  'action.tryAgain': 'Try again',
  'action.reload': 'Reload',
  'action.signIn': 'Sign in',
  'action.dismiss': 'Dismiss',
  'action.goBack': 'Go back',
  'action.submit': 'Continue',
};
