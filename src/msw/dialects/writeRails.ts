// Ruby on Rails (research/formats.md §7): the scaffold's `render json: @model.errors, status: :unprocessable_entity`
// sends a BARE map `{"title":["can't be blank"]}`; record-level messages live under `base`; nested attributes with
// `index_errors` are keyed `items[0].sku`. Other errors are ActionDispatch::PublicExceptions' JSON,
// `{"status":404,"error":"Not Found"}` (written with the detail, else the title, else the reason phrase).
// A bare map has no room for a title or detail: with field errors they are left out.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { isIndex } from './isIndex.js';
import { jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';

/** `['items', '0', 'sku']` → `items[0].sku` (ActiveRecord `index_errors`). */
function railsKey(segments: readonly string[]): string {
  return segments.reduce((key, segment) => {
    if (isIndex(segment)) return `${key}[${segment}]`;
    return key === '' ? segment : `${key}.${segment}`;
  }, '');
}

/** Rails JSON error body. */
export const writeRails: DialectWriter = (input) => {
  if (input.fields.length === 0 && input.formErrors.length === 0) {
    return {
      contentType: 'application/json',
      json: jsonRecord([
        ['status', input.status],
        ['error', input.detail ?? input.title ?? reasonPhrase(input.status)],
      ]),
    };
  }
  return {
    contentType: 'application/json',
    json: jsonRecord(
      mergeMessages([
        ...(input.formErrors.length > 0 ? [['base', input.formErrors] as const] : []),
        ...input.fields.map((field) => [fieldKey(input, field, railsKey), field.messages] as const),
      ]),
    ),
  };
};
