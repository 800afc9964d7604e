'use client';
import { useSyncExternalStore } from 'react';
import type { ConditionsSnapshot } from '../core/conditions/ConditionsSnapshot.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * The provider's global conditions: rate limits (global and per origin), unavailable, signed out, offline. The
 * snapshot is immutable and keeps its identity until something changes; the server (and hydration) see no
 * condition. Outside a provider it is always empty.
 *
 * @example
 * ```tsx
 * function OfflineNote() {
 *   const { offline } = useConditions();
 *   const { t } = useMessages();
 *   return offline ? <p role="status">{t('network.offline')}</p> : null;
 * }
 * ```
 */
export function useConditions(): ConditionsSnapshot {
  const { conditions } = useProblemContext();
  return useSyncExternalStore(conditions.subscribe, conditions.getSnapshot, conditions.getServerSnapshot);
}
