// Shape: BigCommerce B2B Edition, github.com/bigcommerce/docs docs/b2b-edition/about/index.mdx (envelopes) and
// docs/b2b-edition/specs/{api-v2/openAPI.yaml, api-v3/**.yaml, storefront/**.yaml} (examples quoted in
// research/formats.md §4): v3 `{"code": <int>, "data": {…}, "meta": {"message": "…"}}`, v2/storefront
// `{"code": <int>, "data": {…}, "message": "…"}`; `code` is often not the HTTP status (40010, 40013, 10012);
// `data.errMsg` as a string, a field map of string[], a list per bulk item, nested index maps (`roles.0`),
// `non_field_errors`, keys with spaces (`user Id`); v2 per-field strings directly in `data`; bulk
// `data.errors: [{"_detail", "id"}]`. The buyer portal shows `data.errMsg || message`
// (github.com/bigcommerce/b2b-buyer-portal apps/storefront/src/pages/AddressList/components/AddressForm.tsx).
// Docs: https://developer.bigcommerce.com/b2b-edition/docs/about/status-codes (seed 000).
import { collectErrors, collectItems, errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { codeOf, firstText, textOf } from './textOf.js';

/**
 * BigCommerce B2B Edition: an object with `code` and `data` plus `meta.message` or `message` (or a
 * `data.errMsg`). The title is `data.errMsg` when it is a string, as the buyer portal shows it, else
 * the envelope message; `code` (40010 …) becomes `code`, never the kind. Field errors come from
 * `data.errMsg` (maps, nested index maps → `roles.0`, lists per bulk item → `1.last_name`,
 * `non_field_errors` → form errors) or, in v2, from per-field strings directly in `data`; bulk
 * `data.errors[]._detail` messages become form errors.
 *
 * @example
 * ```ts
 * toProblem({ status: 422, body: { code: 422, data: { errMsg: { last_name: ['This field may not be null.'] } },
 *   meta: { message: 'Parameter Error' } } });
 * // dialect 'b2b-edition', title 'Parameter Error', code '422', fieldErrors Map { 'last_name' => [...] }
 * ```
 */
export const b2bEdition: Dialect = {
  name: 'b2b-edition',
  read(body) {
    if (!isRecord(body) || body.code === undefined || !('data' in body)) return undefined;
    const { data } = body;
    const message = firstText(body.meta, ['message']) ?? textOf(body.message);
    const errMsg = isRecord(data) ? data.errMsg : undefined;
    if (message === undefined && errMsg === undefined) return undefined;
    const sink = errorSink({ title: textOf(errMsg) ?? message, code: codeOf(body.code) });
    if (errMsg !== undefined) {
      if (typeof errMsg !== 'string') collectErrors(errMsg, sink);
    } else if (isRecord(data)) {
      if (Array.isArray(data.errors)) collectItems(data.errors, sink, ['_detail'], []);
      else collectErrors(data, sink);
    }
    return sink;
  },
};
