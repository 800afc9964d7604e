import type { ConditionsSnapshot } from './ConditionsSnapshot.js';

/**
 * The snapshot with no condition: every store's first snapshot and its server snapshot, one shared
 * frozen object (marked pure, so bundlers drop it when unused), so server rendering and the first client render agree and hydrate without a
 * mismatch (`useSyncExternalStore`'s `getServerSnapshot`).
 *
 * @example
 * ```ts
 * createConditionsStore().getServerSnapshot() === emptyConditions; // true
 * ```
 */
export const emptyConditions: ConditionsSnapshot = /* @__PURE__ */ Object.freeze({
  rateLimited: undefined,
  rateLimitedByOrigin: /* @__PURE__ */ new Map(),
  unavailable: undefined,
  signedOut: undefined,
  offline: undefined,
});
