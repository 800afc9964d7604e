// BigCommerce REST v3 (research/formats.md §1; bigcommerce/docs `reference/*.v3.yml` schemas `error_Base`,
// `errorResponse_422`, `DetailedErrors`): `{status, title, type, detail?, code?, errors?}` as application/json.
// `errors` maps a dot/index path (`items.0.sku`) to ONE string, so several messages are joined with a space;
// a body with only form-level messages uses the documented array form (`"errors":["bar"]`, pages.v3.yml);
// with field errors too, they become the `detail` when there is none. 413, 429 and 504 carry the documented
// empty `"errors":{}`. Default titles are the documented ones where a generic one exists.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';

/** The absolute `type` BigCommerce v3 bodies carry (some endpoints send the relative `/api-docs/…` form). */
export const bigCommerceStatusCodesType = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

const titles: ReadonlyMap<number, string> = new Map([
  [400, 'Input is invalid'], // reference/carts.v3.yml
  [401, 'Unauthorized - the v3 Auth client ID or token in the request are not a valid combination for this store.'], // webhooks.v3.yml
  [403, 'Unauthorized Access. You do not have permission to make this request.'], // sites.v3.yml
  [413, 'The request payload is too large.'], // products batch (which adds the array limit)
  [422, 'JSON data is missing or invalid'], // webhooks.v3.yml, abandoned_carts.v3.yml
  [429, 'Too many requests'], // customers validate-credentials
]);

/** Statuses whose documented examples carry an empty `errors` map. */
const emptyErrorsStatuses = new Set([413, 429, 504]);

/** BigCommerce REST v3 error body. */
export const writeBigCommerceV3: DialectWriter = (input) => {
  const fieldMap =
    input.fields.length > 0
      ? jsonRecord(
          mergeMessages(
            input.fields.map((field) => [fieldKey(input, field, (segments) => segments.join('.')), field.messages]),
          ).map(([key, messages]) => [key, messages.join(' ')]),
        )
      : undefined;
  let errors: ReturnType<typeof jsonRecord> | string[] | undefined = fieldMap;
  let detail = input.detail;
  if (fieldMap === undefined && input.formErrors.length > 0) errors = [...input.formErrors];
  else if (fieldMap !== undefined && input.formErrors.length > 0) detail ??= input.formErrors.join(' ');
  if (errors === undefined && emptyErrorsStatuses.has(input.status)) errors = jsonRecord();
  return {
    contentType: 'application/json',
    json: jsonRecord([
      ['status', input.status],
      ['title', input.title ?? titles.get(input.status) ?? reasonPhrase(input.status)],
      ['type', input.type ?? bigCommerceStatusCodesType],
      ['detail', detail],
      ['code', input.code],
      ['errors', errors],
    ]),
  };
};
