import { HttpResponse, isCommonAssetRequest } from 'msw';
import { systemClock } from '../core/timing/Clock.js';
import { answerSuccess } from './answerSuccess.js';
import { createScenario } from './createScenario.js';
import type { ScenarioOptions } from './ScenarioOptions.js';
import type { ScenarioResolver } from './ScenarioResolver.js';

/**
 * Options for `offline`.
 *
 * @example
 * ```ts
 * http.all('/api/*', offline({ forMs: 15_000, clock: storyClock }));
 * ```
 */
export interface OfflineOptions extends ScenarioOptions {
  /** Stay offline this many ms from the first request answered. Default: for good. */
  readonly forMs?: number;
  /** Stay offline until this moment. */
  readonly until?: Date;
}

/**
 * "Offline": every request this resolver sees fails at the network level (`fetch` rejects with a
 * `TypeError`), for good or until `forMs` / `until` has passed on the injected clock; after that it answers
 * `success`, by default `'next'` — msw passes requests on to your other handlers, as if the connection came
 * back. What msw's `isCommonAssetRequest` calls an asset (scripts, styles, fonts, images, Vite internals, and
 * paths ending in `.json`, `.txt`, `.csv`…) is never failed, so `http.all('*', offline())` in a story does not
 * break Storybook itself; scoping it to your API
 * (`http.all('/api/*', offline())`) is still the tidier choice. `reset()` forgets the first request.
 *
 * @example
 * ```ts
 * server.use(http.all('/api/*', offline({ forMs: 10_000 })));
 * // for 10 s every /api request rejects; then the other handlers answer again
 * ```
 */
export function offline(options: OfflineOptions = {}): ScenarioResolver {
  const clock = options.clock ?? systemClock;
  let endsAt: number | undefined;
  return createScenario(
    async (request) => {
      if (isCommonAssetRequest(request)) return undefined;
      const now = clock.now();
      if (endsAt === undefined) {
        if (options.until !== undefined) endsAt = options.until.getTime();
        else if (options.forMs !== undefined) endsAt = now + options.forMs;
        else endsAt = Number.POSITIVE_INFINITY;
      }
      if (now < endsAt) return HttpResponse.error();
      return answerSuccess(options.success ?? 'next', 'rfc9457', request);
    },
    () => {
      endsAt = undefined;
    },
  );
}
