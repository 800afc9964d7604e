'use client';
import { type MouseEvent, useCallback, useEffect, useId, useRef } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { joinIds } from '../react/joinIds.js';
import { useCountdown } from '../react/useCountdown.js';
import { useMessages } from '../react/useMessages.js';
import { useRateLimitHold } from './useRateLimitHold.js';

/**
 * Options of `useHeldAction`. Every member is optional.
 *
 * @example
 * ```ts
 * const options: HeldActionOptions = { target: 'https://api.example.com', onClick: save };
 * ```
 */
export interface HeldActionOptions {
  /** The 429 that holds the action instead of the nearest scope's (and the provider's global rate limit). */
  readonly problem?: ApiProblem | null;
  /** Anything `asProblem` accepts, instead of `problem`. */
  readonly error?: unknown;
  /** The URL (or origin) the action sends to, when the provider holds rate limits per origin. Default: any. */
  readonly target?: string;
  /** The button's own click handler: runs only while the action is not held. */
  readonly onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** Ids the button is already described by; the reason's id is added after them while held. */
  readonly 'aria-describedby'?: string;
  /** Called exactly once each time a hold ends (the button is usable again). */
  readonly onRelease?: () => void;
}

/**
 * Props to spread on a `<button>` (or anything with the same events).
 *
 * @example
 * ```tsx
 * const { buttonProps }: HeldAction = useHeldAction();
 * <button type="submit" {...buttonProps}>Save</button>;
 * ```
 */
export interface HeldButtonProps {
  /** `true` while held (the button stays focusable and says why); absent otherwise. */
  readonly 'aria-disabled': true | undefined;
  /** The caller's ids joined with the reason's id (the latter only while held); absent when none. */
  readonly 'aria-describedby': string | undefined;
  readonly 'data-state': 'held' | 'ready';
  /** Cancels the click (and so a form submission, also an Enter in a text field) while held. */
  readonly onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * What `useHeldAction` returns.
 *
 * @example
 * ```ts
 * const { held, reason, buttonProps, reasonProps }: HeldAction = useHeldAction();
 * ```
 */
export interface HeldAction {
  /** Whether a rate limit holds the action now. Flips to `false` exactly once, when the wait is over. */
  readonly held: boolean;
  /** Why it is held, localized ("Paused for 28 seconds because of too many requests."); `undefined` when not. */
  readonly reason: string | undefined;
  /** Spread on the button. */
  readonly buttonProps: HeldButtonProps;
  /** Spread on the element that shows `reason` (its `id` is what `aria-describedby` points at). */
  readonly reasonProps: { readonly id: string };
}

/**
 * Holds any button while a rate limit lasts and says why: the nearest scope's 429 (or the explicit
 * `problem`/`error`) or the provider's global rate limit. The button gets `aria-disabled="true"` and its clicks
 * are cancelled, rather than the `disabled` attribute: a disabled button drops keyboard focus (the person who just
 * pressed it lands on the page's body), leaves the tab order, and screen readers skip it, so nobody can find out
 * why it does not work; an `aria-disabled` one stays focusable, is announced as unavailable, and its
 * `aria-describedby` reads the reason. Cancelling the click also stops the form submission that pressing Enter in a
 * text field triggers through the default button. It re-enables exactly once, when the wait is over
 * (`onRelease` hears it).
 *
 * The reason counts down, so the component that calls this hook re-renders once per second while held: call it
 * in a small component of its own (as `SubmitButton` does), not in a whole form.
 *
 * @example
 * ```tsx
 * function SendButton({ onSend }: { onSend: () => void }) {
 *   const { held, reason, buttonProps, reasonProps } = useHeldAction({ onClick: onSend });
 *   return (
 *     <>
 *       <button type="button" {...buttonProps}>Send</button>
 *       {held ? <p {...reasonProps}>{reason}</p> : null}
 *     </>
 *   );
 * }
 * ```
 */
export function useHeldAction(options: HeldActionOptions = {}): HeldAction {
  const { problem, error, target, onClick: callerOnClick, onRelease } = options;
  const hold = useRateLimitHold(problem, error, target);
  const countdown = useCountdown(hold.held && hold.untilKnown ? hold.until : undefined);
  const translator = useMessages();
  const reasonId = useId();
  const held = hold.held;

  const reason = held ? translator.heldReason(hold.untilKnown ? countdown.remainingMs : undefined) : undefined;

  const onClick = useCallback(
    (event: MouseEvent<HTMLButtonElement>) => {
      if (held) {
        event.preventDefault();
        return;
      }
      callerOnClick?.(event);
    },
    [held, callerOnClick],
  );

  // Exactly once per release: set when a hold is seen, consumed when it ends. Effects re-run on a new `onRelease`
  // without calling it again.
  const wasHeld = useRef(false);
  useEffect(() => {
    if (held) {
      wasHeld.current = true;
      return;
    }
    if (!wasHeld.current) return;
    wasHeld.current = false;
    onRelease?.();
  }, [held, onRelease]);

  return {
    held,
    reason,
    buttonProps: {
      'aria-disabled': held ? true : undefined,
      'aria-describedby': joinIds(options['aria-describedby'], held ? reasonId : undefined),
      'data-state': held ? 'held' : 'ready',
      onClick,
    },
    reasonProps: { id: reasonId },
  };
}
