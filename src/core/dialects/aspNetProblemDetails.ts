// Shape: ASP.NET Core ProblemDetails / ValidationProblemDetails,
// https://learn.microsoft.com/aspnet/core/web-api/handle-errors and dotnet/aspnetcore
// src/Mvc/Mvc.Core/src/Infrastructure/DefaultProblemDetailsFactory.cs, src/Shared/ProblemDetails/ProblemDetailsDefaults.cs:
// `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.",
//   "status":400,"errors":{"Name":["…"],"Items[0].Sku":["…"],"$.Ages[1]":["…"],"$":["The input was not valid."]},
//   "traceId":"00-<32hex>-<16hex>-00"}`. System.Text.Json binding errors use JSONPath keys and the root key "$"
// (dotnet/aspnetcore#11513, #57714); .NET 6+ may send the empty key "" for a missing body. Seed 004 (Aritma Commerce,
// https://developer.aritma.com/apis/commerce/development/4-responses/) sends `"type": ""` and no body on 401.
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { readProblem } from './rfc9457.js';

/**
 * ASP.NET Core `ProblemDetails` and `ValidationProblemDetails`: an RFC 9457 object (string `title` or
 * `type`) with a `traceId`, an ASP.NET RFC link as `type`, or the validation title. PascalCase and
 * `$.`-rooted keys stay as sent (lookups ignore case and notation); the root keys `"$"` and `""`
 * become form errors; `"type": ""` is dropped.
 *
 * @example
 * ```ts
 * toProblem({ status: 400, body: { title: 'One or more validation errors occurred.', status: 400,
 *   traceId: '00-f136…-00', errors: { Name: ["'Name' must be between 1 and 40 characters."] } } });
 * // dialect 'aspnet', traceId '00-f136…-00', fieldErrors Map { 'Name' => [...] }
 * ```
 */
export const aspNetProblemDetails: Dialect = {
  name: 'aspnet',
  read(body) {
    if (!isRecord(body)) return undefined;
    const { title, type } = body;
    // The RFC links ASP.NET puts in `type`: rfc7231 (≤ .NET 6) and rfc9110 (.NET 7+), on either IETF site.
    const isAspNet =
      typeof body.traceId === 'string' ||
      (typeof type === 'string' && /^https:\/\/(tools\.ietf\.org|datatracker\.ietf\.org\/doc)\/html\/rfc/.test(type)) ||
      title === 'One or more validation errors occurred.';
    return isAspNet && (typeof title === 'string' || typeof type === 'string') ? readProblem(body) : undefined;
  },
};
