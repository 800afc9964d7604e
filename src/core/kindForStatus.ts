import type { ProblemKind } from './ApiProblem.js';

/** DESIGN.md's table, for the statuses with a kind of their own; 400 depends on field errors. */
const kinds: Readonly<Record<number, ProblemKind>> = {
  0: 'network',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'timeout',
  409: 'conflict',
  410: 'not-found',
  413: 'too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
  501: 'not-implemented',
  503: 'unavailable',
  504: 'timeout',
  507: 'insufficient-storage',
  509: 'rate-limited',
};

/**
 * The kind for an HTTP status, per DESIGN.md's table. `hasFieldErrors` turns a 400 into
 * `validation`. 2xx and 3xx are not failures; asked anyway, they answer `unknown`.
 *
 * @example
 * ```ts
 * kindForStatus(429);       // 'rate-limited'
 * kindForStatus(400, true); // 'validation'
 * kindForStatus(0);         // 'network'
 * ```
 */
export function kindForStatus(status: number, hasFieldErrors = false): ProblemKind {
  if (status === 400) return hasFieldErrors ? 'validation' : 'bad-request';
  if (typeof status === 'number' && Object.hasOwn(kinds, status)) return kinds[status] as ProblemKind;
  return Number.isInteger(status) && status >= 400 && status < 600
    ? status < 500
      ? 'bad-request'
      : 'server'
    : 'unknown';
}
