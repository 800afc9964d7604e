'use client';
import { useCallback, useContext, useSyncExternalStore } from 'react';
import { fieldMessageId } from './fieldMessageId.js';
import { noop } from './noop.js';
import { ProblemScopeContext } from './ProblemScopeContext.js';

/**
 * One field's server messages in the nearest scope, and the id of the element that shows them.
 *
 * @example
 * ```ts
 * const { messages, id, invalid }: FieldErrorsState = useFieldErrors('email');
 * ```
 */
export interface FieldErrorsState {
  /** The server's messages for the field, in server order; empty once the person edited it. Stable identity. */
  readonly messages: readonly string[];
  /** The id the message element must carry: `useFieldProps(name)` points `aria-describedby` at it. */
  readonly id: string;
  /** Whether there is any message. */
  readonly invalid: boolean;
}

const noMessages: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The nearest scope's messages for one field, in any path notation (`items[0].sku` ≡ `items.0.sku` ≡
 * `#/items/0/sku`, case-insensitive), with the message element's id. Subscribes to that field only: a problem
 * that changes other fields does not re-render this consumer. Messages clear once the field is edited (through
 * `useFieldProps`'s change handler) and return with the next problem. `FieldError` is built on it.
 *
 * @example
 * ```tsx
 * function EmailError() {
 *   const { messages, id } = useFieldErrors('email');
 *   return messages.length > 0 ? <p id={id}>{messages.join(' ')}</p> : null;
 * }
 * ```
 */
export function useFieldErrors(name: string): FieldErrorsState {
  const scope = useContext(ProblemScopeContext);
  const store = scope?.store;
  const subscribe = useCallback(
    (listener: () => void) => (store === undefined ? noop : store.subscribeField(name, listener)),
    [store, name],
  );
  const getSnapshot = useCallback(
    () => (store === undefined ? noMessages : store.getFieldMessages(name)),
    [store, name],
  );
  const messages = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  return { messages, id: fieldMessageId(scope?.idBase, name), invalid: messages.length > 0 };
}
