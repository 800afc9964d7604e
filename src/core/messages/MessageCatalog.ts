import type { ProblemKind } from '../ApiProblem.js';
import type { MessageFormatter } from './MessageFormatter.js';

/** The values of a message that takes none. */
export type NoValues = Readonly<Record<never, never>>;

/** Values of the rate-limit messages: the same remaining time in the three shapes a sentence needs. */
export interface WaitValues {
  /** The visible countdown, `m:ss` or `h:mm:ss` ("0:28"). */
  readonly countdown: string;
  /** The same time in words, for screen readers and sentences ("28 seconds"). */
  readonly duration: string;
  /** Whole seconds left, rounded up, for catalogs that choose words by number. */
  readonly seconds: number;
}

type KindMessageParams = { readonly [K in ProblemKind as `${K}.title` | `${K}.body`]: NoValues };

/**
 * Every message key and the values it takes. Keys are grouped by what reads them:
 * `<kind>.title` / `<kind>.body` for each `ProblemKind`; `errorSummary.*`, `errorMessage.*`,
 * `documentTitle.*` (GOV.UK error summary and message); `rateLimit.*` (countdown, held actions);
 * `maintenance.*` (the 503 banner); `forbidden.*`, `network.*`, `server.*` (notice extras);
 * `action.*` (button labels).
 */
export interface MessageParams extends KindMessageParams {
  /** Error summary heading: "There is a problem". */
  readonly 'errorSummary.heading': NoValues;
  /** How many problems, e.g. for a collapsed summary or an announcement: "2 problems". */
  readonly 'errorSummary.count': { readonly count: number };
  /** The visually hidden prefix before each error message: "Error:" (the component adds the space). */
  readonly 'errorMessage.prefix': NoValues;
  /** The page title while a form shows errors: "Error: {title}". */
  readonly 'documentTitle.error': { readonly title: string };
  /** Visible rate-limit line with the live countdown: "Too many requests. Try again in 0:28." */
  readonly 'rateLimit.countdown': WaitValues;
  /** What a screen reader hears at a calm cadence: "Try again in 28 seconds." */
  readonly 'rateLimit.spoken': WaitValues;
  /** Rate-limited and the server gave no time. */
  readonly 'rateLimit.noTime': NoValues;
  /** The wait is over. */
  readonly 'rateLimit.ready': NoValues;
  /** Why a held (disabled) action is held, while the wait is known. */
  readonly 'rateLimit.held': WaitValues;
  /** Why a held action is held, when the server gave no time. */
  readonly 'rateLimit.heldNoTime': NoValues;
  /** When the service will be back, on another day: "…from 9:00 AM on Monday 19 November." */
  readonly 'maintenance.backAt': { readonly time: string; readonly date: string };
  /** When the service will be back, later today. */
  readonly 'maintenance.backToday': { readonly time: string };
  /** When the service will be back, when that is near: "…again in 5 minutes." */
  readonly 'maintenance.backIn': { readonly duration: string };
  /** The server gave no time. */
  readonly 'maintenance.unknownTime': NoValues;
  /** Announced when the banner clears itself. */
  readonly 'maintenance.back': NoValues;
  /** The banner's dismiss button. */
  readonly 'maintenance.dismiss': NoValues;
  /** A 403 title naming what the person may not do; `action` is a verb phrase the app supplies. */
  readonly 'forbidden.action': { readonly action: string };
  /** Who to ask for access, when the app knows: "Ask {contact} if you need access." */
  readonly 'forbidden.askContact': { readonly contact: string };
  /** Announced when the browser goes offline. */
  readonly 'network.offline': NoValues;
  /** Announced when the browser is back online. */
  readonly 'network.backOnline': NoValues;
  /** Label before the trace id on a server-error notice: "Reference". */
  readonly 'server.reference': NoValues;
  /** What the reference is for. */
  readonly 'server.referenceHint': NoValues;
  /** The copy button beside the reference. */
  readonly 'server.copy': NoValues;
  /** Confirmation after copying. */
  readonly 'server.copied': NoValues;
  /** When copying failed: the reference is selected on screen, for the person to copy themselves. */
  readonly 'server.copyFailed': NoValues;
  readonly 'action.tryAgain': NoValues;
  readonly 'action.reload': NoValues;
  readonly 'action.signIn': NoValues;
  readonly 'action.dismiss': NoValues;
  readonly 'action.goBack': NoValues;
  /** The default label of `SubmitButton` (GOV.UK's primary button on a question page: "Continue"). */
  readonly 'action.submit': NoValues;
}

/** Any key of the catalog. */
export type MessageKey = keyof MessageParams;

/**
 * One catalog entry: a string with `{name}` placeholders (numbers in values are formatted for the
 * locale), or a function of the typed values and a locale-bound formatter, for plurals and
 * anything a template cannot say.
 */
export type MessageEntry<Values> = string | ((values: Values, format: MessageFormatter) => string);

/**
 * A complete message catalog for one language: every string a person reads anywhere in the kit.
 * The kit ships `enMessages` and `deMessages`; an app adds a language by writing one of these
 * (the compiler lists any key it misses) and overrides single keys with a `Partial<MessageCatalog>`.
 *
 * @example
 * ```ts
 * const fr: MessageCatalog = {
 *   ...enMessages, // start from English, then translate key by key
 *   'errorSummary.heading': 'Il y a un problème',
 *   'errorSummary.count': ({ count }, f) => f.plural(count, { one: '# problème', other: '# problèmes' }),
 * };
 * ```
 */
export type MessageCatalog = { readonly [K in MessageKey]: MessageEntry<MessageParams[K]> };
