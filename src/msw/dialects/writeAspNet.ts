// ASP.NET Core ProblemDetails / ValidationProblemDetails (research/formats.md §5, seed 004):
// - defaults per status from dotnet/aspnetcore `src/Shared/ProblemDetails/ProblemDetailsDefaults.cs` (.NET 8:
//   RFC 9110 links; 500's title is "An error occurred while processing your request."); other statuses get no
//   default there, so the reason phrase stands in;
// - `DefaultProblemDetailsFactory`: validation title "One or more validation errors occurred.", `errors` keyed by
//   PascalCase property paths with brackets for indexes (`Items[0].Sku`), model-level messages under `""`,
//   `traceId` extension (W3C `00-<32hex>-<16hex>-00`) after `errors`;
// - content type `application/problem+json; charset=utf-8`.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { fieldKey } from './fieldKey.js';
import { isIndex } from './isIndex.js';
import { jsonRecord } from './jsonRecord.js';
import { mergeMessages } from './mergeMessages.js';

const rfc9110 = 'https://tools.ietf.org/html/rfc9110#section-';
const defaults: ReadonlyMap<number, readonly [type: string, title: string]> = new Map([
  [400, [`${rfc9110}15.5.1`, 'Bad Request']],
  [401, [`${rfc9110}15.5.2`, 'Unauthorized']],
  [403, [`${rfc9110}15.5.4`, 'Forbidden']],
  [404, [`${rfc9110}15.5.5`, 'Not Found']],
  [405, [`${rfc9110}15.5.6`, 'Method Not Allowed']],
  [406, [`${rfc9110}15.5.7`, 'Not Acceptable']],
  [408, [`${rfc9110}15.5.9`, 'Request Timeout']],
  [409, [`${rfc9110}15.5.10`, 'Conflict']],
  [412, [`${rfc9110}15.5.13`, 'Precondition Failed']],
  [415, [`${rfc9110}15.5.16`, 'Unsupported Media Type']],
  [422, ['https://tools.ietf.org/html/rfc4918#section-11.2', 'Unprocessable Entity']],
  [426, [`${rfc9110}15.5.22`, 'Upgrade Required']],
  [500, [`${rfc9110}15.6.1`, 'An error occurred while processing your request.']],
  [502, [`${rfc9110}15.6.3`, 'Bad Gateway']],
  [503, [`${rfc9110}15.6.4`, 'Service Unavailable']],
  [504, [`${rfc9110}15.6.5`, 'Gateway Timeout']],
]);

/** `['items', '0', 'sku']` → `Items[0].Sku`, as ModelState spells nested properties. */
function pascalPath(segments: readonly string[]): string {
  let path = '';
  for (const segment of segments) {
    if (isIndex(segment)) path += `[${segment}]`;
    else path += `${path === '' ? '' : '.'}${segment.charAt(0).toUpperCase()}${segment.slice(1)}`;
  }
  return path;
}

/** ASP.NET Core (Validation)ProblemDetails with `traceId` in the body. */
export const writeAspNet: DialectWriter = (input) => {
  const validation = input.fields.length > 0 || input.formErrors.length > 0;
  const [defaultType, defaultTitle] = defaults.get(input.status) ?? [undefined, reasonPhrase(input.status)];
  const errors = validation
    ? jsonRecord(
        mergeMessages([
          ...input.fields.map((field) => [fieldKey(input, field, pascalPath), field.messages] as const),
          ...(input.formErrors.length > 0 ? [['', input.formErrors] as const] : []),
        ]),
      )
    : undefined;
  return {
    contentType: 'application/problem+json; charset=utf-8',
    traceIdInBody: input.traceId !== undefined,
    json: jsonRecord([
      ['type', input.type ?? defaultType],
      ['title', input.title ?? (validation ? 'One or more validation errors occurred.' : defaultTitle)],
      ['status', input.status],
      ['detail', input.detail],
      ['instance', input.instance],
      ['errors', errors],
      ['code', input.code],
      ['traceId', input.traceId],
    ]),
  };
};
