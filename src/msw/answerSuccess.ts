import { HttpResponse } from 'msw';
import type { MockSuccess } from './MockSuccess.js';
import type { ProblemDialect } from './ProblemDialect.js';
import { successEnvelope } from './successEnvelope.js';

const contentTypes: { readonly [D in ProblemDialect]?: string } = { 'json-api': 'application/vnd.api+json' };

/**
 * The answer a scenario gives once it stops failing; `undefined` for `'next'` (msw moves on to the next
 * handler). Internal to `problemkit/msw`.
 */
export async function answerSuccess(
  success: MockSuccess | undefined,
  fallbackDialect: ProblemDialect,
  request: Request,
): Promise<Response | undefined> {
  if (success === 'next') return undefined;
  if (typeof success === 'function') return success({ request });
  const status = success?.status ?? 200;
  const dialect = success?.dialect ?? fallbackDialect;
  const headers = new Headers(success?.headers);
  if (status === 204 || status === 205 || status === 304) return new HttpResponse(null, { status, headers });
  const body = success?.body !== undefined ? success.body : successEnvelope(dialect, success?.data ?? {}, status);
  const contentType = contentTypes[dialect];
  if (contentType !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', contentType);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(body), { status, headers });
}
