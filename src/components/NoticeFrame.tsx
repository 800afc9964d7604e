'use client';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { classNames } from './classNames.js';
import type { HeadingLevel } from './HeadingLevel.js';
import { headingTag } from './headingTag.js';

/**
 * How a notice is announced when it appears: `'assertive'` (`role="alert"`, the default for a failure the person
 * is waiting on), `'polite'` (`role="status"`) or `'off'` (rendered with the page, nothing to announce).
 */
export type NoticeAnnouncement = 'assertive' | 'polite' | 'off';

/**
 * Where focus goes when a notice appears: `'never'` (default), `'always'`, or `'if-lost'`, only when focus had
 * fallen to the document body, typically because the focused button was inside what the notice replaced (an
 * error boundary's retry that failed again).
 */
export type NoticeFocus = 'always' | 'if-lost' | 'never';

/**
 * Props of the notice layout shared by `ProblemNotice` and `PermissionNotice`.
 *
 * @example
 * ```tsx
 * const props: NoticeFrameProps = { baseClass: 'problemkit-ProblemNotice', kind: 'server', title: 'There is a problem with the service' };
 * ```
 */
export interface NoticeFrameProps {
  /** The component's default class; parts get `-title`, `-message`, `-text`, `-detail`, `-actions`. */
  readonly baseClass: string;
  readonly className?: string;
  /** `data-kind`. */
  readonly kind: string;
  /** `data-state`, when the notice has one. */
  readonly state?: string;
  readonly headingLevel?: HeadingLevel;
  readonly title: string;
  /** What the server said, as distinct plain strings (rendered as text), before the body. */
  readonly details?: readonly string[];
  /** What to do next: the catalog body, or richer content. */
  readonly body?: ReactNode;
  /** Below the message, outside the announcement: a trace id, a connection status. */
  readonly extra?: ReactNode;
  /** Buttons. */
  readonly actions?: ReactNode;
  readonly announce?: NoticeAnnouncement;
  readonly focus?: NoticeFocus;
  /**
   * The region's name, when the heading alone would not tell it apart from another notice on the same page (two
   * widgets failing the same way both read "There is a problem with the service"; landmarks must have distinct
   * names: axe `landmark-unique`). Default: the heading.
   */
  readonly label?: string;
}

/**
 * The markup every notice shares: a region labelled by its heading; the heading, the server's words and the body
 * inside one live element (GOV.UK puts `role="alert"` on an inner element, not the root, so every screen reader
 * reads it whole; research/anchors.md §5), then extras and actions outside it, so buttons are not read out as part
 * of the news. The root takes `tabIndex={-1}` so it can receive focus (Primer's banner guidance, §6).
 *
 * @example
 * ```tsx
 * <NoticeFrame baseClass="problemkit-ProblemNotice" kind="timeout" title={t('timeout.title')} body={t('timeout.body')} />
 * ```
 */
export function NoticeFrame(props: NoticeFrameProps): ReactNode {
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const focus = props.focus ?? 'never';

  useEffect(() => {
    const root = rootRef.current;
    if (root === null || focus === 'never') return;
    const active = root.ownerDocument.activeElement;
    if (focus === 'always' || active === null || active === root.ownerDocument.body) {
      root.focus({ preventScroll: false });
    }
  }, [focus]);

  const { baseClass } = props;
  const Heading = headingTag(props.headingLevel);
  const role = props.announce === 'off' ? undefined : props.announce === 'polite' ? 'status' : 'alert';
  return (
    <section
      ref={rootRef}
      className={classNames(baseClass, props.className)}
      data-kind={props.kind}
      data-state={props.state}
      aria-labelledby={props.label === undefined ? headingId : undefined}
      aria-label={props.label}
      tabIndex={-1}
    >
      <div className={`${baseClass}-message`} role={role}>
        <Heading id={headingId} className={`${baseClass}-title`}>
          {props.title}
        </Heading>
        {props.details?.map((text) => (
          // serverTexts drops repeated texts, so each text is its own key.
          <p key={text} className={`${baseClass}-detail`}>
            {text}
          </p>
        ))}
        {props.body === undefined || props.body === null || props.body === '' ? null : (
          <p className={`${baseClass}-text`}>{props.body}</p>
        )}
      </div>
      {props.extra}
      {props.actions === undefined || props.actions === null ? null : (
        <div className={`${baseClass}-actions`}>{props.actions}</div>
      )}
    </section>
  );
}
