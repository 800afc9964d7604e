// Shape: Spring Boot's error attributes (the "whitelabel" JSON),
// https://docs.spring.io/spring-boot/api/java/org/springframework/boot/web/servlet/error/DefaultErrorAttributes.html:
// `{"timestamp": "…", "status": 404, "error": "Not Found", "path": "/…", "message"?: "…", "errors"?: [FieldError…],
// "requestId"?: "…" (WebFlux)}`; binding errors serialise `{"field", "defaultMessage", "objectName", …}`
// (server.error.include-binding-errors). Spring Framework 6's `ProblemDetail`
// (https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html) is RFC 9457.
import { collectItems, errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { readProblem } from './rfc9457.js';
import { textOf } from './textOf.js';

/**
 * Spring: the Boot error body (`timestamp`, `error`, `path`): `message` (unless empty or "No
 * message available") is the title, else `error`; binding errors with a `field` become field errors,
 * object errors form errors; WebFlux's `requestId` is the trace id. Used on its own (in a custom
 * dialect list), it also reads Spring 6 `ProblemDetail` bodies, which the default list reads as
 * `rfc9457` first.
 *
 * @example
 * ```ts
 * toProblem({ status: 404, body: { timestamp: '2026-11-23T09:00:00Z', status: 404, error: 'Not Found', path: '/api/x' } });
 * // dialect 'spring', title 'Not Found'
 * ```
 */
export const spring: Dialect = {
  name: 'spring',
  read(body) {
    if (!isRecord(body)) return undefined;
    const { error, errors, title } = body;
    if (typeof error === 'string' && body.timestamp !== undefined && typeof body.path === 'string') {
      // "No message available" is what Spring Boot writes when there is no message to show
      // (`server.error.include-message=never`).
      const message = textOf(body.message);
      const reading = {
        title: message !== undefined && message !== 'No message available' ? message : textOf(error),
        traceId: textOf(body.requestId),
      };
      return collectItems(
        Array.isArray(errors) ? errors : [],
        errorSink(reading),
        ['defaultMessage', 'message'],
        ['field'],
      );
    }
    return typeof title === 'string' && (typeof body.type === 'string' || typeof body.status === 'number')
      ? readProblem(body)
      : undefined;
  },
};
