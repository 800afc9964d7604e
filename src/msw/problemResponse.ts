import { HttpResponse } from 'msw';
import { type MockProblemContext, mockProblem } from './mockProblem.js';
import type { ProblemSpec } from './ProblemSpec.js';

/**
 * The msw response for a problem spec: `mockProblem`'s status, headers and body as an `HttpResponse`, for
 * use inside your own resolvers. Status 0 answers with `HttpResponse.error()`, a network error that makes
 * `fetch` reject with a `TypeError`, as a dropped connection does. Throws a `RangeError` for a status a
 * `Response` cannot carry (anything but 0 and 200–599), which msw reports as a failed handler.
 *
 * @example
 * ```ts
 * http.post('/api/companies', async ({ request }) => {
 *   const company = (await request.json()) as { name?: string };
 *   if (!company.name) {
 *     return problemResponse({ status: 422, dialect: 'bigcommerce-v3', fieldErrors: { name: 'Please provide a name.' } });
 *   }
 *   return HttpResponse.json({ data: company }, { status: 201 });
 * });
 * ```
 */
export function problemResponse(spec: ProblemSpec, context?: MockProblemContext): Response {
  if (spec.status === 0) return HttpResponse.error();
  if (!Number.isInteger(spec.status) || spec.status < 200 || spec.status > 599) {
    throw new RangeError(
      `problemkit/msw: status ${String(spec.status)} cannot be sent; use 200–599, or 0 for a network error.`,
    );
  }
  const { status, headers, bodyText } = mockProblem(spec, context);
  return new HttpResponse(bodyText ?? null, { status, headers });
}
