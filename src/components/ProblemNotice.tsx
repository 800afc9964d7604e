'use client';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem, ProblemKind } from '../core/ApiProblem.js';
import { serviceBackAt } from '../core/conditions/serviceBackAt.js';
import { useConditions } from '../react/useConditions.js';
import { useMessages } from '../react/useMessages.js';
import { useProblem } from '../react/useProblem.js';
import { catalogTitle } from './catalogTitle.js';
import { currentLocation } from './currentLocation.js';
import type { HeadingLevel } from './HeadingLevel.js';
import { logDeveloperHint } from './logDeveloperHint.js';
import { MaintenanceTime } from './MaintenanceTime.js';
import { type NoticeAnnouncement, type NoticeFocus, NoticeFrame, type NoticeFrameProps } from './NoticeFrame.js';
import { PermissionNotice } from './PermissionNotice.js';
import { RateLimitNotice } from './RateLimitNotice.js';
import { serverTexts } from './serverTexts.js';
import { TraceId } from './TraceId.js';
import { useGivenProblem } from './useGivenProblem.js';

// Not through @types/node: the library is built without Node's types.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * What a per-kind `render` function (or `children`) of `ProblemNotice` receives: the problem, the words the default
 * notice would use, the actions wired to your callbacks, and the default notice itself, to wrap or extend.
 *
 * @example
 * ```tsx
 * const notFound = ({ title, notice }: ProblemNoticeRenderProps) => (
 *   <>
 *     {notice}
 *     <a href="/">Go to the home page</a>
 *   </>
 * );
 * ```
 */
export interface ProblemNoticeRenderProps {
  readonly problem: ApiProblem;
  readonly kind: ProblemKind;
  /** The heading of the default notice (the app's `type` title, else the catalog's for the kind). */
  readonly title: string;
  /** What the server said, where the kind shows it (conflict, forbidden, plan limits, not found, bad request). */
  readonly details: readonly string[];
  /** What to do next (the app's `type` body, else the catalog's). */
  readonly body: string;
  /** `onRetry`, when given. */
  readonly retry: (() => void) | undefined;
  /** `onReload`, else reloading the page. */
  readonly reload: () => void;
  /** `onSignIn` with the return-to location, when given. */
  readonly signIn: (() => void) | undefined;
  /** The notice `ProblemNotice` would render. */
  readonly notice: ReactNode;
}

/** Renders a notice of your own for a problem. */
export type ProblemNoticeRender = (props: ProblemNoticeRenderProps) => ReactNode;

/**
 * Props of `ProblemNotice`. Without `problem`/`error` it shows the nearest scope's problem, else the provider's
 * signed-out or offline condition.
 *
 * @example
 * ```tsx
 * const props: ProblemNoticeProps = { error: query.error, onRetry: () => query.refetch(), headingLevel: 1 };
 * ```
 */
export interface ProblemNoticeProps {
  /** An `ApiProblem`, or anything `asProblem` accepts; `null` shows nothing. */
  readonly problem?: unknown;
  /** Like `problem` (a query's or mutation's `error`). */
  readonly error?: unknown;
  /** Shows "Try again" where trying again can help (timeouts, network, server errors, unavailable). */
  readonly onRetry?: () => void;
  /** The conflict notice's "Reload". Default: reloading the page. */
  readonly onReload?: () => void;
  /** Shows "Sign in" on a 401, called with where to come back to (see `PermissionNotice`). */
  readonly onSignIn?: (returnTo: string) => void;
  /** Where to return after signing in. Default: the current page. */
  readonly returnTo?: string;
  /** What a 403 forbids, completing "You do not have permission to …" (see `PermissionNotice`'s `action`). */
  readonly forbiddenAction?: string;
  /** Who to ask for access on a 403. */
  readonly contact?: string;
  /**
   * After a network failure, calls `onRetry` once by itself when the connection is back (the browser's `online`
   * event, or any request under the provider succeeding). Default `true`.
   */
  readonly retryOnReconnect?: boolean;
  /** From how long before an outage's end a live countdown replaces the time. Default 10 minutes. */
  readonly countdownMs?: number;
  /** The heading's level. Default 2; use 1 when the notice replaces the page's content. */
  readonly headingLevel?: HeadingLevel;
  /** How the notice is announced when it appears. Default `'assertive'`. */
  readonly announce?: NoticeAnnouncement;
  /** Whether it takes focus when it appears. Default `'never'`. */
  readonly focus?: NoticeFocus;
  /**
   * The notice's accessible name when the page shows more than one notice (e.g. "Orders"), so each landmark is
   * told apart. Default: its heading.
   */
  readonly label?: string;
  /** Added to the default class (`problemkit-ProblemNotice`, `problemkit-PermissionNotice` for 401/403). */
  readonly className?: string;
  /** Your own notice for some kinds; the others keep the default. */
  readonly render?: { readonly [K in ProblemKind]?: ProblemNoticeRender };
  /** Your own notice for every kind without a `render` entry. */
  readonly children?: ProblemNoticeRender;
}

function reloadPage(): void {
  if (typeof window !== 'undefined' && typeof window.location?.reload === 'function') window.location.reload();
}

/**
 * What each kind's notice shows besides its title and body: `d` the server's own words (a conflict's reason, a
 * plan limit, a bad request's message), `t` the trace id, `r` "Try again" (when `onRetry` is given), `l` "Reload".
 * 401/403 (PermissionNotice) and 429 (RateLimitNotice) have notices of their own; validation and too-large show
 * the title and body alone.
 */
const extras: { readonly [K in ProblemKind]?: string } = {
  'bad-request': 'd',
  'not-found': 'd',
  'insufficient-storage': 'd',
  conflict: 'dl',
  'method-not-allowed': 't',
  'not-acceptable': 't',
  'unsupported-media-type': 't',
  'not-implemented': 't',
  timeout: 'tr',
  server: 'tr',
  unknown: 'tr',
  unavailable: 'tr',
  network: 'r',
};

/**
 * The notice for any failed request, chosen by kind, worded to GOV.UK's content rules (say what happened and what
 * to do; no "oops", no status numbers, no jargon; research/anchors.md §5) in the person's language: not found;
 * a conflict with the server's reason and "Reload"; too much at once; timeouts, network failures and server
 * errors with "Try again" (a network failure retries by itself when the connection is back; a server error shows
 * the trace id with a copy button); a plan limit with the server's explanation; 401/403 through
 * `PermissionNotice`; 429 through `RateLimitNotice`'s countdown; 503 with the time the service should be back
 * and "Try again"; 405/406/415/501 as a generic "problem on our side" for the person while, in development, the
 * seed's troubleshooting hint goes to the console once. Validation and bad requests get a short notice (the form's
 * `ErrorSummary` lists the fields). Body text is always text, and no link from a body is ever rendered. Override
 * any kind with `render`, or all with `children`.
 *
 * @example
 * ```tsx
 * const orders = useQuery({ queryKey: ['orders'], queryFn: () => apiFetch('/api/orders') });
 * if (orders.error) {
 *   return <ProblemNotice error={orders.error} onRetry={() => orders.refetch()} headingLevel={1} />;
 * }
 * ```
 */
export function ProblemNotice(props: ProblemNoticeProps): ReactNode {
  const translator = useMessages();
  const given = useGivenProblem(props.problem, props.error);
  const scoped = useProblem();
  const { signedOut, offline } = useConditions();
  const problem = given.given ? given.problem : (scoped ?? signedOut?.problem ?? offline?.problem);

  useEffect(() => {
    // Development only, the way React itself writes it: bundlers replace `process.env.NODE_ENV`, the test folds to
    // `false` in production and the hints (with their texts) are tree-shaken away. Without a bundler and without
    // `process` the test throws, and the page gets production behaviour.
    try {
      if (process.env.NODE_ENV !== 'production' && problem !== undefined) logDeveloperHint(problem);
    } catch {
      // No `process`: production.
    }
  }, [problem]);

  const { onSignIn, returnTo, onReload, className, headingLevel, announce, focus, label } = props;
  const signIn = useCallback(() => onSignIn?.(currentLocation(returnTo)), [onSignIn, returnTo]);
  const reload = useCallback(() => (typeof onReload === 'function' ? onReload() : reloadPage()), [onReload]);

  if (problem === undefined) return null;
  const { t } = translator;
  const kind = problem.kind;
  const title = catalogTitle(translator, problem);
  const body = translator.bodyFor(problem);
  const retry = typeof props.onRetry === 'function' ? props.onRetry : undefined;
  const shows = extras[kind] ?? '';
  const details = shows.includes('d') ? serverTexts(problem, title) : [];
  const action = shows.includes('l') ? (
    <button type="button" className="problemkit-action problemkit-ProblemNotice-reload" onClick={reload}>
      {t('action.reload')}
    </button>
  ) : shows.includes('r') && retry !== undefined ? (
    <button type="button" className="problemkit-action problemkit-ProblemNotice-retry" onClick={retry}>
      {t('action.tryAgain')}
    </button>
  ) : undefined;
  const frame: NoticeFrameProps = {
    baseClass: 'problemkit-ProblemNotice',
    className,
    kind,
    headingLevel,
    title,
    details,
    body:
      kind === 'unavailable' ? (
        <MaintenanceTime backAt={serviceBackAt(problem)} countdownMs={props.countdownMs} />
      ) : (
        body
      ),
    extra: shows.includes('t') ? <TraceId problem={problem} /> : undefined,
    actions: action,
    announce,
    focus,
    label,
  };

  let notice: ReactNode;
  if (kind === 'unauthenticated' || kind === 'forbidden') {
    notice = (
      <PermissionNotice
        problem={problem}
        onSignIn={onSignIn}
        returnTo={returnTo}
        action={props.forbiddenAction}
        contact={props.contact}
        headingLevel={headingLevel}
        announce={announce}
        focus={focus}
        className={className}
        label={label}
      />
    );
  } else if (kind === 'rate-limited') {
    // The countdown, its calm announcements and the single "Try again" at the end are RateLimitNotice's.
    notice = <RateLimitNotice problem={problem} onRetry={retry} className={className} />;
  } else if (kind === 'network') {
    notice = <NetworkNotice frame={frame} onRetry={retry} retryOnReconnect={props.retryOnReconnect !== false} />;
  } else {
    notice = <NoticeFrame {...frame} />;
  }

  const custom = props.render?.[kind] ?? props.children;
  if (typeof custom !== 'function') return notice;
  return custom({
    problem,
    kind,
    title,
    details,
    body,
    retry,
    reload,
    signIn: kind === 'unauthenticated' && typeof onSignIn === 'function' ? signIn : undefined,
    notice,
  });
}

interface NetworkNoticeProps {
  readonly frame: NoticeFrameProps;
  readonly onRetry: (() => void) | undefined;
  readonly retryOnReconnect: boolean;
}

/**
 * The network-failure notice: it follows the provider's offline condition, says so when the browser is offline,
 * and when the connection comes back says "You are back online." and, unless told not to, retries once.
 */
function NetworkNotice({ frame, onRetry, retryOnReconnect }: NetworkNoticeProps): ReactNode {
  const { t } = useMessages();
  const { offline } = useConditions();
  const isOffline = offline !== undefined;
  const [backOnline, setBackOnline] = useState(false);
  const wasOffline = useRef(false);
  const latestRetry = useRef(onRetry);
  useEffect(() => {
    latestRetry.current = onRetry;
  });

  useEffect(() => {
    if (isOffline) {
      wasOffline.current = true;
      setBackOnline(false);
      return;
    }
    if (!wasOffline.current) return;
    wasOffline.current = false;
    setBackOnline(true);
    if (retryOnReconnect) latestRetry.current?.();
  }, [isOffline, retryOnReconnect]);

  // "You are offline" only when the browser says so: a server that cannot be reached is not the person's
  // connection (the offline condition also stands for "a request got no response").
  const browserOffline =
    offline !== undefined &&
    (offline.problem === undefined || (typeof navigator !== 'undefined' && navigator.onLine === false));
  return (
    <NoticeFrame
      {...frame}
      state={isOffline ? 'offline' : 'online'}
      extra={
        <p className="problemkit-ProblemNotice-connection" role="status">
          {browserOffline ? t('network.offline') : backOnline ? t('network.backOnline') : ''}
        </p>
      }
    />
  );
}
