import { type HttpRequestHandler, http } from 'msw';
import type { MockMethod } from './MockMethod.js';

/** msw's handler factory for a method (`'POST'` → `http.post`). Internal to `problemkit/msw`. */
export function httpFor(method: MockMethod): HttpRequestHandler {
  return http[method.toLowerCase() as Lowercase<MockMethod>];
}
