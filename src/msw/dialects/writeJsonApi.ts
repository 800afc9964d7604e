// JSON:API 1.1 error objects (https://jsonapi.org/format/#error-objects, research/formats.md §7):
// `{"errors":[{"status":"422","code"?,"title","detail","source":{"pointer":"/data/attributes/firstName"}}]}` as
// application/vnd.api+json; `status` is a STRING. One error object per field message (native keys become
// `/data/attributes/…` pointers), one without `source` per form-level message, and a leading general one
// carrying the detail when there are field or form errors too. A `type` URI goes in `links.type` (1.1).
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter, WriterInput } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonPointer } from './jsonPointer.js';
import { type JsonRecord, jsonRecord } from './jsonRecord.js';

function errorObject(input: WriterInput, detail: string | undefined, pointer?: string): JsonRecord {
  return jsonRecord([
    ['status', String(input.status)],
    ['code', input.code === undefined ? undefined : String(input.code)],
    ['links', input.type === undefined ? undefined : jsonRecord([['type', input.type]])],
    ['title', input.title ?? reasonPhrase(input.status)],
    ['detail', detail],
    ['source', pointer === undefined ? undefined : jsonRecord([['pointer', pointer]])],
  ]);
}

/** JSON:API `errors` document. */
export const writeJsonApi: DialectWriter = (input) => {
  const fieldObjects = input.fields.flatMap((field) =>
    field.messages.map((message) =>
      errorObject(
        input,
        message,
        fieldKey(input, field, (segments) => jsonPointer(segments, '/data/attributes')),
      ),
    ),
  );
  const formObjects = input.formErrors.map((message) => errorObject(input, message));
  const specific = [...fieldObjects, ...formObjects];
  const errors =
    specific.length === 0
      ? [errorObject(input, input.detail)]
      : [...(input.detail === undefined ? [] : [errorObject(input, input.detail)]), ...specific];
  return { contentType: 'application/vnd.api+json', json: jsonRecord([['errors', errors]]) };
};
