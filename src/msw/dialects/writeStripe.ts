// Stripe (https://docs.stripe.com/api/errors, research/formats.md §7):
// `{"error":{"type","code"?,"decline_code"?,"message","param"?,"doc_url"?}}` with a `Request-Id: req_…` header;
// a card decline is 402 `card_error`/`card_declined`. Stripe reports ONE error per response: the first field
// message becomes `message` + `param` (native keys in Stripe's `items[0][price]` form); other fields are left
// out. `type` defaults by status: 402 `card_error`, 409 `idempotency_error`, 5xx `api_error`, else
// `invalid_request_error`.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter, WriterInput } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { jsonRecord } from './jsonRecord.js';

function stripeType(status: number): string {
  if (status === 402) return 'card_error';
  if (status === 409) return 'idempotency_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

function defaultCode(status: number): string | undefined {
  if (status === 402) return 'card_declined';
  if (status === 429) return 'rate_limit';
  return undefined;
}

function defaultMessage(input: WriterInput): string {
  if (input.status === 402) return 'Your card was declined.';
  if (input.status === 429) return 'Too many requests hit the API too quickly.';
  return reasonPhrase(input.status);
}

/** `['items', '0', 'price']` → `items[0][price]`. */
function stripeParam(segments: readonly string[]): string {
  const [first = '', ...rest] = segments;
  return first + rest.map((segment) => `[${segment}]`).join('');
}

/** Stripe error body. */
export const writeStripe: DialectWriter = (input) => {
  const field = input.fields.find((entry) => entry.messages.length > 0);
  const message = field?.messages[0] ?? input.detail ?? input.title ?? input.formErrors[0] ?? defaultMessage(input);
  return {
    contentType: 'application/json',
    traceIdHeader: 'Request-Id',
    json: jsonRecord([
      [
        'error',
        jsonRecord([
          ['type', input.type ?? stripeType(input.status)],
          ['code', input.code ?? defaultCode(input.status)],
          ['message', message],
          ['param', field === undefined ? undefined : fieldKey(input, field, stripeParam)],
        ]),
      ],
    ]),
  };
};
