// Shape: Shopify Admin REST errors, https://shopify.dev/docs/api/admin-rest/usage/response-codes: 422
// `{"errors": {"title": ["can't be blank"]}}`, and `{"errors": "Not Found"}` or
// `{"errors": "[API] Invalid API key or access token …"}`; every response carries `X-Shopify-API-Version`
// (https://shopify.dev/docs/api/usage/versioning) and REST calls `X-Shopify-Shop-Api-Call-Limit`
// (https://shopify.dev/docs/api/admin-rest/usage/rate-limits).
import { collectErrors, errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { textOf } from './textOf.js';

/**
 * Shopify Admin REST: `errors` as a string (the title), or as a field map when the response has a
 * Shopify header (`X-Shopify-API-Version`, `X-Shopify-Shop-Api-Call-Limit`); without one, the same
 * map is read by the `rails` dialect, identically. `base` messages become form errors.
 *
 * @example
 * ```ts
 * toProblem({ status: 404, body: '{"errors":"Not Found"}' });
 * // dialect 'shopify', title 'Not Found'
 * ```
 */
export const shopify: Dialect = {
  name: 'shopify',
  read(body, context) {
    const errors = isRecord(body) ? body.errors : undefined;
    if (typeof errors === 'string') return { title: textOf(errors) };
    if (typeof errors !== 'object' || !errors) return undefined;
    const { headers } = context;
    // Shopify is Rails: `base` carries the messages about the whole record.
    return headers.has('x-shopify-api-version') || headers.has('x-shopify-shop-api-call-limit')
      ? collectErrors(errors, errorSink(), 'base')
      : undefined;
  },
};
