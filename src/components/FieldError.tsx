'use client';
import { memo, type ReactNode, useMemo } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { findFieldErrors } from '../core/findFieldErrors.js';
import { useFieldErrors } from '../react/useFieldErrors.js';
import { useMessages } from '../react/useMessages.js';
import { carriedProblem } from './carriedProblem.js';
import { classNames } from './classNames.js';

/**
 * What `FieldError`'s `children` function receives.
 *
 * @example
 * ```tsx
 * const render = ({ messages }: FieldErrorRenderState) => messages.map((m) => <span key={m}>{m} </span>);
 * ```
 */
export interface FieldErrorRenderState {
  /** The server's messages for the field, in server order (never empty: nothing renders without one). */
  readonly messages: readonly string[];
  /** The field name the component was given. */
  readonly name: string;
  /** The id of the rendered element (the one `useFieldProps` points `aria-describedby` at). */
  readonly id: string;
}

/**
 * Props of `FieldError`.
 *
 * @example
 * ```tsx
 * const props: FieldErrorProps = { name: 'companyName', className: 'form-error' };
 * ```
 */
export interface FieldErrorProps {
  /** The field, in any path notation (`items[0].sku` ≡ `items.0.sku` ≡ `Items[0].Sku`), as `useFieldProps` got it. */
  readonly name: string;
  /**
   * The problem to read instead of the nearest `ProblemScope`'s. Clear-on-edit needs a scope (it remembers the
   * edits), so a field error given an explicit problem keeps its message until the prop changes.
   */
  readonly problem?: ApiProblem | null;
  /**
   * An `ApiError` (what `apiFetch` rejects with, e.g. a mutation's `error`), instead of `problem`; `null` for none.
   * Anything else (a string, another HTTP client's error) shows nothing and never throws: errors from other clients
   * carry their field messages in a body only `asProblem` can read, so give them to a `ProblemScope` (which reads
   * anything with `asProblem`) or pass `problem={asProblem(error)}`. This keeps the body parsers out of a bundle
   * that imports only `FieldError`.
   */
  readonly error?: unknown;
  /** Added after the default class `problemkit-FieldError`. */
  readonly className?: string;
  /**
   * The message content, as a node or a function of the messages; the visually hidden "Error:" prefix is always
   * kept before it. Default: the messages, separated by spaces.
   */
  readonly children?: ReactNode | ((state: FieldErrorRenderState) => ReactNode);
}

/** The one empty list, so an absent field never counts as a change. */
const noMessages: readonly string[] = /* @__PURE__ */ Object.freeze([]);

function FieldErrorComponent({ name, problem, error, className, children }: FieldErrorProps): ReactNode {
  // The first of `problem` and `error` that is not null/undefined, as ProblemScope reads them; passing either
  // (even `null`) means the scope is not read.
  const given = problem !== undefined || error !== undefined;
  const source = problem ?? error;
  // Subscribes to this field only: another field's change never re-renders this component.
  const scoped = useFieldErrors(name);
  const explicitMessages = useMemo(() => {
    const own = given ? carriedProblem(source) : undefined;
    return own === undefined ? noMessages : findFieldErrors(own, name);
  }, [given, source, name]);
  const { t } = useMessages();
  const messages = given ? explicitMessages : scoped.messages;
  if (messages.length === 0) return null;

  const id = scoped.id;
  const content = typeof children === 'function' ? children({ messages, name, id }) : (children ?? messages.join(' '));
  // GOV.UK error message: a visually hidden "Error:" before the text, so a screen reader that reaches the message
  // through aria-describedby or by reading on hears that it is an error (research/anchors.md §5). The text is
  // rendered as text, never as HTML.
  return (
    <p id={id} className={classNames('problemkit-FieldError', className)} data-field={name}>
      <span className="problemkit-visually-hidden">{t('errorMessage.prefix')}</span> {content}
    </p>
  );
}

/**
 * Shows the server's messages for one form field, where the field's `aria-describedby` (from `useFieldProps`)
 * points: a `<p class="problemkit-FieldError">` with a visually hidden, localized "Error:" prefix (GOV.UK's error
 * message), or nothing when the field has no message. It reads the nearest `ProblemScope` (or an explicit
 * `problem`/`error`), matches the field in any path notation, clears once the person edits the field and
 * returns with the next failed submit. It subscribes to its own field only, so one field's change re-renders
 * only that field's message. Messages are plain text; nothing from a response is rendered as HTML.
 *
 * @example
 * ```tsx
 * <ProblemScope error={save.error}>
 *   <label htmlFor="companyName">Company name</label>
 *   <input {...useFieldProps('companyName', { id: 'companyName' })} />
 *   <FieldError name="companyName" />
 * </ProblemScope>
 * ```
 */
export const FieldError = /* @__PURE__ */ memo(FieldErrorComponent);
FieldError.displayName = 'FieldError';
