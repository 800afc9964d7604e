// Django REST framework (research/formats.md §7; encode/django-rest-framework `rest_framework/exceptions.py`):
// a ValidationError sends a BARE map (`{"email":["Enter a valid email address."],"non_field_errors":["…"]}`,
// nested for child serializers); every other APIException sends `{"detail":"…"}` with DRF's default wording
// per status, e.g. `Method "PATCH" not allowed.` and "Request was throttled. Expected available in 56 seconds."
// (which pairs with `Retry-After: 56`). A bare map has no room for a title or detail.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter, WriterInput } from './DialectWriter.js';
import { drfErrors } from './drfErrors.js';
import { jsonRecord } from './jsonRecord.js';

/** DRF's `default_detail` for the exception a status comes from. */
function defaultDetail(input: WriterInput): string {
  switch (input.status) {
    case 400:
      return 'Malformed request.';
    case 401:
      return 'Authentication credentials were not provided.';
    case 403:
      return 'You do not have permission to perform this action.';
    case 404:
      return 'Not found.';
    case 405:
      return `Method "${(input.request?.method ?? 'GET').toUpperCase()}" not allowed.`;
    case 406:
      return 'Could not satisfy the request Accept header.';
    case 415:
      return 'Unsupported media type "text/plain" in request.';
    case 429: {
      const wait = input.retryAfterSeconds;
      if (wait === undefined) return 'Request was throttled.';
      return `Request was throttled. Expected available in ${wait} ${wait > 1 ? 'seconds' : 'second'}.`;
    }
    case 500:
      return 'A server error occurred.';
    default:
      return reasonPhrase(input.status);
  }
}

/** DRF JSON error body. */
export const writeDrf: DialectWriter = (input) => ({
  contentType: 'application/json',
  json:
    input.fields.length > 0 || input.formErrors.length > 0
      ? drfErrors(input)
      : jsonRecord([['detail', input.detail ?? input.title ?? defaultDetail(input)]]),
});
