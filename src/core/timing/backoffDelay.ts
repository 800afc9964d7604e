/** Options for `backoffDelay`. */
export interface BackoffOptions {
  /** The un-jittered delay of the first retry, in ms. Default 1000 (TanStack Query's default base). */
  readonly baseMs?: number;
  /** The ceiling of the un-jittered delay, in ms. Default 30 000 (TanStack Query's default ceiling). */
  readonly maxMs?: number;
  /**
   * `'equal'` (default): half the exponential delay, plus a random part up to the other half.
   * `'full'`: anywhere from 0 to the exponential delay.
   */
  readonly jitter?: 'equal' | 'full';
  /** A source of numbers in [0, 1). Default `Math.random`; inject one in tests. */
  readonly random?: () => number;
}

const defaultBaseMs = 1000;
const defaultMaxMs = 30_000;

function usable(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * The delay before retry number `attempt + 1`: exponential (`baseMs · 2^attempt`, capped at `maxMs`) with
 * jitter, so many clients that failed together do not retry together (the "thundering herd"). `attempt` is
 * TanStack Query's `failureCount` as its `retryDelay` receives it: 0 after the first failure.
 *
 * Equal jitter is the default rather than full jitter. AWS's study ("Exponential Backoff And Jitter",
 * Marc Brooker, 2015) found full jitter finishes contended work soonest, but it can draw a delay near 0,
 * which for a browser facing a 5xx or a dropped connection means retrying straight into the same outage.
 * Equal jitter keeps a floor that doubles each time (so retries really do back off) while still spreading
 * clients over half the window. Pass `jitter: 'full'` for the other trade-off.
 *
 * @example
 * ```ts
 * backoffDelay(0);                                  // 500–1000 ms
 * backoffDelay(2);                                  // 2000–4000 ms
 * backoffDelay(10);                                 // 15000–30000 ms (capped)
 * backoffDelay(1, { jitter: 'full', random: () => 0.5 }); // 1000
 * ```
 */
export function backoffDelay(attempt: number, options?: BackoffOptions): number {
  const baseMs = usable(options?.baseMs, defaultBaseMs);
  const maxMs = usable(options?.maxMs, defaultMaxMs);
  const n = typeof attempt === 'number' && Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  // 2 ** n overflows to Infinity for large n; min() then yields the ceiling.
  const exponential = Math.min(maxMs, baseMs * 2 ** n);
  let draw: number;
  try {
    draw = (options?.random ?? Math.random)();
  } catch {
    draw = 0.5;
  }
  const r = typeof draw === 'number' && draw >= 0 && draw < 1 ? draw : 0.5;
  const delay = options?.jitter === 'full' ? exponential * r : exponential / 2 + (exponential / 2) * r;
  return Math.round(delay);
}
