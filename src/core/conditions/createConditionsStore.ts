import type { ApiProblem } from '../ApiProblem.js';
import { type Clock, systemClock, type TimerHandle } from '../timing/Clock.js';
import type {
  ConditionName,
  ConditionsSnapshot,
  RateLimitCondition,
  UnavailableCondition,
} from './ConditionsSnapshot.js';
import { emptyConditions } from './emptyConditions.js';
import { originOf } from './originOf.js';
import { rateLimitDeadline } from './rateLimitDeadline.js';
import { serviceBackAt } from './serviceBackAt.js';

/**
 * What a reporter knows about a problem beyond the problem itself.
 *
 * @example
 * ```ts
 * // In a TanStack QueryCache onError: the failed query's refetch becomes the probe.
 * store.report(asProblem(error), { retry: () => query.fetch() });
 * ```
 */
export interface ReportMeta {
  /** The origin (or any URL on it) the request went to, when `problem.request` does not say. */
  readonly origin?: string;
  /**
   * Repeats the failed request (e.g. the failed query's `refetch`). Used as the probe while the
   * service is unavailable, when the store has no `probe` of its own.
   */
  readonly retry?: () => Promise<unknown>;
}

/**
 * Options of `createConditionsStore`. Every member is optional.
 *
 * @example
 * ```ts
 * const options: ConditionsStoreOptions = {
 *   onUnauthenticated: () => router.push(`/login?next=${encodeURIComponent(location.pathname)}`),
 *   isSignOut: (problem) => !problem.request?.url.endsWith('/verify-password'),
 *   probe: () => fetch('/health').then((r) => (r.ok ? r : Promise.reject(r))),
 * };
 * ```
 */
export interface ConditionsStoreOptions {
  /** The only source of time (default `systemClock`). */
  readonly clock?: Clock;
  /**
   * Called once per burst of 401s, however many requests fail at once, with the first of them;
   * not again until `signedIn()` re-arms it. Typically navigates to the sign-in page.
   */
  readonly onUnauthenticated?: (problem: ApiProblem) => void;
  /**
   * Which 401s mean "signed out". Default: all. Return `false` for endpoints that answer 401 as
   * part of their job (a password check, a step-up prompt), so they neither latch nor redirect.
   */
  readonly isSignOut?: (problem: ApiProblem) => boolean;
  /**
   * Checks whether the service is back while it is unavailable: resolving means back; rejecting,
   * or resolving with an unavailable problem (or an error result carrying one), means still down.
   * Default: the latest `retry` a report supplied. (A probe URL is wired by the React layer.)
   */
  readonly probe?: () => Promise<unknown>;
  /** Delay of the first probe when the 503 had no `Retry-After`. Default 30 s. */
  readonly probeDelayMs?: number;
  /** Shortest delay between probes, even if the server asks for less. Default 1 s. */
  readonly minProbeDelayMs?: number;
  /** Longest delay the probe backoff grows to (a server's own `Retry-After` may be longer). Default 5 min. */
  readonly maxProbeDelayMs?: number;
  /** Factor the probe delay grows by after each failed probe. Default 2. */
  readonly probeBackoff?: number;
  /** How long a 429 without any time in it holds requests. Default 10 s. */
  readonly unknownRateLimitMs?: number;
}

/**
 * The global conditions store: a vanilla external store (`subscribe` / `getSnapshot` /
 * `getServerSnapshot`) for `useSyncExternalStore`. See `createConditionsStore`.
 *
 * @example
 * ```ts
 * const conditions = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
 * ```
 */
export interface ConditionsStore {
  /** Registers a listener called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current immutable snapshot; the same object until something changes. */
  getSnapshot(): ConditionsSnapshot;
  /** Always `emptyConditions`: the server renders no condition. */
  getServerSnapshot(): ConditionsSnapshot;
  /** Records what a failed request reveals (429/509, 503, 401, no response); other kinds are ignored. */
  report(problem: ApiProblem, meta?: ReportMeta): void;
  /** A request succeeded: the service is reachable, so `unavailable` and `offline` clear. */
  reportSuccess(): void;
  /** The browser's `online`/`offline` events. Going online clears `offline`. */
  setOnline(isOnline: boolean): void;
  /** The person signed in again: clears `signedOut` and re-arms `onUnauthenticated`. */
  signedIn(): void;
  /** Clears one condition, or all of them (this does not re-arm the 401 latch; `signedIn` does). */
  clear(name?: ConditionName): void;
  /** Cancels every timer, ignores probes in flight, drops listeners; later calls do nothing. */
  destroy(): void;
}

/** Kinds that mean the service is still out of reach when a probe meets them. */
const outageKinds: ReadonlySet<string> = /* @__PURE__ */ new Set(['unavailable', 'server', 'network', 'timeout']);

function isProblem(value: unknown): value is ApiProblem {
  const { status, kind } = (value ?? {}) as { status?: unknown; kind?: unknown };
  return typeof value === 'object' && typeof status === 'number' && typeof kind === 'string';
}

/**
 * The problem inside whatever a probe settled with: the problem itself, an `ApiError` (`.problem`), or a TanStack
 * Query refetch result (which resolves, not rejects, with `{ error }` on failure). Duck-typed, because
 * conditions/ must not import the error class.
 */
function problemIn(value: unknown): ApiProblem | undefined {
  const carrier = value as { problem?: unknown; error?: { problem?: unknown } } | null | undefined;
  return [value, carrier?.problem, carrier?.error, carrier?.error?.problem].find(isProblem);
}

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** A listener or callback that throws must not break the store or the reporter's request chain. */
function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/**
 * Creates the one store of global conditions an app shares: rate-limited until a time (per
 * origin, or global when the request URL is unknown; the latest deadline wins; it expires by
 * itself), unavailable (503) with the time it should be back and a single probe that clears it,
 * signed out (401, latched so `onUnauthenticated` fires once per burst), and offline. Framework
 * free; the React layer binds it with `useSyncExternalStore`, feeds it from the query cache and
 * `apiFetch`, and wires the browser's online/offline events. All time comes from `clock`; no timer
 * outlives `clear` or `destroy`.
 *
 * While unavailable, exactly one probe runs at a time: first after the server's `Retry-After`
 * (or `probeDelayMs`), then after each failure the delay doubles up to `maxProbeDelayMs` (unless
 * the failed probe's own `Retry-After` says otherwise). Without any probe, a 503 that said when
 * the service would be back clears at that time, and one that did not waits for a success.
 *
 * @example
 * ```ts
 * const store = createConditionsStore({
 *   onUnauthenticated: () => router.push('/login'),
 *   probe: () => apiFetch('/api/health'),
 * });
 * store.report(problem);                    // e.g. a 503 with Retry-After: 30
 * store.getSnapshot().unavailable?.backAt;  // receivedAt + 30 000
 * // … 30 s later the probe succeeds: unavailable clears and subscribers are told.
 * ```
 */
export function createConditionsStore(options: ConditionsStoreOptions = {}): ConditionsStore {
  const clock = options.clock ?? systemClock;
  const probeDelayMs = finiteOr(options.probeDelayMs, 30_000);
  const minProbeDelayMs = finiteOr(options.minProbeDelayMs, 1000);
  const maxProbeDelayMs = Math.max(minProbeDelayMs, finiteOr(options.maxProbeDelayMs, 300_000));
  const probeBackoff = Math.max(1, finiteOr(options.probeBackoff, 2));
  const unknownRateLimitMs = finiteOr(options.unknownRateLimitMs, 10_000);

  let snapshot: ConditionsSnapshot = emptyConditions;
  const listeners = new Set<() => void>();
  let destroyed = false;
  let signOutArmed = true;

  let expiryTimer: TimerHandle | undefined;
  let expiryAt: number | undefined;

  let probeTimer: TimerHandle | undefined;
  let probeInFlight = false;
  /** Bumped whenever the unavailable condition ends, so a late probe answer is ignored. */
  let probeGeneration = 0;
  let lastProbeDelay = 0;
  let lastRetry: (() => Promise<unknown>) | undefined;

  function commit(next: Partial<ConditionsSnapshot>): void {
    const merged = { ...snapshot, ...next };
    // One shared empty map, so "no origin limits" never counts as a change.
    if (merged.rateLimitedByOrigin.size === 0) merged.rateLimitedByOrigin = emptyConditions.rateLimitedByOrigin;
    const keys = Object.keys(emptyConditions) as (keyof ConditionsSnapshot)[];
    if (keys.every((key) => merged[key] === snapshot[key])) return;
    snapshot = keys.every((key) => merged[key] === emptyConditions[key]) ? emptyConditions : Object.freeze(merged);
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        rethrowLater(error);
      }
    }
  }

  // ---- rate limits -------------------------------------------------------------------------

  function scheduleExpiry(): void {
    let earliest = snapshot.rateLimited?.until;
    for (const { until } of snapshot.rateLimitedByOrigin.values()) {
      if (earliest === undefined || until < earliest) earliest = until;
    }
    if (earliest === expiryAt) return;
    if (expiryTimer !== undefined) clock.clearTimeout(expiryTimer);
    expiryTimer = undefined;
    expiryAt = earliest;
    if (earliest !== undefined) expiryTimer = clock.setTimeout(expire, Math.max(0, earliest - clock.now()));
  }

  function expire(): void {
    expiryTimer = undefined;
    expiryAt = undefined;
    if (destroyed) return;
    const now = clock.now();
    const byOrigin = new Map(snapshot.rateLimitedByOrigin);
    for (const [origin, { until }] of byOrigin) if (until <= now) byOrigin.delete(origin);
    const global = snapshot.rateLimited;
    commit({
      rateLimited: global !== undefined && global.until <= now ? undefined : global,
      rateLimitedByOrigin:
        byOrigin.size === snapshot.rateLimitedByOrigin.size ? snapshot.rateLimitedByOrigin : byOrigin,
    });
    // A timer may fire a little early against the clock; this re-arms for what is left.
    scheduleExpiry();
  }

  function reportRateLimit(problem: ApiProblem, meta: ReportMeta | undefined, now: number): void {
    const deadline = rateLimitDeadline(problem, unknownRateLimitMs, now);
    if (deadline === undefined || !(deadline.until > now)) return;
    const { until, untilKnown } = deadline;
    const origin = originOf(meta?.origin ?? problem.request?.url);
    const current = origin === undefined ? snapshot.rateLimited : snapshot.rateLimitedByOrigin.get(origin);
    // The latest deadline wins; at a tie, a deadline the server stated beats the fallback hold.
    if (
      current !== undefined &&
      (current.until > until || (current.until === until && (current.untilKnown || !untilKnown)))
    ) {
      return;
    }
    const condition: RateLimitCondition = Object.freeze({ until, untilKnown, origin, problem });
    commit(
      origin === undefined
        ? { rateLimited: condition }
        : { rateLimitedByOrigin: new Map(snapshot.rateLimitedByOrigin).set(origin, condition) },
    );
    scheduleExpiry();
  }

  // ---- unavailable and its probe ------------------------------------------------------------

  function cancelProbe(): void {
    if (probeTimer !== undefined) clock.clearTimeout(probeTimer);
    probeTimer = undefined;
    probeInFlight = false;
    probeGeneration += 1;
    lastRetry = undefined;
  }

  function scheduleProbe(delayMs: number): void {
    if (probeTimer !== undefined) clock.clearTimeout(probeTimer);
    lastProbeDelay = Math.max(minProbeDelayMs, delayMs);
    probeTimer = clock.setTimeout(runProbe, lastProbeDelay);
  }

  function endUnavailable(): void {
    cancelProbe();
    commit({ unavailable: undefined, offline: undefined });
  }

  function runProbe(): void {
    probeTimer = undefined;
    const unavailable = snapshot.unavailable;
    if (destroyed || unavailable === undefined) return;
    const probe = options.probe ?? lastRetry;
    if (probe === undefined) {
      // Nothing to ask: trust the server's own time if it gave one, else wait for a success.
      const { backAt } = unavailable;
      if (backAt !== undefined && backAt <= clock.now()) endUnavailable();
      else if (backAt !== undefined) scheduleProbe(backAt - clock.now());
      return;
    }
    const generation = probeGeneration;
    probeInFlight = true;
    let outcome: Promise<unknown>;
    try {
      outcome = Promise.resolve(probe());
    } catch (error) {
      outcome = Promise.reject(error);
    }
    outcome.then(
      (value) => settleProbe(generation, value, false),
      (error: unknown) => settleProbe(generation, error, true),
    );
  }

  function settleProbe(generation: number, value: unknown, rejected: boolean): void {
    const unavailable = snapshot.unavailable;
    if (generation !== probeGeneration || destroyed || unavailable === undefined) return;
    probeInFlight = false;
    const found = problemIn(value);
    // A probe that reached the service and got any other answer (a 404, a 401, a 429) proves
    // the service is back; an outage kind, or a rejection we cannot read, means it is not.
    if (found === undefined ? !rejected : !outageKinds.has(found.kind)) {
      endUnavailable();
      return;
    }
    const now = clock.now();
    const backAt = found?.kind === 'unavailable' ? serviceBackAt(found, now) : undefined;
    if (backAt !== undefined && found !== undefined) {
      commit({ unavailable: Object.freeze({ ...unavailable, backAt, problem: found }) });
      scheduleProbe(backAt - now);
    } else {
      scheduleProbe(Math.min(lastProbeDelay * probeBackoff, maxProbeDelayMs));
    }
  }

  function reportUnavailable(problem: ApiProblem, meta: ReportMeta | undefined, now: number): void {
    if (meta?.retry !== undefined) lastRetry = meta.retry;
    const backAt = serviceBackAt(problem, now);
    const current = snapshot.unavailable;
    // Already unavailable: newer news about the time replaces the old.
    const next: UnavailableCondition = Object.freeze(
      current === undefined
        ? { since: now, backAt, problem }
        : { ...current, problem, backAt: backAt ?? current.backAt },
    );
    commit({ unavailable: next });
    // Never a second probe: only start one when none is waiting or running (the first report,
    // or a later one that brought the first way to probe).
    const until = next.backAt;
    if (probeTimer === undefined && !probeInFlight && (options.probe ?? lastRetry ?? until) !== undefined) {
      scheduleProbe(until !== undefined ? until - now : probeDelayMs);
    }
  }

  // ---- the rest -------------------------------------------------------------------------------

  function reportUnauthenticated(problem: ApiProblem, now: number): void {
    try {
      if (options.isSignOut !== undefined && !options.isSignOut(problem)) return;
    } catch (error) {
      rethrowLater(error);
      return;
    }
    if (!signOutArmed) return;
    signOutArmed = false;
    commit({ signedOut: Object.freeze({ since: now, problem }) });
    try {
      options.onUnauthenticated?.(problem);
    } catch (error) {
      rethrowLater(error);
    }
  }

  return {
    subscribe(listener) {
      if (destroyed || typeof listener !== 'function') return () => {};
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => emptyConditions,
    report(problem, meta) {
      if (destroyed || !isProblem(problem)) return;
      const now = clock.now();
      const { kind } = problem;
      if (kind === 'rate-limited') reportRateLimit(problem, meta, now);
      else if (kind === 'unavailable') reportUnavailable(problem, meta, now);
      else if (kind === 'unauthenticated') reportUnauthenticated(problem, now);
      else if (kind === 'network' && snapshot.offline === undefined) {
        commit({ offline: Object.freeze({ since: now, problem }) });
      }
    },
    reportSuccess() {
      if (destroyed) return;
      if (snapshot.unavailable !== undefined) endUnavailable();
      else commit({ offline: undefined });
    },
    setOnline(isOnline) {
      if (destroyed) return;
      if (isOnline) commit({ offline: undefined });
      else if (snapshot.offline === undefined)
        commit({ offline: Object.freeze({ since: clock.now(), problem: undefined }) });
    },
    signedIn() {
      if (destroyed) return;
      signOutArmed = true;
      commit({ signedOut: undefined });
    },
    clear(name) {
      if (destroyed || (name !== undefined && !Object.hasOwn(emptyConditions, name))) return;
      if (name === undefined || name === 'unavailable') cancelProbe();
      // `rateLimited` names every rate limit, global and per origin.
      commit(
        name === undefined
          ? emptyConditions
          : { [name]: undefined, ...(name === 'rateLimited' ? { rateLimitedByOrigin: new Map() } : {}) },
      );
      scheduleExpiry();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelProbe();
      if (expiryTimer !== undefined) clock.clearTimeout(expiryTimer);
      expiryTimer = undefined;
      expiryAt = undefined;
      listeners.clear();
    },
  };
}
