// Spring Framework 6+ `ProblemDetail` (research/formats.md §7): `{"type":"about:blank","title":"Bad Request",
// "status":400,"detail":"Invalid request content.","instance":"/path"}` as application/problem+json; the title
// is the status's reason phrase and `instance` the request path. The default body for
// MethodArgumentNotValidException names no fields ("Invalid request content."); apps that add them use many
// shapes, so field and form errors are written the RFC 9457 way (`errors: [{ detail, pointer }]`).
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { jsonRecord } from './jsonRecord.js';
import { requestPath } from './requestPath.js';
import { rfc9457Errors } from './rfc9457Errors.js';

/** Spring `ProblemDetail`. */
export const writeSpring: DialectWriter = (input) => {
  const validation = input.fields.length > 0 || input.formErrors.length > 0;
  const errors = rfc9457Errors(input);
  return {
    contentType: 'application/problem+json',
    json: jsonRecord([
      ['type', input.type ?? 'about:blank'],
      ['title', input.title ?? reasonPhrase(input.status)],
      ['status', input.status],
      ['detail', input.detail ?? (validation && input.status === 400 ? 'Invalid request content.' : undefined)],
      ['instance', input.instance ?? requestPath(input.request)],
      ['code', input.code],
      ['errors', errors.length > 0 ? errors : undefined],
    ]),
  };
};
