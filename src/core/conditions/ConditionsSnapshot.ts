import type { ApiProblem } from '../ApiProblem.js';

/** The names of the global conditions, as `clear(name)` takes them. */
export type ConditionName = 'rateLimited' | 'unavailable' | 'signedOut' | 'offline';

/** Requests to one origin (or to every origin) are held until `until`. */
export interface RateLimitCondition {
  /** Epoch ms (store clock) when requests may be sent again. The condition removes itself then. */
  readonly until: number;
  /**
   * `false` when the server gave no time: `until` is then only the store's short fallback hold,
   * and components show the "wait a moment" message instead of a countdown.
   */
  readonly untilKnown: boolean;
  /** The origin held (`https://api.example.com`, or `'self'` for relative URLs); `undefined` = every origin. */
  readonly origin: string | undefined;
  /** The problem that set the deadline that won. */
  readonly problem: ApiProblem;
}

/** The service answered 503: unavailable, until a probe or any request succeeds. */
export interface UnavailableCondition {
  /** Epoch ms of the first report. */
  readonly since: number;
  /** Epoch ms when the server said it should be back (`Retry-After`), when it said. */
  readonly backAt: number | undefined;
  /** The latest problem that said the service is unavailable. */
  readonly problem: ApiProblem;
}

/** A request answered 401: the person has to sign in again. */
export interface SignedOutCondition {
  readonly since: number;
  /** The first 401 of the burst. */
  readonly problem: ApiProblem;
}

/** The browser is offline, or a request got no response at all. */
export interface OfflineCondition {
  readonly since: number;
  /** The network problem that revealed it; `undefined` when the browser's `offline` event did. */
  readonly problem: ApiProblem | undefined;
}

/**
 * What the global conditions store holds at one moment. Immutable: a new object whenever
 * anything changes, the same object otherwise, which is what `useSyncExternalStore` needs.
 * Read a held action's deadline with `rateLimitFor(snapshot, url)`.
 *
 * @example
 * ```ts
 * const snapshot = store.getSnapshot();
 * if (snapshot.unavailable) showBanner(snapshot.unavailable.backAt);
 * if (snapshot.signedOut) showSignIn();
 * ```
 */
export interface ConditionsSnapshot {
  /** A rate limit on every origin (the problem's request URL was unknown). */
  readonly rateLimited: RateLimitCondition | undefined;
  /** Rate limits per origin, keyed like `RateLimitCondition.origin`. */
  readonly rateLimitedByOrigin: ReadonlyMap<string, RateLimitCondition>;
  readonly unavailable: UnavailableCondition | undefined;
  readonly signedOut: SignedOutCondition | undefined;
  readonly offline: OfflineCondition | undefined;
}
