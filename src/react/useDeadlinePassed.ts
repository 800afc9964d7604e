'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { subscribeUntil } from './subscribeUntil.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * Whether `deadline` (epoch ms on the provider's clock) has passed: re-renders once, when it passes, on the
 * shared ticker (which it leaves right after). `undefined` counts as passed. On the server and during hydration
 * it answers `false`, so something held until a deadline is never released by a server's clock.
 *
 * @example
 * ```ts
 * const released = useDeadlinePassed(hold?.until);
 * ```
 */
export function useDeadlinePassed(deadline: number | undefined): boolean {
  const { clock, ticker } = useProblemContext();
  const target = typeof deadline === 'number' && Number.isFinite(deadline) ? deadline : undefined;
  const subscribe = useCallback(
    (listener: () => void) => subscribeUntil(ticker, clock, target, listener),
    [ticker, clock, target],
  );
  const getSnapshot = useCallback(() => target === undefined || clock.now() >= target, [clock, target]);
  const getServerSnapshot = useCallback(() => target === undefined, [target]);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
