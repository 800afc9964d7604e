// Shape: BigCommerce REST v2 errors, a JSON array `[{"status": <int>, "message": "<text>", "details"?: {…}}]`:
// github.com/bigcommerce/docs reference/orders.v2.oas2.yml `404_Resp`; the PHP client reads `$body[0]->message`
// (github.com/bigcommerce/bigcommerce-api-php src/Bigcommerce/Api/Error.php; issue #158 quotes
// `[{"status":400,"message":"The field 'type' is invalid."}]`). The inner status may disagree with the HTTP one.
// Docs: https://developer.bigcommerce.com/docs/start/about/status-codes (seed 001: extra 409 information
// "may be available in the details section").
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { textOf } from './textOf.js';

/**
 * BigCommerce REST v2: a non-empty JSON array of `{status, message, details?}`. The first message is
 * the title; later messages, and string members of `details`, become form errors. The inner
 * `status` is ignored (the HTTP status is authoritative).
 *
 * @example
 * ```ts
 * toProblem({ status: 400, body: '[{"status":400,"message":"The field \'type\' is invalid."}]' });
 * // dialect 'bigcommerce-v2', title "The field 'type' is invalid."
 * ```
 */
export const bigCommerceV2: Dialect = {
  name: 'bigcommerce-v2',
  read(body) {
    if (!Array.isArray(body) || !body.length || !body.every((item) => typeof item?.message === 'string')) {
      return undefined;
    }
    let title: string | undefined;
    const formErrors: string[] = [];
    for (const { message, details } of body as ReadonlyArray<Readonly<Record<string, unknown>>>) {
      for (const value of [message, ...(isRecord(details) ? Object.values(details) : [details])]) {
        const text = textOf(value);
        if (text === undefined) continue;
        if (title === undefined) title = text;
        else formErrors.push(text);
      }
    }
    return { title, formErrors };
  },
};
