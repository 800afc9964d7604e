import { HttpResponse } from 'msw';
import type { Clock } from '../core/timing/Clock.js';
import type { MockFailure } from './MockFailure.js';
import type { ProblemSpec } from './ProblemSpec.js';
import { problemResponse } from './problemResponse.js';

/**
 * The answer a scenario gives while it fails: the problem (with `overrides`, such as a computed
 * `retryAfter`) or a network error. Internal to `problemkit/msw`.
 */
export function answerFailure(
  failure: MockFailure,
  request: Request,
  clock: Clock | undefined,
  overrides: Partial<ProblemSpec> = {},
): Response {
  if (failure === 'network-error') return HttpResponse.error();
  return problemResponse(
    { ...failure, ...overrides },
    { request: { method: request.method, url: request.url }, ...(clock === undefined ? {} : { clock }) },
  );
}
