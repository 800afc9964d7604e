// BigCommerce REST v2 (research/formats.md §2; bigcommerce/docs `reference/orders.v2.oas2.yml` `404_Resp`):
// the body is a JSON ARRAY of `{status, message}`; the PHP client reads `[0].message`. A live 400 reads
// `[{"status":400,"message":"The field 'type' is invalid."}]` (bigcommerce-api-php #158). v2 bodies name no
// fields, so the title, the detail, the form errors and each field message become one entry each, in that order.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { jsonRecord } from './jsonRecord.js';

/** BigCommerce REST v2 error array. */
export const writeBigCommerceV2: DialectWriter = (input) => {
  const messages = [
    ...(input.title === undefined ? [] : [input.title]),
    ...(input.detail === undefined ? [] : [input.detail]),
    ...input.formErrors,
    ...input.fields.flatMap((field) => field.messages),
  ];
  if (messages.length === 0) messages.push(reasonPhrase(input.status));
  return {
    contentType: 'application/json',
    json: messages.map((message) =>
      jsonRecord([
        ['status', input.status],
        ['message', message],
      ]),
    ),
  };
};
