// RFC 7807 §3's example (https://www.rfc-editor.org/rfc/rfc7807#section-3): validation problems list
// `"invalid-params": [{ "name": "age", "reason": "must be a positive integer" }]`, still common in the wild
// (research/formats.md §6). The form has no form-level list: form errors become the `detail` when there is none.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonRecord } from './jsonRecord.js';

/** RFC 7807 problem details with `invalid-params`. */
export const writeRfc7807: DialectWriter = (input) => {
  const params = input.fields.flatMap((field) =>
    field.messages.map((reason) =>
      jsonRecord([
        ['name', fieldKey(input, field, (segments) => segments.join('.'))],
        ['reason', reason],
      ]),
    ),
  );
  const detail = input.detail ?? (input.formErrors.length > 0 ? input.formErrors.join(' ') : undefined);
  return {
    contentType: 'application/problem+json',
    json: jsonRecord([
      ['type', input.type],
      ['title', input.title ?? reasonPhrase(input.status)],
      ['status', input.status],
      ['detail', detail],
      ['instance', input.instance],
      ['code', input.code],
      ['invalid-params', params.length > 0 ? params : undefined],
    ]),
  };
};
