// Zod behind Hono (https://github.com/honojs/middleware/blob/main/packages/zod-validator/src/index.ts): without a
// hook, `zValidator` answers `c.json(result, 400)` with the failed `safeParse` result. Zod 4's ZodError keeps its
// `issues` non-enumerable, so what reaches the wire is `{"success":false,"error":{"name":"ZodError","message":
// "<JSON.stringify(issues, null, 2)>"}}`, the issues as JSON text inside a JSON string. A field message is a
// `custom` issue (the code `.refine()` gives, the only one that fits any message) whose `path` names the field,
// indexes as numbers as Zod writes them; a form message is an issue about the whole input, `path: []`, after the
// field issues because an object's refinements run once its shape has been checked. Zod has no title, detail or
// code: with no other message, the detail (else the title, else the reason phrase) is one whole-input issue, so
// the person still sees the words. The trace id stays in `X-Request-Id`, Hono's `requestId()` header.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { isIndex } from './isIndex.js';
import { jsonRecord } from './jsonRecord.js';

/** Hono zValidator's answer for a failed Zod 4 parse. */
export const writeZod: DialectWriter = (input) => {
  const issue = (path: readonly (string | number)[], message: string) =>
    jsonRecord([
      ['code', 'custom'],
      ['path', [...path]],
      ['message', message],
    ]);
  const fieldIssues = input.fields.flatMap((field) =>
    field.messages.map((message) =>
      issue(
        field.segments.map((segment) => (isIndex(segment) ? Number(segment) : segment)),
        message,
      ),
    ),
  );
  const messages =
    fieldIssues.length > 0 || input.formErrors.length > 0
      ? input.formErrors
      : [input.detail ?? input.title ?? reasonPhrase(input.status)];
  const issues = [...fieldIssues, ...messages.map((message) => issue([], message))];
  return {
    contentType: 'application/json',
    json: jsonRecord([
      ['success', false],
      [
        'error',
        jsonRecord([
          ['name', 'ZodError'],
          ['message', JSON.stringify(issues, null, 2)],
        ]),
      ],
    ]),
  };
};
