// Spring Boot's error body before ProblemDetail (`DefaultErrorAttributes`, research/formats.md §7):
// `{"timestamp":"…","status":404,"error":"Not Found","path":"/…"}`; `message` only when the app includes it
// (written here from `detail`). With `server.error.include-binding-errors`, Boot adds the binding errors as
// `errors: [{ field, defaultMessage, … }]`; they are written trimmed to `field`, `defaultMessage` and, for
// object-level errors, `objectName`.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { isIndex } from './isIndex.js';
import { jsonRecord } from './jsonRecord.js';
import { requestPath } from './requestPath.js';

/** `['items', '0', 'sku']` → `items[0].sku`, Spring's property-path notation. */
function propertyPath(segments: readonly string[]): string {
  return segments.reduce((path, segment) => {
    if (isIndex(segment)) return `${path}[${segment}]`;
    return path === '' ? segment : `${path}.${segment}`;
  }, '');
}

/** Spring Boot's `DefaultErrorAttributes` body. */
export const writeSpringBoot: DialectWriter = (input) => {
  const errors = [
    ...input.fields.flatMap((field) =>
      field.messages.map((message) =>
        jsonRecord([
          ['field', fieldKey(input, field, propertyPath)],
          ['defaultMessage', message],
        ]),
      ),
    ),
    ...input.formErrors.map((message) =>
      jsonRecord([
        ['objectName', 'request'],
        ['defaultMessage', message],
      ]),
    ),
  ];
  return {
    contentType: 'application/json',
    json: jsonRecord([
      ['timestamp', new Date(input.nowMs).toISOString()],
      ['status', input.status],
      ['error', input.title ?? reasonPhrase(input.status)],
      ['message', input.detail],
      ['errors', errors.length > 0 ? errors : undefined],
      ['path', input.instance ?? requestPath(input.request) ?? '/'],
    ]),
  };
};
