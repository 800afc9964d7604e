import type { ProblemSpec } from './ProblemSpec.js';

/**
 * What a scenario answers while it fails: a problem spec (see `ProblemSpec`), or `'network-error'` for a
 * failed connection (`fetch` rejects with a `TypeError`, the kit reports kind `network`).
 *
 * @example
 * ```ts
 * const failure: MockFailure = { status: 503, dialect: 'aspnet', retryAfter: 5 };
 * const dropped: MockFailure = 'network-error';
 * ```
 */
export type MockFailure = ProblemSpec | 'network-error';
