// BigCommerce B2B Edition v2 / storefront envelope (research/formats.md §4; bigcommerce/docs
// `docs/b2b-edition/specs/api-v2/openAPI.yaml`): `{"code": <int>, "data": {…}, "message": "<text>"}`. v2 puts
// per-field messages directly in `data`, a string when there is one
// (`{"code":40010,"data":{"address_line_1":"Address not allow None"},"message":"Bad Requests Error"}`) and
// DRF-style lists otherwise (`{"payments":[{"isEnabled":["This field is required."]}]}` for native keys);
// form-level messages go under `non_field_errors`. Without field errors, `data.errMsg` carries the detail.

import { b2bMessage } from './b2bMessage.js';
import type { DialectWriter } from './DialectWriter.js';
import { jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';
import { nestFieldErrors } from './nestFieldErrors.js';

/** B2B Edition v2 envelope. */
export const writeB2bEditionV2: DialectWriter = (input) => {
  let data: ReturnType<typeof jsonRecord>;
  if (input.fields.length === 0 && input.formErrors.length === 0) {
    data = jsonRecord([['errMsg', input.detail]]);
  } else if (input.native) {
    data = nestFieldErrors(input.fields, input.formErrors);
  } else {
    data = jsonRecord([
      ...mergeMessages(input.fields.map((field) => [field.key, field.messages])).map(
        ([key, messages]) => [key, messages.length === 1 ? messages[0] : messages] as const,
      ),
      ['non_field_errors', input.formErrors.length > 0 ? [...input.formErrors] : undefined],
    ]);
  }
  return {
    contentType: 'application/json',
    json: jsonRecord([
      ['code', input.code ?? input.status],
      ['data', data],
      ['message', input.title ?? b2bMessage(input.status)],
    ]),
  };
};
