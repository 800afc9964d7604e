import { answerFailure } from './answerFailure.js';
import { answerSuccess } from './answerSuccess.js';
import { createScenario } from './createScenario.js';
import type { MockFailure } from './MockFailure.js';
import type { MockSuccess } from './MockSuccess.js';
import type { ScenarioOptions } from './ScenarioOptions.js';
import type { ScenarioResolver } from './ScenarioResolver.js';

/**
 * "Fail N times, then succeed": the first `times` requests this resolver answers get `failure` (a problem
 * spec or `'network-error'`), every later one gets `success` (default `{ status: 200, data: {} }` in the
 * failure's dialect envelope). For retry policies, probes and "try again" buttons. The count lives in this
 * resolver; `reset()` starts it over.
 *
 * @example
 * ```ts
 * server.use(http.get('/api/orders', failTimes(2, { status: 503, retryAfter: 1 }, { data: [{ id: 1 }] })));
 * // 1st and 2nd GET → 503 with Retry-After: 1; 3rd → 200 [{ id: 1 }]
 * server.use(http.post('/api/companies', failTimes(1, 'network-error')));
 * ```
 */
export function failTimes(
  times: number,
  failure: MockFailure,
  success?: MockSuccess,
  options: Omit<ScenarioOptions, 'success'> = {},
): ScenarioResolver {
  let failed = 0;
  const dialect = failure === 'network-error' ? 'rfc9457' : (failure.dialect ?? 'rfc9457');
  return createScenario(
    async (request) => {
      if (failed < times) {
        failed += 1;
        return answerFailure(failure, request, options.clock);
      }
      return answerSuccess(success, dialect, request);
    },
    () => {
      failed = 0;
    },
  );
}
