// RFC 9457 "Problem Details for HTTP APIs" (https://www.rfc-editor.org/rfc/rfc9457, text in
// ietf-wg-httpapi/rfc7807bis draft-07): members type, title, status, detail, instance, plus extensions;
// §3's validation example carries `errors: [{ detail, pointer: "#/age" }]` (URI-fragment JSON Pointers).
// Form-level messages are `errors[]` members without a pointer. research/formats.md §6.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { jsonRecord } from './jsonRecord.js';
import { rfc9457Errors } from './rfc9457Errors.js';

/** RFC 9457 problem details with `errors[].pointer`. */
export const writeRfc9457: DialectWriter = (input) => {
  const errors = rfc9457Errors(input);
  return {
    contentType: 'application/problem+json',
    json: jsonRecord([
      ['type', input.type],
      ['title', input.title ?? reasonPhrase(input.status)],
      ['status', input.status],
      ['detail', input.detail],
      ['instance', input.instance],
      ['code', input.code],
      ['errors', errors.length > 0 ? errors : undefined],
    ]),
  };
};
