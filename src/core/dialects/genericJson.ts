// Shape: the ad-hoc JSON errors most APIs send when they follow no standard, in the order research/formats.md §9.3
// looks for a message: `{"message": "…"}` (Laravel 419, Express, many), `{"error": "…"}`, OAuth 2.0
// `{"error": "invalid_token", "error_description": "…"}` (https://www.rfc-editor.org/rfc/rfc6749#section-5.2,
// https://www.rfc-editor.org/rfc/rfc6750#section-3), Google-style `{"error": {"code", "message", "status"}}`
// (https://cloud.google.com/apis/design/errors#http_mapping), a bare `{"title": "…"}`, and an `errors` list of
// `{field, message}` items (express-validator's `{msg, path}`, Joi's `details`).
import { collectErrors, collectItems, errorSink } from './collectErrors.js';
import type { Dialect, DialectReading } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { codeOf, firstText, textOf } from './textOf.js';

/**
 * The fallback for any JSON value no other dialect claimed. For an object, the title is
 * `error_description` (with the OAuth `error` as the code), else `message`, `error` (a string, or
 * an object's `message`), `title`; `detail` is kept; `traceId`/`requestId`/`request_id` give the
 * trace id; an `errors` map or list is read as field and form errors. Other values read nothing.
 *
 * @example
 * ```ts
 * toProblem({ status: 401, body: { error: 'invalid_token', error_description: 'The access token expired' } });
 * // dialect 'json', title 'The access token expired', code 'invalid_token'
 * ```
 */
export const genericJson: Dialect = {
  name: 'json',
  read(body) {
    if (body === undefined || typeof body === 'string') return undefined;
    if (!isRecord(body)) return {};
    const { error, errors } = body;
    const description = textOf(body.error_description);
    const reading: DialectReading = {
      title:
        description ?? firstText(body, ['message', 'error']) ?? firstText(error, ['message']) ?? textOf(body.title),
      detail: textOf(body.detail),
      code:
        description !== undefined
          ? textOf(error)
          : (codeOf(body.code) ?? (isRecord(error) ? (codeOf(error.status) ?? codeOf(error.code)) : undefined)),
      traceId: firstText(body, ['traceId', 'requestId', 'request_id']),
    };
    // Joi (https://joi.dev/api/#validationerror) serialises as `{"_original": …, "details": [{message, path}]}`;
    // apps also send those details as `{"error": [...]}`.
    const list = [errors, body.details, error].find(Array.isArray);
    if (list) {
      // express-validator (https://express-validator.github.io/docs/api/validation-result/): `msg` with `path` (v7)
      // or `param` (v6).
      return collectItems(
        list,
        errorSink(reading),
        ['message', 'msg', 'detail', 'title'],
        ['field', 'path', 'param', 'name'],
      );
    }
    return isRecord(errors) ? collectErrors(errors, errorSink(reading)) : reading;
  },
};
