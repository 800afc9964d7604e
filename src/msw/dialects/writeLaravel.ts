// Laravel (research/formats.md §7; laravel/framework `ValidationException::summarize`, `Handler::prepareJsonResponse`):
// 422 `{"message":"The email field is required. (and 2 more errors)","errors":{"email":["…"],"users.0.email":["…"]}}`
// with dot paths; other errors `{"message":"…"}` with the framework's own wording ("Unauthenticated.",
// "This action is unauthorized.", "CSRF token mismatch.", "Too Many Attempts.", "Server Error").
// Laravel has no form-level list: form errors are counted in the summary message only.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';

const messages: ReadonlyMap<number, string> = new Map([
  [401, 'Unauthenticated.'],
  [403, 'This action is unauthorized.'],
  [419, 'CSRF token mismatch.'],
  [429, 'Too Many Attempts.'],
  [500, 'Server Error'],
]);

/** `ValidationException::summarize`: the first message, plus "(and N more error[s])". */
function summarize(all: readonly string[]): string {
  const [first = 'The given data was invalid.'] = all;
  const more = all.length - 1;
  if (more <= 0) return first;
  return `${first} (and ${more} more ${more === 1 ? 'error' : 'errors'})`;
}

/** Laravel JSON error body. */
export const writeLaravel: DialectWriter = (input) => {
  if (input.fields.length === 0 && input.formErrors.length === 0) {
    return {
      contentType: 'application/json',
      json: jsonRecord([
        ['message', input.detail ?? input.title ?? messages.get(input.status) ?? reasonPhrase(input.status)],
      ]),
    };
  }
  const all = [...input.fields.flatMap((field) => field.messages), ...input.formErrors];
  const errors = jsonRecord(
    mergeMessages(
      input.fields.map((field) => [fieldKey(input, field, (segments) => segments.join('.')), field.messages]),
    ),
  );
  return {
    contentType: 'application/json',
    json: jsonRecord([
      ['message', input.title ?? summarize(all)],
      ['errors', input.fields.length > 0 ? errors : undefined],
    ]),
  };
};
