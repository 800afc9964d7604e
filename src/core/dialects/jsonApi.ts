// Shape: JSON:API 1.1 error objects, https://jsonapi.org/format/#error-objects: `{"errors": [{"id"?, "status": "422"
// (a string), "code"?, "title"?, "detail"?, "source"?: {"pointer": "/data/attributes/firstName" | "parameter":
// "page[size]" | "header": "…"}, "links"?, "meta"?}]}`, media type `application/vnd.api+json`. A pointer of "" or
// "/data" refers to the whole document.
import { errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { codeOf, firstText, textOf } from './textOf.js';

/**
 * JSON:API: `errors` is a list of error objects and either the media type is
 * `application/vnd.api+json` or an error has a `source` object or a string `status`. The first
 * error gives the title (and, when it names no field, the detail); errors with `source.pointer` or
 * `source.parameter` become field errors under the server's spelling (`/data/attributes/firstName`,
 * which `findFieldErrors` finds as `firstName`); later errors that name no field (or the whole
 * document, `""` or `/data`) become form errors.
 *
 * @example
 * ```ts
 * toProblem({ status: 422, headers: { 'Content-Type': 'application/vnd.api+json' }, body: { errors: [
 *   { status: '422', title: 'Invalid Attribute', detail: 'First name must contain at least two characters.',
 *     source: { pointer: '/data/attributes/firstName' } }] } });
 * // dialect 'json-api', findFieldErrors(problem, 'firstName') → ['First name must contain at least two characters.']
 * ```
 */
export const jsonApi: Dialect = {
  name: 'json-api',
  read(body, context) {
    const errors = isRecord(body) ? body.errors : undefined;
    const isJsonApi =
      Array.isArray(errors) &&
      errors.length > 0 &&
      (context.mediaType === 'application/vnd.api+json' ||
        errors.some((item) => isRecord(item) && (isRecord(item.source) || typeof item.status === 'string')));
    if (!isJsonApi) return undefined;
    const sink = errorSink();
    for (const item of errors) {
      if (!isRecord(item)) continue;
      const title = textOf(item.title);
      const detail = textOf(item.detail);
      const message = detail ?? title;
      const pointer = firstText(item.source, ['pointer']);
      const key = pointer === undefined || pointer === '/data' ? firstText(item.source, ['parameter']) : pointer;
      sink.code ??= codeOf(item.code);
      if (key !== undefined && message !== undefined) {
        sink.fieldErrors.push([key, [message]]);
        sink.title ??= title;
      } else if (sink.detail === undefined && sink.title === undefined) {
        sink.title = title ?? detail;
        if (title !== undefined) sink.detail = detail;
      } else if (message !== undefined) {
        sink.formErrors.push(message);
      }
    }
    return sink;
  },
};
