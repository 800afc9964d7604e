'use client';
/**
 * Does nothing: the unsubscribe function of a subscription that never started, the store method of the inert
 * context outside a provider, the reset outside a boundary. One function, shared, so hooks that fall back to it
 * keep stable identities.
 *
 * @example
 * ```ts
 * const subscribe = store === undefined ? () => noop : store.subscribe;
 * ```
 */
export const noop = (): void => {};
