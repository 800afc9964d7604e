'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { UnavailableCondition } from '../core/conditions/ConditionsSnapshot.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * The maintenance state a banner needs.
 *
 * @example
 * ```ts
 * const { show, backAt, dismiss }: Maintenance = useMaintenance();
 * ```
 */
export interface Maintenance {
  /** Whether to show the banner: the service is unavailable and the person has not dismissed this news. */
  readonly show: boolean;
  /** The unavailable condition (dismissed or not); `undefined` when the service is available. */
  readonly unavailable: UnavailableCondition | undefined;
  /** Epoch ms when the server said it should be back, when it said. */
  readonly backAt: number | undefined;
  /** Whether the person dismissed the current condition. */
  readonly dismissed: boolean;
  /** Hides the banner until the condition changes: a new 503 while still down, or the next outage. */
  readonly dismiss: () => void;
}

/**
 * Whether the service is unavailable (a 503 seen anywhere under the provider), when it should be back, and a
 * dismissal that holds only for the news the person saw: a further 503 while it persists, or a new outage after
 * it cleared, shows the banner again. The condition clears itself when the provider's probe (or any request)
 * succeeds. All banners under one provider share the dismissal, and a remounted banner stays dismissed.
 *
 * @example
 * ```tsx
 * function Banner() {
 *   const { show, dismiss } = useMaintenance();
 *   const { t } = useMessages();
 *   if (!show) return null;
 *   return (
 *     <div role="status">
 *       {t('unavailable.title')}
 *       <button type="button" onClick={dismiss}>{t('maintenance.dismiss')}</button>
 *     </div>
 *   );
 * }
 * ```
 */
export function useMaintenance(): Maintenance {
  const { conditions, dismissedUnavailable } = useProblemContext();
  const getUnavailable = useCallback(() => conditions.getSnapshot().unavailable, [conditions]);
  const getServerUnavailable = useCallback(() => conditions.getServerSnapshot().unavailable, [conditions]);
  const unavailable = useSyncExternalStore(conditions.subscribe, getUnavailable, getServerUnavailable);
  const dismissedCondition = useSyncExternalStore(
    dismissedUnavailable.subscribe,
    dismissedUnavailable.get,
    dismissedUnavailable.get,
  );
  const dismiss = useCallback(() => {
    dismissedUnavailable.set(conditions.getSnapshot().unavailable);
  }, [conditions, dismissedUnavailable]);
  const dismissed = unavailable !== undefined && dismissedCondition === unavailable;
  return {
    show: unavailable !== undefined && !dismissed,
    unavailable,
    backAt: unavailable?.backAt,
    dismissed,
    dismiss,
  };
}
