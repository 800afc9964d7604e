'use client';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { useCountdown } from '../react/useCountdown.js';
import { useMessages } from '../react/useMessages.js';
import { useProblem } from '../react/useProblem.js';
import type { RateLimitHold } from '../react/useRateLimit.js';
import { classNames } from './classNames.js';
import { useGivenProblem } from './useGivenProblem.js';
import { useRateLimitHold } from './useRateLimitHold.js';

/**
 * Where a `RateLimitNotice` stands: counting down to a known time, waiting without one (the server gave no
 * time), or done (the wait is over).
 *
 * @example
 * ```ts
 * const state: RateLimitNoticeState = 'counting';
 * ```
 */
export type RateLimitNoticeState = 'counting' | 'waiting' | 'done';

/**
 * What `RateLimitNotice`'s `children` function receives (it is called once per displayed second while counting).
 *
 * @example
 * ```tsx
 * const render = ({ state, seconds }: RateLimitNoticeRenderState) => (state === 'counting' ? `${seconds} s` : null);
 * ```
 */
export interface RateLimitNoticeRenderState {
  readonly state: RateLimitNoticeState;
  /** Whole seconds left while counting (`undefined` before the browser has read the time, and otherwise). */
  readonly seconds: number | undefined;
  /** Milliseconds left while counting, consistent with `seconds`. */
  readonly remainingMs: number | undefined;
  /** The default visible line, localized: "Too many requests. Try again in 0:28." */
  readonly text: string;
}

/**
 * Props of `RateLimitNotice`.
 *
 * @example
 * ```tsx
 * const props: RateLimitNoticeProps = { onRetry: () => save.mutate(values) };
 * ```
 */
export interface RateLimitNoticeProps {
  /** The 429 to count down from instead of the nearest scope's (and the provider's global rate limit). */
  readonly problem?: ApiProblem | null;
  /** Anything `asProblem` accepts (an `ApiError`, a mutation's `error`, `null` for none), instead of `problem`. */
  readonly error?: unknown;
  /** The URL (or origin) whose rate limit counts, when the provider holds limits per origin. Default: any. */
  readonly target?: string;
  /** Added after the default class `problemkit-RateLimitNotice`. */
  readonly className?: string;
  /** When given, the notice offers one "Try again" button once the wait is over, which calls it. */
  readonly onRetry?: () => void;
  /** Called exactly once when the wait is over (per rate limit), e.g. to retry automatically or to unmount. */
  readonly onExpire?: () => void;
  /** The visible line, as a function of the state (default: the localized sentence in `text`). */
  readonly children?: (state: RateLimitNoticeRenderState) => ReactNode;
}

/** The hold the notice is about, remembered so the notice can say "done" after the hold itself is gone. */
interface Shown {
  readonly until: number | undefined;
  readonly untilKnown: boolean;
  readonly problem: ApiProblem | undefined;
  /** The problem the notice was reading (scope or explicit) while the hold lasted: "done" lasts while it does. */
  readonly current: ApiProblem | undefined;
}

/**
 * Says that there were too many requests and when to try again, while a 429 (or 509) holds: the nearest scope's
 * (or the explicit `problem`/`error`), or the provider's global rate limit. With a time from the server it counts
 * down ("Too many requests. Try again in 0:28."), computed from the deadline on the provider's clock, so a tab
 * that slept shows the right time when it wakes; without one it says to wait a moment. When the wait is over it
 * says "You can try again now.", calls `onExpire` exactly once and, given `onRetry`, offers one "Try again"
 * button; it keeps saying so until the problem it reads (the scope's or the explicit one) changes, e.g. with the
 * next submit. (A notice outside any scope, for the global limit, keeps it until the next limit: unmount it from
 * `onExpire` if you prefer it gone.)
 *
 * Screen readers hear it at a calm cadence, never every second (WCAG 2.2.1 and 4.1.3; the MOJ timeout-warning
 * pattern, research/anchors.md §5): a polite live region announces the wait when the notice appears, again at
 * 60, 30 and 10 seconds left, and "You can try again now." at the end, while the visible, ticking line is
 * `aria-hidden`. Only the countdown line re-renders per second, not the notice around it or anything else.
 * On the server it renders without the time (the browser fills it in after hydrating, without a mismatch).
 *
 * @example
 * ```tsx
 * <ProblemScope error={save.error}>
 *   <RateLimitNotice onRetry={() => save.mutate(values)} />
 *   <SubmitButton>Save</SubmitButton>
 * </ProblemScope>
 * ```
 */
export function RateLimitNotice({
  problem,
  error,
  target,
  className,
  onRetry,
  onExpire,
  children,
}: RateLimitNoticeProps): ReactNode {
  // The stores are read here and the notice keeps its render-to-render state in a component of its own: React 18
  // loses a useSyncExternalStore update in a component that also sets state while rendering (facebook/react#25565).
  const hold = useRateLimitHold(problem, error, target);
  const given = useGivenProblem(problem, error);
  const scoped = useProblem();
  const current = given.given ? given.problem : scoped;
  return (
    <RateLimitNoticeView
      hold={hold}
      current={current}
      className={className}
      onRetry={onRetry}
      onExpire={onExpire}
      render={children}
    />
  );
}

interface RateLimitNoticeViewProps {
  readonly hold: RateLimitHold;
  /** The problem the notice was given or its scope holds: a new one ends the "done" state. */
  readonly current: ApiProblem | undefined;
  readonly className: string | undefined;
  readonly onRetry: (() => void) | undefined;
  readonly onExpire: (() => void) | undefined;
  readonly render: RateLimitNoticeProps['children'];
}

function RateLimitNoticeView({
  hold,
  current,
  className,
  onRetry,
  onExpire,
  render,
}: RateLimitNoticeViewProps): ReactNode {
  const { t } = useMessages();

  const [shown, setShown] = useState<Shown | undefined>(undefined);
  if (
    hold.held &&
    (shown === undefined ||
      shown.until !== hold.until ||
      shown.problem !== hold.problem ||
      shown.untilKnown !== hold.untilKnown ||
      shown.current !== current)
  ) {
    // Storing information from previous renders (react.dev, useState): React re-renders at once, before committing.
    setShown({ until: hold.until, untilKnown: hold.untilKnown, problem: hold.problem, current });
  }

  let state: RateLimitNoticeState | undefined;
  if (hold.held) state = hold.untilKnown ? 'counting' : 'waiting';
  else if (shown !== undefined && shown.current === current) state = 'done';

  // Exactly once per hold: the ref remembers the hold it was called for, across re-renders and StrictMode's
  // second effect run.
  const expiredFor = useRef<Shown | undefined>(undefined);
  const doneFor = state === 'done' ? shown : undefined;
  useEffect(() => {
    if (doneFor === undefined || expiredFor.current === doneFor) return;
    expiredFor.current = doneFor;
    onExpire?.();
  }, [doneFor, onExpire]);

  if (state === undefined) return null;
  return (
    <div className={classNames('problemkit-RateLimitNotice', className)} data-state={state}>
      <RateLimitCountdown state={state} until={shown?.until ?? hold.until} render={render} />
      {state === 'done' && onRetry !== undefined ? (
        <button type="button" className="problemkit-action problemkit-RateLimitNotice-retry" onClick={onRetry}>
          {t('action.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}

// --- private helpers -------------------------------------------------------------------------------------------

/**
 * When the live region speaks: on appearing, then as the wait crosses 60, 30 and 10 seconds, then at the end.
 * `none` before mount, `waiting` without a time, `done` at the end, else the band of seconds left.
 */
type Moment = 'none' | 'waiting' | 'done' | 'long' | '60' | '30' | '10';

function momentOf(seconds: number): Moment {
  if (seconds <= 0) return 'done';
  return seconds > 60 ? 'long' : seconds > 30 ? '60' : seconds > 10 ? '30' : '10';
}

interface Announcement {
  readonly moment: Moment;
  /** "Too many requests", spoken before the wait while counting; empty otherwise. */
  readonly title: string;
  /** The wait in words, "wait a moment", or "you can try again now"; empty before mount. */
  readonly text: string;
}

const silent: Announcement = { moment: 'none', title: '', text: '' };

/**
 * The ticking part: the visible line (re-rendered once per displayed second, `aria-hidden`) and the live region
 * (its text changes only at the calm moments). It stays mounted from counting to done, so the live region is the
 * same element throughout: a region inserted together with its text is not reliably announced, so its text is
 * filled in only after mount.
 */
function RateLimitCountdown({
  state,
  until,
  render,
}: {
  readonly state: RateLimitNoticeState;
  readonly until: number | undefined;
  readonly render: ((state: RateLimitNoticeRenderState) => ReactNode) | undefined;
}): ReactNode {
  const translator = useMessages();
  const countdown = useCountdown(state === 'counting' ? until : undefined);
  const counting = state === 'counting';
  const seconds = counting ? countdown.seconds : undefined;
  const remainingMs = counting ? countdown.remainingMs : undefined;
  // No time (waiting, or not read yet) says "wait a moment", 0 says "you can try again now".
  const text = translator.rateLimitText(state === 'done' ? 0 : remainingMs);

  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  let moment: Moment = 'none';
  if (mounted && !counting) moment = state;
  else if (mounted && seconds !== undefined) moment = momentOf(seconds);
  const [announcement, setAnnouncement] = useState(silent);
  if (announcement.moment !== moment) {
    // Changes only when the moment does: the live region's text is not touched by the ticks in between.
    setAnnouncement(
      moment === 'none'
        ? silent
        : {
            moment,
            title: moment === 'waiting' || moment === 'done' ? '' : translator.t('rate-limited.title'),
            text: translator.rateLimitSpoken(moment === 'done' ? 0 : remainingMs),
          },
    );
  }

  return (
    <>
      <p className="problemkit-RateLimitNotice-text" aria-hidden="true">
        {render === undefined ? text : render({ state, seconds, remainingMs, text })}
      </p>
      <div className="problemkit-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement.title === '' ? null : <span>{announcement.title}</span>}
        {announcement.title === '' ? null : ' '}
        {announcement.text === '' ? null : <span>{announcement.text}</span>}
      </div>
    </>
  );
}
