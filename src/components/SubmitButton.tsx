'use client';
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { useMessages } from '../react/useMessages.js';
import { classNames } from './classNames.js';
import { useHeldAction } from './useHeldAction.js';

/**
 * What `SubmitButton`'s `children` function receives.
 *
 * @example
 * ```tsx
 * const label = ({ held }: SubmitButtonRenderState) => (held ? 'Waiting…' : 'Save');
 * ```
 */
export interface SubmitButtonRenderState {
  readonly held: boolean;
  /** Why the button is held, localized; `undefined` when it is not. */
  readonly reason: string | undefined;
}

/**
 * Props of `SubmitButton`: a `<button>`'s own attributes, plus where the rate limit comes from.
 *
 * @example
 * ```tsx
 * const props: SubmitButtonProps = { children: 'Save company', onRelease: () => console.info('ready') };
 * ```
 */
export interface SubmitButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-disabled' | 'onClick'> {
  /** The 429 that holds the button instead of the nearest scope's (and the provider's global rate limit). */
  readonly problem?: ApiProblem | null;
  /** Anything `asProblem` accepts, instead of `problem`. */
  readonly error?: unknown;
  /** The URL (or origin) the form sends to, when the provider holds rate limits per origin. Default: any. */
  readonly target?: string;
  /** Runs only while the button is not held. */
  readonly onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** Called exactly once each time a hold ends. */
  readonly onRelease?: () => void;
  /** The label, as a node or a function of the state. Default: the localized "Continue". */
  readonly children?: ReactNode | ((state: SubmitButtonRenderState) => ReactNode);
}

/**
 * A submit button that is held while a rate limit lasts and says why (see `useHeldAction`): it stays focusable
 * with `aria-disabled="true"` (a `disabled` button would drop the keyboard user's focus and hide the reason from
 * screen readers), its clicks and the form's Enter-key submission are cancelled, and a line inside it counts the
 * wait down ("Paused for 28 seconds because of too many requests."), which is also its accessible description.
 * It is usable again exactly once, when the wait is over. `data-state` is `held` or `ready`.
 *
 * @example
 * ```tsx
 * <ProblemScope error={save.error}>
 *   <form onSubmit={submit} noValidate>
 *     …
 *     <RateLimitNotice />
 *     <SubmitButton>Save company</SubmitButton>
 *   </form>
 * </ProblemScope>
 * ```
 */
export function SubmitButton({
  problem,
  error,
  target,
  onClick,
  onRelease,
  className,
  type = 'submit',
  children,
  'aria-describedby': describedBy,
  ...rest
}: SubmitButtonProps): ReactNode {
  const { held, reason, buttonProps, reasonProps } = useHeldAction({
    problem,
    error,
    target,
    onClick,
    onRelease,
    'aria-describedby': describedBy,
  });
  const { t } = useMessages();
  const label = typeof children === 'function' ? children({ held, reason }) : (children ?? t('action.submit'));
  return (
    <button {...rest} {...buttonProps} type={type} className={classNames('problemkit-SubmitButton', className)}>
      {label}
      {held ? (
        // The reason is the button's description (aria-describedby), not part of its name: aria-hidden keeps it
        // out of the name computed from content, while a description may still come from a hidden element.
        <span {...reasonProps} className="problemkit-SubmitButton-reason" aria-hidden="true">
          {reason}
        </span>
      ) : null}
    </button>
  );
}
