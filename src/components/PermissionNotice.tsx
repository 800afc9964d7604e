'use client';
import { type ReactNode, useCallback } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { useConditions } from '../react/useConditions.js';
import { useMessages } from '../react/useMessages.js';
import { useProblem } from '../react/useProblem.js';
import { catalogTitle } from './catalogTitle.js';
import { currentLocation } from './currentLocation.js';
import type { HeadingLevel } from './HeadingLevel.js';
import { type NoticeAnnouncement, type NoticeFocus, NoticeFrame } from './NoticeFrame.js';
import { serverTexts } from './serverTexts.js';
import { useGivenProblem } from './useGivenProblem.js';

/** The two permission kinds: signed out (401) or not allowed (403). */
export type PermissionKind = 'unauthenticated' | 'forbidden';

/**
 * What `PermissionNotice`'s `children` function receives, to render your own notice.
 *
 * @example
 * ```tsx
 * <PermissionNotice>{({ kind, title }: PermissionNoticeRenderProps) => <p data-kind={kind}>{title}</p>}</PermissionNotice>
 * ```
 */
export interface PermissionNoticeRenderProps {
  readonly kind: PermissionKind;
  readonly problem: ApiProblem;
  /** The heading the default notice shows. */
  readonly title: string;
  /** What the server said (a 403's reason, a plan limit), as plain text. */
  readonly details: readonly string[];
  /** What to do next. */
  readonly body: string;
  /** Calls `onSignIn` with the return-to location (401 with `onSignIn` only). */
  readonly signIn: (() => void) | undefined;
}

/**
 * Props of `PermissionNotice`. Without `problem`/`error` it shows the nearest scope's 401/403, else the provider's
 * signed-out condition.
 *
 * @example
 * ```tsx
 * const props: PermissionNoticeProps = { onSignIn: (returnTo) => router.push(`/login?next=${encodeURIComponent(returnTo)}`) };
 * ```
 */
export interface PermissionNoticeProps {
  /** A 401 or 403 problem, or anything `asProblem` accepts (other kinds and `null` show nothing). */
  readonly problem?: unknown;
  /** Like `problem`. */
  readonly error?: unknown;
  /** Shows a "Sign in" button on a 401 that calls this with where to come back to (`returnTo`). */
  readonly onSignIn?: (returnTo: string) => void;
  /** Where to return after signing in. Default: the current page's path, query and hash, read on click. */
  readonly returnTo?: string;
  /**
   * What the person may not do, as a verb phrase that completes "You do not have permission to …" (e.g.
   * "change prices"); the 403 heading then names it. Default: the generic heading.
   */
  readonly action?: string;
  /** Who to ask for access ("your account administrator"); the 403 then says "Ask … if you need access." */
  readonly contact?: string;
  /** The heading's level. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** Default `'assertive'`. */
  readonly announce?: NoticeAnnouncement;
  /** Default `'never'`. */
  readonly focus?: NoticeFocus;
  /**
   * The notice's accessible name when the page shows more than one notice (e.g. "Orders"), so each landmark is
   * told apart. Default: its heading.
   */
  readonly label?: string;
  /** Added to the default class `problemkit-PermissionNotice`. */
  readonly className?: string;
  /** Renders your own notice instead of the default one. */
  readonly children?: (props: PermissionNoticeRenderProps) => ReactNode;
}

function isPermission(problem: ApiProblem | undefined): problem is ApiProblem & { readonly kind: PermissionKind } {
  return problem?.kind === 'unauthenticated' || problem?.kind === 'forbidden';
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The notice for a 401 or a 403. A 401 says the session has ended and offers "Sign in", calling `onSignIn` with
 * where to come back to (the current page unless `returnTo` says otherwise; pass it on to your sign-in route). A
 * 403 says what the person may not do, shows the server's own reason as text (BigCommerce answers 403 when a plan
 * limit is reached, e.g. "a store cannot exceed 16,000 categories", and explains it in the body), and says who to
 * ask. GOV.UK's content rules: say what happened and what to do, no status numbers, no blame (research/anchors.md
 * §5). Renders nothing for other problems.
 *
 * @example
 * ```tsx
 * <PermissionNotice
 *   error={save.error}
 *   action="change prices"
 *   contact="your account administrator"
 *   onSignIn={(returnTo) => router.push(`/login?next=${encodeURIComponent(returnTo)}`)}
 * />
 * ```
 */
export function PermissionNotice(props: PermissionNoticeProps): ReactNode {
  const translator = useMessages();
  const given = useGivenProblem(props.problem, props.error);
  const scoped = useProblem();
  const { signedOut } = useConditions();
  const problem = given.given ? given.problem : isPermission(scoped) ? scoped : signedOut?.problem;

  const { onSignIn, returnTo } = props;
  const signIn = useCallback(() => onSignIn?.(currentLocation(returnTo)), [onSignIn, returnTo]);

  if (!isPermission(problem)) return null;
  const { t } = translator;
  const kind: PermissionKind = problem.kind;
  const forbidden = kind === 'forbidden';
  const action = forbidden ? nonBlank(props.action) : undefined;
  const contact = forbidden ? nonBlank(props.contact) : undefined;
  const title = action === undefined ? catalogTitle(translator, problem) : t('forbidden.action', { action });
  const details = forbidden ? serverTexts(problem, title) : [];
  const body = contact === undefined ? translator.bodyFor(problem) : t('forbidden.askContact', { contact });
  const canSignIn = !forbidden && typeof onSignIn === 'function';

  if (typeof props.children === 'function') {
    return props.children({ kind, problem, title, details, body, signIn: canSignIn ? signIn : undefined });
  }
  return (
    <NoticeFrame
      baseClass="problemkit-PermissionNotice"
      className={props.className}
      kind={kind}
      headingLevel={props.headingLevel}
      title={title}
      details={details}
      body={body}
      announce={props.announce}
      focus={props.focus}
      label={props.label}
      actions={
        canSignIn ? (
          <button type="button" className="problemkit-action problemkit-PermissionNotice-signIn" onClick={signIn}>
            {t('action.signIn')}
          </button>
        ) : undefined
      }
    />
  );
}
