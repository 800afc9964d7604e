// Shape: RFC 9457 "Problem Details for HTTP APIs", https://www.rfc-editor.org/rfc/rfc9457 (obsoletes RFC 7807),
// text in github.com/ietf-wg-httpapi/rfc7807bis draft-07. Members §3.1; the §3 validation example
// `"errors": [{"detail": "…", "pointer": "#/age"}]`; RFC 7807 §3's `"invalid-params": [{"name", "reason"}]`
// (https://www.rfc-editor.org/rfc/rfc7807#section-3); Zalando problem's `"violations": [{"field", "message"}]`
// (https://github.com/zalando/problem-spring-web). Spring Framework 6's `ProblemDetail`
// (https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html) is this shape.
import { collectErrors, collectItems, errorSink } from './collectErrors.js';
import type { Dialect, DialectReading } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { problemMembers } from './problemMembers.js';
import { textOf } from './textOf.js';

/**
 * RFC 9457 / RFC 7807 problem details: recognised by the `application/problem+json` media type, a
 * string `type`, or a string `title` with a numeric `status` or a string `detail`. Reads the standard
 * members, a trace id extension, and field errors from `errors` (an array of `{pointer|field|name|
 * parameter, detail|message|reason}`, items without a pointer becoming form errors, or a map of
 * string / string[]), `invalid-params` / `invalid_params` (`{name, reason}`) and `violations`.
 *
 * @example
 * ```ts
 * toProblem({ status: 422, headers: { 'Content-Type': 'application/problem+json' },
 *   body: '{"title":"Your request is not valid.","errors":[{"detail":"must be a positive integer","pointer":"#/age"}]}' });
 * // dialect 'rfc9457', fieldErrors Map { '#/age' => ['must be a positive integer'] }
 * ```
 */
export const rfc9457: Dialect = {
  name: 'rfc9457',
  read: (body, context) =>
    isRecord(body) &&
    (context.mediaType === 'application/problem+json' ||
      typeof body.type === 'string' ||
      (textOf(body.title) !== undefined && (typeof body.status === 'number' || textOf(body.detail) !== undefined)))
      ? readProblem(body)
      : undefined,
};

/**
 * The reading of an RFC 9457 object, without deciding whether it is one. ASP.NET and Spring reuse it.
 * Field errors come from `errors` as a map, or as lists of `{pointer|field|name|parameter|source.pointer,
 * detail|message|reason|title}` (plain strings and items without a field are form errors) in `errors`,
 * `invalid-params`, `invalid_params`, `invalidParams` and `violations`.
 *
 * @example
 * ```ts
 * readProblem({ title: 'Bad', 'invalid-params': [{ name: 'age', reason: 'must be positive' }] }).fieldErrors;
 * // [['age', ['must be positive']]]
 * ```
 */
export function readProblem(body: Readonly<Record<string, unknown>>): DialectReading {
  const { errors } = body;
  const sink = errorSink(problemMembers(body));
  if (isRecord(errors)) collectErrors(errors, sink);
  for (const list of [errors, body['invalid-params'], body.invalid_params, body.invalidParams, body.violations]) {
    if (Array.isArray(list)) {
      collectItems(list, sink, ['detail', 'message', 'reason', 'title'], ['pointer', 'field', 'name', 'parameter']);
    }
  }
  return sink;
}
