'use client';
import { type ReactNode, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { asProblem } from '../core/asProblem.js';
import { type ConditionsStore, createConditionsStore } from '../core/conditions/createConditionsStore.js';
import { shareConditions } from '../core/conditions/shareConditions.js';
import { createTranslator, type TypeMessages } from '../core/messages/createTranslator.js';
import type { MessageCatalog } from '../core/messages/MessageCatalog.js';
import { problemEvents } from '../core/problemEvents.js';
import { type Clock, systemClock } from '../core/timing/Clock.js';
import { tickerFor } from '../core/timing/createTicker.js';
import { toProblem } from '../core/toProblem.js';
import { type WatchableQueryClient, watchQueryClient } from '../core/watchQueryClient.js';
import {
  createDismissedUnavailable,
  ProblemContext,
  type ProblemContextValue,
  type ProblemReportMeta,
} from './ProblemContext.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import { useShallowStable } from './useShallowStable.js';

/**
 * Props of `ProblemProvider`. Every member is optional.
 *
 * @example
 * ```tsx
 * const props: ProblemProviderProps = { locale: 'de', catalogs: { de: deMessages }, onUnauthenticated: () => router.push('/login') };
 * ```
 */
export interface ProblemProviderProps {
  readonly children?: ReactNode;
  /** The person's locale, or their ordered preferences (`navigator.languages`). Default `'en'`. */
  readonly locale?: string | readonly string[];
  /** The app's own wording for single message keys (pass a stable object, or one whose entries do not change). */
  readonly messages?: Partial<MessageCatalog>;
  /** Title and body per problem `type` URI; they win over every other title and body. */
  readonly types?: Readonly<Record<string, TypeMessages>>;
  /**
   * The languages besides English, by language tag: `{ de: deMessages }` with `deMessages` from
   * `problemkit/locales/de`, or catalogs of your own. English is built in; every other language ships in an entry
   * of its own, so a bundle carries only the languages passed here. In development, a `locale` that would pick
   * German while it is missing here is named once on the console, with the import to add.
   */
  readonly catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** IANA time zone for "back at" times. Set it when rendering on a server, so server and browser agree. */
  readonly timeZone?: string;
  /** The only source of time (countdowns, deadlines, probes). Default `systemClock`; inject one in tests and stories. */
  readonly clock?: Clock;
  /**
   * Called once per burst of 401s, however many requests fail at once, with the first of them; not again until
   * `useProblemReporter().signedIn()` re-arms it. Typically navigates to the sign-in page.
   */
  readonly onUnauthenticated?: (problem: ApiProblem) => void;
  /** Which 401s mean "signed out" (default: all). Return `false` for endpoints that answer 401 as part of their job. */
  readonly isSignOut?: (problem: ApiProblem) => boolean;
  /**
   * Called once per failed request seen under the provider (from `apiFetch`, the watched query client, or
   * `useProblemReporter().report`), for logging and error tracking.
   */
  readonly onProblem?: (problem: ApiProblem, meta: ProblemReportMeta) => void;
  /**
   * A TanStack Query v5 `QueryClient` (typed by structure: `problemkit` never imports TanStack). Its query and
   * mutation caches are watched while mounted: every failure is reported (the failed query's refetch becomes the
   * probe while the service is unavailable), every success clears `unavailable` and `offline`.
   */
  readonly queryClient?: WatchableQueryClient;
  /**
   * How to check whether the service is back while it is unavailable: a URL (a plain GET, not cached, whose failures
   * are not published; any 2xx means back, a 503's `Retry-After` sets the next probe), or a function whose promise
   * resolves when the service answers. Default: the failed query refetched, else the server's own `Retry-After` time.
   */
  readonly probe?: string | (() => Promise<unknown>);
  /**
   * Shares rate limits and outages with the app's other tabs on this origin (`BroadcastChannel`): a 429 in one tab
   * holds the submit buttons in all of them until the server's deadline, a 503 raises the banner everywhere and
   * the first probe that finds the service back clears it everywhere; a tab opened during a wait learns of it. A
   * string names the channel (two apps on one origin keep apart). Sign-out and offline stay per tab. Default off.
   */
  readonly shareAcrossTabs?: boolean | string;
}

/** One provider's conditions store and what is bound to it; replaced only when the clock or probe presence changes. */
interface Owned {
  readonly store: ConditionsStore;
  readonly clock: Clock;
  readonly hasProbe: boolean;
  readonly report: (error: unknown, meta?: ProblemReportMeta) => void;
  /** Reports after unmount would arm timers nobody clears: they are dropped until the provider mounts again. */
  readonly lifecycle: { unmounted: boolean };
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

function runProbe(probe: ProblemProviderProps['probe'], clock: Clock): Promise<unknown> {
  // A URL probe is read by its status and headers only (a 503's Retry-After times the next probe), never its body,
  // and is not published: a failed probe is the condition persisting, not a new failure to report.
  if (typeof probe === 'string') {
    return fetch(probe, { cache: 'no-store' }).then((response) =>
      response.ok
        ? response
        : Promise.reject(toProblem({ status: response.status, headers: response.headers }, { clock })),
    );
  }
  if (typeof probe === 'function') return probe();
  return Promise.reject(new TypeError('ProblemProvider: the probe was removed'));
}

function createOwned(clock: Clock, hasProbe: boolean, latest: RefObject<ProblemProviderProps>): Owned {
  const lifecycle = { unmounted: false };
  const store = createConditionsStore({
    clock,
    onUnauthenticated: (problem) => latest.current.onUnauthenticated?.(problem),
    isSignOut: (problem) => latest.current.isSignOut?.(problem) ?? true,
    ...(hasProbe ? { probe: () => runProbe(latest.current.probe, clock) } : {}),
  });
  // The same failure is often seen twice: apiFetch publishes it, then the query that called apiFetch fails with
  // the same ApiError. Remembering problems and errors by identity makes `onProblem` once per failed request.
  const seen = new WeakSet<object>();
  const report = (input: unknown, meta: ProblemReportMeta = { source: 'report' }): void => {
    if (lifecycle.unmounted) return;
    const problem = asProblem(input, { clock });
    const carriers = [problem, input, meta.error].filter(isObject);
    const duplicate = carriers.some((carrier) => seen.has(carrier));
    for (const carrier of carriers) seen.add(carrier);
    // The store reads `retry` and `origin` from the meta.
    if (duplicate) {
      // The second sighting may bring what the first lacked: the failed query's refetch, to use as the probe.
      if (meta.retry !== undefined && !hasProbe && problem.kind === 'unavailable') store.report(problem, meta);
      return;
    }
    store.report(problem, meta);
    try {
      latest.current.onProblem?.(problem, meta);
    } catch (error) {
      rethrowLater(error);
    }
  };
  return { store, clock, hasProbe, report, lifecycle };
}

/**
 * Wrap the app once: from then on every failed request under it reaches the right place with no per-query code.
 * It owns one store of global conditions (rate-limited until a time, per origin; unavailable with the time it
 * should be back and a single probe that clears it; signed out, latched so `onUnauthenticated` fires once per
 * burst of 401s; offline), fed by every `apiFetch` call (through `problemEvents`), by the optional TanStack
 * `queryClient`'s caches, by the browser's `online`/`offline` events and by `useProblemReporter().report`. It
 * also owns the translator for `locale` (English is built in, other languages come in through `catalogs`;
 * `messages` and `types` override wording) and the clock every countdown reads. Nothing happens at import or on
 * the server: subscriptions start in an effect and end on unmount, when the store's timers are cleared too
 * (StrictMode's double mount leaks nothing).
 *
 * @example
 * ```tsx
 * import { deMessages } from 'problemkit/locales/de';
 *
 * const queryClient = new QueryClient({ defaultOptions: queryDefaults });
 *
 * <QueryClientProvider client={queryClient}>
 *   <ProblemProvider
 *     locale={navigator.languages}
 *     catalogs={{ de: deMessages }}
 *     queryClient={queryClient}
 *     probe="/api/health"
 *     onUnauthenticated={() => router.push(`/login?next=${encodeURIComponent(location.pathname)}`)}
 *     onProblem={(problem) => tracker.capture(problem)}
 *   >
 *     <MaintenanceBanner />
 *     <App />
 *   </ProblemProvider>
 * </QueryClientProvider>
 * ```
 */
export function ProblemProvider(props: ProblemProviderProps): ReactNode {
  const { children, locale, timeZone, queryClient } = props;
  const clock = props.clock ?? systemClock;
  const hasProbe = props.probe !== undefined;

  // Callbacks are read at call time, so inline arrow props never rebuild the store.
  const latest = useRef(props);
  useIsomorphicLayoutEffect(() => {
    latest.current = props;
  });

  // Creating a store starts nothing (no timer, no listener), so doing it during render is safe, also twice.
  const [owned, setOwned] = useState(() => createOwned(clock, hasProbe, latest));
  if (owned.clock !== clock || owned.hasProbe !== hasProbe) {
    // "Storing information from previous renders" (react.dev): React re-renders at once with the new store.
    setOwned(createOwned(clock, hasProbe, latest));
  }
  const [dismissedUnavailable] = useState(createDismissedUnavailable);

  // Declared before the effect that clears the store on unmount, so that React stops the sharing first (it runs
  // cleanups in declaration order): an unmount must not tell the other tabs that the service is back.
  const { shareAcrossTabs } = props;
  const channelName =
    shareAcrossTabs === true ? 'problemkit' : typeof shareAcrossTabs === 'string' ? shareAcrossTabs : '';
  useEffect(() => {
    if (channelName === '') return undefined;
    return shareConditions(owned.store, { name: channelName });
  }, [owned, channelName]);

  useEffect(() => {
    const { store, lifecycle, report } = owned;
    lifecycle.unmounted = false;
    const stopEvents = problemEvents.subscribe(report);
    const target = typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : undefined;
    const goOnline = (): void => store.setOnline(true);
    const goOffline = (): void => store.setOnline(false);
    target?.addEventListener('online', goOnline);
    target?.addEventListener('offline', goOffline);
    if (typeof navigator !== 'undefined' && navigator.onLine === false) store.setOnline(false);
    return () => {
      stopEvents();
      target?.removeEventListener('online', goOnline);
      target?.removeEventListener('offline', goOffline);
      lifecycle.unmounted = true;
      // Cancels the probe and the rate-limit expiry timer: no timer outlives the provider.
      store.clear();
    };
  }, [owned]);

  useEffect(() => {
    if (queryClient === undefined) return undefined;
    return watchQueryClient(
      queryClient,
      {
        onProblem: (problem, { source, error, key, retry }) => owned.report(problem, { source, error, key, retry }),
        onSuccess: () => {
          if (!owned.lifecycle.unmounted) owned.store.reportSuccess();
        },
      },
      { clock: owned.clock },
    );
  }, [owned, queryClient]);

  const messages = useShallowStable(props.messages);
  const types = useShallowStable(props.types);
  const catalogs = useShallowStable(props.catalogs);
  const localeKey = Array.isArray(locale) ? locale.join('\u0000') : typeof locale === 'string' ? locale : 'en';
  const translator = useMemo(
    () => createTranslator({ locale: localeKey.split('\u0000'), overrides: messages, types, catalogs, timeZone }),
    [localeKey, messages, types, catalogs, timeZone],
  );

  const value = useMemo<ProblemContextValue>(
    () => ({
      conditions: owned.store,
      clock: owned.clock,
      ticker: tickerFor(owned.clock),
      translator,
      report: owned.report,
      dismissedUnavailable,
      inProvider: true,
    }),
    [owned, translator, dismissedUnavailable],
  );

  return <ProblemContext.Provider value={value}>{children}</ProblemContext.Provider>;
}
