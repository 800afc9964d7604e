// Shopify Admin REST (https://shopify.dev/docs/api/admin-rest#status_and_error_codes, research/formats.md §7):
// 422 `{"errors":{"title":["can't be blank"]}}` (record-level messages under `base`), other errors a string,
// `{"errors":"Not Found"}` (the detail, else the title, else the reason phrase). Shopify's 429 carries
// `Retry-After: 2.0` (a decimal), written by the timing headers. A map has no room for a title or detail.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';

/** Shopify Admin REST error body. */
export const writeShopify: DialectWriter = (input) => {
  const hasMap = input.fields.length > 0 || input.formErrors.length > 0;
  const errors = hasMap
    ? jsonRecord(
        mergeMessages([
          ...(input.formErrors.length > 0 ? [['base', input.formErrors] as const] : []),
          ...input.fields.map(
            (field) => [fieldKey(input, field, (segments) => segments.join('.')), field.messages] as const,
          ),
        ]),
      )
    : (input.detail ?? input.title ?? reasonPhrase(input.status));
  return { contentType: 'application/json; charset=utf-8', json: jsonRecord([['errors', errors]]) };
};
