import type { ConditionsSnapshot, RateLimitCondition } from './ConditionsSnapshot.js';
import { originOf } from './originOf.js';

/**
 * The rate limit that holds a request to `target` (a URL or an origin): the later of the global
 * limit and that origin's. Without a target, the latest of every limit, for an action that does
 * not know where it will send (a form's submit button). `undefined` when nothing holds it.
 *
 * @example
 * ```ts
 * const held = rateLimitFor(store.getSnapshot(), 'https://api.example.com/v3/orders');
 * if (held) disableUntil(held.until);
 * ```
 */
export function rateLimitFor(snapshot: ConditionsSnapshot, target?: string): RateLimitCondition | undefined {
  const candidates: (RateLimitCondition | undefined)[] = [snapshot.rateLimited];
  if (target === undefined) candidates.push(...snapshot.rateLimitedByOrigin.values());
  else {
    const origin = originOf(target);
    if (origin !== undefined) candidates.push(snapshot.rateLimitedByOrigin.get(origin));
  }
  let latest: RateLimitCondition | undefined;
  for (const candidate of candidates) {
    if (candidate !== undefined && (latest === undefined || candidate.until > latest.until)) latest = candidate;
  }
  return latest;
}
