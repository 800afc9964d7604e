import type { WriterInput } from './DialectWriter.js';
import { drfErrors } from './drfErrors.js';
import { type JsonRecord, jsonRecord } from './jsonRecord.js';

/**
 * `data` of a B2B Edition v3 error envelope: `{ errMsg: <detail> }`, or with field or form errors
 * `{ errMsg: <DRF-style map> }`, or `{}` when there is nothing to say.
 */
export function b2bErrorData(input: WriterInput): JsonRecord {
  if (input.fields.length > 0 || input.formErrors.length > 0) return jsonRecord([['errMsg', drfErrors(input)]]);
  return jsonRecord([['errMsg', input.detail]]);
}
