// BigCommerce B2B Edition v3 envelope (research/formats.md §4; bigcommerce/docs `docs/b2b-edition/specs/api-v3`,
// `about/index.mdx`): `{"code": <int>, "data": {…}, "meta": {"message": "<text>"}}`. `code` defaults to the HTTP
// status (documented examples also carry codes such as 40010; pass `code`). `data.errMsg` is the detail as a
// string (`{"errMsg":"Invoice does not exist"}`), or, with field errors, a DRF-style map of string[]
// (`{"errMsg":{"last_name":["This field may not be null."]}}`) with form-level messages under
// `non_field_errors`; native keys nest like DRF (`{"roles":{"0":[…]}}`, `{"items":[{}, {"sku":[…]}]}`).
// With field errors the detail has no place in the envelope and is left out.

import { b2bErrorData } from './b2bErrorData.js';
import { b2bMessage } from './b2bMessage.js';
import type { DialectWriter } from './DialectWriter.js';
import { jsonRecord } from './jsonRecord.js';

/** B2B Edition v3 envelope. */
export const writeB2bEdition: DialectWriter = (input) => ({
  contentType: 'application/json',
  json: jsonRecord([
    ['code', input.code ?? input.status],
    ['data', b2bErrorData(input)],
    ['meta', jsonRecord([['message', input.title ?? b2bMessage(input.status)]])],
  ]),
});
