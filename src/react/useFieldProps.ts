'use client';
import { type ChangeEvent, useCallback, useContext, useEffect, useId } from 'react';
import { joinIds } from './joinIds.js';
import { ProblemScopeContext } from './ProblemScopeContext.js';
import { useFieldErrors } from './useFieldErrors.js';

/**
 * The form controls `useFieldProps` is made for.
 *
 * @example
 * ```ts
 * const onChange = (event: ChangeEvent<FieldElement>) => track(event.target.name);
 * ```
 */
export type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * What the caller already puts on the control; `useFieldProps` merges with it instead of overwriting it.
 *
 * @example
 * ```ts
 * const options: FieldPropsOptions = { id: 'email', 'aria-describedby': 'email-hint', onChange: track };
 * ```
 */
export interface FieldPropsOptions {
  /** The control's own id (kept, and registered as the error summary's link target). Default: a generated one. */
  readonly id?: string;
  /** Ids the control is already described by (a hint); the message id is added after them. */
  readonly 'aria-describedby'?: string;
  /** The caller's own change handler; it runs first, then the field's server message is cleared. */
  readonly onChange?: (event: ChangeEvent<FieldElement>) => void;
}

/**
 * Props to spread on an `<input>`, `<textarea>` or `<select>`.
 *
 * @example
 * ```tsx
 * const props: FieldProps = useFieldProps('email');
 * <input type="email" {...props} />;
 * ```
 */
export interface FieldProps {
  readonly id: string;
  readonly name: string;
  /** `true` while the field has a server message; absent otherwise (never `"false"`). */
  readonly 'aria-invalid': true | undefined;
  /** The caller's ids joined with the message id (the latter only while there is a message); absent when none. */
  readonly 'aria-describedby': string | undefined;
  /** Runs the caller's handler, then clears this field's server message until the next problem. */
  readonly onChange: (event: ChangeEvent<FieldElement>) => void;
}

/**
 * Wires one form control to the nearest `ProblemScope`: `aria-invalid` while the server has a message for the
 * field, `aria-describedby` pointing at `FieldError`'s message (joined with any ids the caller passes, as React
 * Aria's `useField` and Radix do; `aria-errormessage` is left out because VoiceOver and NVDA ignore it), an `id`
 * (generated unless you pass one) that the error summary links to, and a change handler that clears the field's
 * server message when the person edits it (React's `onChange` fires on every edit of inputs, textareas and
 * selects, controlled or not). Re-renders only when this field's messages change.
 *
 * @example
 * ```tsx
 * function EmailField() {
 *   return (
 *     <>
 *       <label htmlFor="email">Email address</label>
 *       <p id="email-hint">We only use it to send your receipt.</p>
 *       <input type="email" {...useFieldProps('email', { id: 'email', 'aria-describedby': 'email-hint' })} />
 *       <FieldError name="email" />
 *     </>
 *   );
 * }
 * ```
 */
export function useFieldProps(name: string, options?: FieldPropsOptions): FieldProps {
  const scope = useContext(ProblemScopeContext);
  const store = scope?.store;
  const { id: messageId, invalid } = useFieldErrors(name);
  const generatedId = useId();
  const id = options?.id ?? generatedId;

  useEffect(() => store?.registerFieldElement(name, id), [store, name, id]);

  const callerOnChange = options?.onChange;
  const onChange = useCallback(
    (event: ChangeEvent<FieldElement>) => {
      callerOnChange?.(event);
      store?.markEdited(name);
    },
    [callerOnChange, store, name],
  );

  return {
    id,
    name,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': joinIds(options?.['aria-describedby'], invalid ? messageId : undefined),
    onChange,
  };
}
