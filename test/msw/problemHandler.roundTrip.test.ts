// @vitest-environment node
// The wire path equals the pure path: what problemHandler sends through msw and fetch, problemFromResponse reads
// back exactly as toProblem reads mockProblem's data, for every dialect.
// Node environment: under jsdom, response body chunks are Node's Uint8Array, which is not `instanceof` jsdom's
// Uint8Array, and problemFromResponse currently skips them (reported to the lead); the wire path itself is the same.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { findFieldErrors } from '../../src/core/findFieldErrors.js';
import { problemFromResponse } from '../../src/core/problemFromResponse.js';
import type { Clock } from '../../src/core/timing/Clock.js';
import { toProblem } from '../../src/core/toProblem.js';
import { mockProblem } from '../../src/msw/mockProblem.js';
import { problemDialects } from '../../src/msw/ProblemDialect.js';
import type { ProblemSpec } from '../../src/msw/ProblemSpec.js';
import { problemHandler } from '../../src/msw/problemHandler.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };

/** The members a person or a component sees; `body` and `receivedAt` aside. */
function seen(problem: ApiProblem) {
  return {
    status: problem.status,
    kind: problem.kind,
    title: problem.title,
    titleSource: problem.titleSource,
    detail: problem.detail,
    type: problem.type,
    code: problem.code,
    traceId: problem.traceId,
    fieldErrors: [...problem.fieldErrors],
    formErrors: problem.formErrors,
    retryAfterMs: problem.retryAfterMs,
    rateLimit: problem.rateLimit,
    dialect: problem.dialect,
  };
}

const specs: readonly ProblemSpec[] = [
  {
    status: 422,
    title: 'Check the order',
    keys: 'native',
    fieldErrors: new Map([
      ['items[0].sku', ['SKU is required.']],
      ['shippingAddress.postalCode', ['Enter a postal code.', 'Use five digits.']],
    ]),
    formErrors: ['The order is empty.'],
    traceId: 'trace-422',
  },
  { status: 503, title: 'Down for maintenance', detail: 'Back at 10:00.', traceId: 'trace-503', retryAfter: 120 },
  { status: 429, retryAfter: 15, rateLimit: { limit: 150, remaining: 0, windowMs: 30_000 } },
  { status: 401 },
];

describe('problemHandler → fetch → problemFromResponse', () => {
  const cases = problemDialects.flatMap((dialect) => specs.map((spec) => [dialect, spec.status, spec] as const));
  it.each(cases)('%s %i reads back as toProblem(mockProblem(spec)) does', async (dialect, _status, base) => {
    const spec: ProblemSpec = { ...base, dialect };
    server.use(problemHandler('post', 'http://localhost/api/orders', spec, { clock }));
    const response = await fetch('http://localhost/api/orders', { method: 'POST' });
    const overTheWire = await problemFromResponse(response, { clock });

    const answer = mockProblem(spec, { clock, request: { method: 'POST', url: 'http://localhost/api/orders' } });
    const direct = toProblem({ status: answer.status, headers: answer.headers, body: answer.bodyText }, { clock });
    expect(seen(overTheWire)).toEqual(seen(direct));
  });

  it('finds field messages by the app name after the real trip', async () => {
    server.use(
      problemHandler('put', 'http://localhost/api/companies/7', {
        status: 400,
        dialect: 'aspnet',
        keys: 'native',
        fieldErrors: { 'addresses[1].postalCode': 'The PostalCode field is required.' },
      }),
    );
    const problem = await problemFromResponse(await fetch('http://localhost/api/companies/7', { method: 'PUT' }), {
      clock,
    });
    expect(problem.kind).toBe('validation');
    expect([...problem.fieldErrors.keys()]).toEqual(['Addresses[1].PostalCode']);
    expect(findFieldErrors(problem, 'addresses.1.postalCode')).toEqual(['The PostalCode field is required.']);
  });
});
