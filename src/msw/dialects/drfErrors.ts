import type { WriterInput } from './DialectWriter.js';
import { type JsonRecord, jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';
import { nestFieldErrors } from './nestFieldErrors.js';

/**
 * A Django REST framework validation map: nested the way DRF nests serializers for native keys, flat
 * (`{"items.0.sku": […]}`) for keys as written; form-level messages under `non_field_errors`.
 */
export function drfErrors(input: WriterInput): JsonRecord {
  if (input.native) return nestFieldErrors(input.fields, input.formErrors);
  return jsonRecord([
    ...mergeMessages(input.fields.map((field) => [field.key, field.messages])),
    ['non_field_errors', input.formErrors.length > 0 ? [...input.formErrors] : undefined],
  ]);
}
