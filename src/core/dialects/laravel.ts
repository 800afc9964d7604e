// Shape: Laravel validation errors, https://laravel.com/docs/12.x/validation#validation-error-response-format:
// 422 `{"message": "The team name must be a string. (and 4 more errors)", "errors": {"team_name": ["…"],
// "authorization.role": ["…"], "users.0.email": ["…"]}}` (nested fields in dot notation).
import { collectErrors, errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { textOf } from './textOf.js';

/**
 * Laravel: a string `message` and an `errors` map (dot-path keys → string[]). The message is the
 * title; every key is a field error (`users.0.email`, found as `users[0].email` too).
 *
 * @example
 * ```ts
 * toProblem({ status: 422, body: { message: 'The email field is required.', errors: { email: ['The email field is required.'] } } });
 * // dialect 'laravel', fieldErrors Map { 'email' => ['The email field is required.'] }
 * ```
 */
export const laravel: Dialect = {
  name: 'laravel',
  read: (body) =>
    isRecord(body) && typeof body.message === 'string' && isRecord(body.errors)
      ? collectErrors(body.errors, errorSink({ title: textOf(body.message) }))
      : undefined,
};
