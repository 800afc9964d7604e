// Shape: NestJS built-in HTTP exceptions, https://docs.nestjs.com/exception-filters#built-in-http-exceptions:
// `{"statusCode": 400, "message": "…" | ["…", …], "error": "Bad Request"}`; ValidationPipe puts one class-validator
// message per failed constraint in the `message` array (https://docs.nestjs.com/techniques/validation).
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { textOf } from './textOf.js';

/**
 * NestJS: a numeric `statusCode` with a `message` string or list. A string message is the title;
 * with a list, the `error` phrase is the title and each message a form error (class-validator
 * messages name their property in prose, not as a key, so they are not guessed into fields).
 *
 * @example
 * ```ts
 * toProblem({ status: 400, body: { statusCode: 400, message: ['email must be an email'], error: 'Bad Request' } });
 * // dialect 'nestjs', title 'Bad Request', formErrors ['email must be an email']
 * ```
 */
export const nestJs: Dialect = {
  name: 'nestjs',
  read(body) {
    if (!isRecord(body) || typeof body.statusCode !== 'number') return undefined;
    const { message } = body;
    if (typeof message === 'string') return { title: textOf(message) ?? textOf(body.error) };
    return Array.isArray(message)
      ? { title: textOf(body.error), formErrors: message.filter((item) => typeof item === 'string') }
      : undefined;
  },
};
