'use client';
import { createContext } from 'react';
import type { ConditionsSnapshot, UnavailableCondition } from '../core/conditions/ConditionsSnapshot.js';
import type { ConditionsStore } from '../core/conditions/createConditionsStore.js';
import { emptyConditions } from '../core/conditions/emptyConditions.js';
import { createTranslator, type Translator } from '../core/messages/createTranslator.js';
import { type Clock, systemClock } from '../core/timing/Clock.js';
import { type Ticker, tickerFor } from '../core/timing/createTicker.js';
import { noop } from './noop.js';

/**
 * What accompanies a problem reported to `ProblemProvider` (and passed to its `onProblem`).
 *
 * @example
 * ```ts
 * const meta: ProblemReportMeta = { source: 'checkout', error };
 * ```
 */
export interface ProblemReportMeta {
  /** Who reported it: `'apiFetch'`, `'query'`, `'mutation'`, `'report'` (a `useProblemReporter` call) or your own name. */
  readonly source: string;
  /** The value that carried the problem (an `ApiError`, a query's error …), when there was one. */
  readonly error?: unknown;
  /** The failed query's `queryKey` or the mutation's `mutationKey`, for queries and mutations. */
  readonly key?: unknown;
  /** Repeats the failed request; used as the probe while the service is unavailable and no `probe` is set. */
  readonly retry?: () => Promise<unknown>;
  /** The origin (or any URL on it) the request went to, when the problem does not say. */
  readonly origin?: string;
}

/**
 * The "hide this message" state of the maintenance banner: which unavailable condition was dismissed.
 *
 * @example
 * ```ts
 * const dismissed: DismissedUnavailable = useProblemContext().dismissedUnavailable;
 * const hidden = dismissed.get() === conditions.unavailable;
 * ```
 */
export interface DismissedUnavailable {
  get(): UnavailableCondition | undefined;
  set(condition: UnavailableCondition | undefined): void;
  subscribe(listener: () => void): () => void;
}

/**
 * What `ProblemProvider` hands to every hook and component below it. Hooks read it through
 * `useProblemContext()`, which falls back to the default outside any provider: English, the system clock and a
 * store that never holds a condition (reports outside a provider go nowhere).
 *
 * @example
 * ```ts
 * const { translator, clock } = useProblemContext();
 * ```
 */
export interface ProblemContextValue {
  /** The provider's global conditions store (rate limits, unavailable, signed out, offline). */
  readonly conditions: ConditionsStore;
  /** The only source of time for countdowns and deadlines. */
  readonly clock: Clock;
  /** The one shared ticker for `clock` (`tickerFor(clock)`). */
  readonly ticker: Ticker;
  /** Words for the provider's locale, overrides and per-`type` texts. */
  readonly translator: Translator;
  /** Reports anything `asProblem` accepts: feeds the conditions store and `onProblem`, once per problem. */
  readonly report: (error: unknown, meta?: ProblemReportMeta) => void;
  /** Which unavailable condition the person dismissed (shared by every `useMaintenance`). */
  readonly dismissedUnavailable: DismissedUnavailable;
  /** `false` for the default context used outside any provider. */
  readonly inProvider: boolean;
}

/**
 * The context `ProblemProvider` fills. `null` outside any provider; read it with `useProblemContext()`, which
 * supplies the default then, so every hook and component works without a provider.
 *
 * @example
 * ```tsx
 * const value = useContext(ProblemContext); // null when there is no ProblemProvider above
 * ```
 */
export const ProblemContext = /* @__PURE__ */ createContext<ProblemContextValue | null>(null);
ProblemContext.displayName = 'ProblemContext';

/** A conditions store that never holds anything: what hooks read outside a provider. */
const inertConditions: ConditionsStore = {
  subscribe: () => noop,
  getSnapshot: (): ConditionsSnapshot => emptyConditions,
  getServerSnapshot: (): ConditionsSnapshot => emptyConditions,
  report: noop,
  reportSuccess: noop,
  setOnline: noop,
  signedIn: noop,
  clear: noop,
  destroy: noop,
};

/** A dismissal holder that is always empty (outside a provider there is nothing to dismiss). */
const inertDismissal: DismissedUnavailable = { get: () => undefined, set: noop, subscribe: () => noop };

let fallback: ProblemContextValue | undefined;

/**
 * The context used outside any `ProblemProvider`, built on first use (nothing runs at import): English, the
 * system clock and its shared ticker, and conditions that stay empty.
 *
 * @example
 * ```ts
 * defaultProblemContext().translator.t('action.tryAgain'); // 'Try again'
 * ```
 */
export function defaultProblemContext(): ProblemContextValue {
  fallback ??= {
    conditions: inertConditions,
    clock: systemClock,
    ticker: tickerFor(systemClock),
    translator: createTranslator({ locale: 'en' }),
    report: noop,
    dismissedUnavailable: inertDismissal,
    inProvider: false,
  };
  return fallback;
}

/**
 * A tiny holder for the dismissed unavailable condition, one per provider, so that every maintenance banner
 * under it agrees and a banner that remounts (a route change) stays dismissed.
 *
 * @example
 * ```ts
 * const [dismissedUnavailable] = useState(createDismissedUnavailable);
 * dismissedUnavailable.set(conditions.getSnapshot().unavailable);
 * ```
 */
export function createDismissedUnavailable(): DismissedUnavailable {
  let value: UnavailableCondition | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
