import type { DialectReading } from './Dialect.js';
import { codeOf, textOf } from './textOf.js';

/**
 * The RFC 9457 members of a problem object (https://www.rfc-editor.org/rfc/rfc9457#section-3.1):
 * `title`, `detail`, `type`, `instance`, plus the common extensions `code` and a trace id (`traceId`
 * from ASP.NET, else `trace_id`, `requestId`, `request_id`). A member of the wrong type is ignored
 * (RFC 9457 §3.1: "If a member's value type does not match the specified type, the member MUST be
 * ignored"), so a Rails-style `"title": ["can't be blank"]` is never read as a title.
 *
 * @example
 * ```ts
 * problemMembers({ title: 'Not Found', status: 404, detail: 'No such invoice.', traceId: '00-ab-cd-00' });
 * // { title: 'Not Found', detail: 'No such invoice.', traceId: '00-ab-cd-00', … }
 * ```
 */
export function problemMembers(body: Readonly<Record<string, unknown>>): DialectReading {
  return {
    title: textOf(body.title),
    detail: textOf(body.detail),
    type: textOf(body.type),
    instance: textOf(body.instance),
    code: codeOf(body.code),
    // Spelled out rather than looked up by a list of names: this runs for every problem body, and fixed property
    // reads are several times faster than reads by a variable name.
    traceId: textOf(body.traceId) ?? textOf(body.trace_id) ?? textOf(body.requestId) ?? textOf(body.request_id),
    // Present from the start, so that `errorSink` fills them in place instead of growing the object: the problem
    // dialects turn this reading into a sink for nearly every body.
    fieldErrors: undefined,
    formErrors: undefined,
  };
}
