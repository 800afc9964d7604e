import { type HttpHandler, HttpResponse, type Path } from 'msw';
import { httpFor } from './httpFor.js';
import type { MockMethod } from './MockMethod.js';

/**
 * An msw handler that fails `method path` at the network level (`HttpResponse.error()`): `fetch` rejects
 * with a `TypeError`, as it does when the connection drops or DNS fails, and the kit reports kind `network`.
 * With `{ once: true }` only the first matching request fails.
 *
 * @example
 * ```ts
 * server.use(networkError('get', '/api/orders'));
 * await expect(fetch('/api/orders')).rejects.toThrow(TypeError);
 * ```
 */
export function networkError(method: MockMethod, path: Path, options: { readonly once?: boolean } = {}): HttpHandler {
  return httpFor(method)(
    path,
    () => HttpResponse.error(),
    options.once === undefined ? undefined : { once: options.once },
  );
}
