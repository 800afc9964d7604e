// Shape: Stripe API errors, https://docs.stripe.com/api/errors: `{"error": {"type": "card_error" |
// "invalid_request_error" | "api_error" | "idempotency_error", "code"?, "decline_code"?, "message"?, "param"?,
// "doc_url"?, "request_log_url"?}}`, with a `Request-Id: req_…` header (read by toProblem as the trace id).
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { codeOf, textOf } from './textOf.js';

/**
 * Stripe: an `error` object with a string `type`. `message` is the title, `code` the code (the
 * `decline_code` is the detail code of a card decline, kept in `body`), and `param` names the field
 * the message belongs to (`card[exp_month]`, found as `card.exp_month`).
 *
 * @example
 * ```ts
 * toProblem({ status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_invalid_integer',
 *   message: 'Invalid integer: abc', param: 'amount' } } });
 * // dialect 'stripe', code 'parameter_invalid_integer', fieldErrors Map { 'amount' => ['Invalid integer: abc'] }
 * ```
 */
export const stripe: Dialect = {
  name: 'stripe',
  read(body) {
    const error = isRecord(body) ? body.error : undefined;
    if (!isRecord(error) || typeof error.type !== 'string') return undefined;
    const title = textOf(error.message);
    const param = textOf(error.param);
    return { title, code: codeOf(error.code), fieldErrors: param && title ? [[param, [title]]] : undefined };
  },
};
