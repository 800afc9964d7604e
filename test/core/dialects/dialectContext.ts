import type { DialectContext } from '../../../src/core/dialects/Dialect.js';

/** A dialect context as toProblem builds it: status, bare media type, headers. */
export function dialectContext(
  status = 400,
  mediaType = 'application/json',
  headers: HeadersInit = {},
): DialectContext {
  return { status, mediaType, headers: new Headers(headers) };
}
