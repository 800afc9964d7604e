import type { WriterInput } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonPointer } from './jsonPointer.js';
import { type JsonRecord, jsonRecord } from './jsonRecord.js';

/**
 * RFC 9457 §3's `errors` list: one `{ detail, pointer }` per field message (pointers in URI-fragment form,
 * `#/items/0/sku`, for native keys), then one `{ detail }` without a pointer per form-level message.
 */
export function rfc9457Errors(input: WriterInput): JsonRecord[] {
  return [
    ...input.fields.flatMap((field) =>
      field.messages.map((message) =>
        jsonRecord([
          ['detail', message],
          ['pointer', fieldKey(input, field, (segments) => jsonPointer(segments, '#'))],
        ]),
      ),
    ),
    ...input.formErrors.map((message) => jsonRecord([['detail', message]])),
  ];
}
