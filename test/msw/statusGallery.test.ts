import { describe, expect, it } from 'vitest';
import { kindForStatus } from '../../src/core/kindForStatus.js';
import type { Clock } from '../../src/core/timing/Clock.js';
import { toProblem } from '../../src/core/toProblem.js';
import { mockProblem } from '../../src/msw/mockProblem.js';
import { statusGallery } from '../../src/msw/statusGallery.js';

const clock: Clock = { now: () => Date.UTC(2026, 10, 23, 9), setTimeout: () => 0, clearTimeout: () => undefined };
const statuses = (group: string) => statusGallery.filter((entry) => entry.group === group).map((entry) => entry.status);

describe('statusGallery', () => {
  // The 4xx/5xx rows of the seed pages (../shared/seeds/000, 001, 004); 2xx/3xx are not failures.
  it('lists every error status each seed names, once per seed dialect', () => {
    expect(statuses('b2b-edition')).toEqual([
      400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 501, 503, 507,
    ]);
    expect(statuses('bigcommerce-v3')).toEqual([
      400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 501, 503, 507, 509,
    ]);
    expect(statuses('bigcommerce-v2')).toEqual([
      400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500, 501, 503, 507, 509,
    ]);
    // Aritma lists 401 twice (cannot authenticate / no permission).
    expect(statuses('aritma')).toEqual([400, 401, 401, 403, 404, 405, 406, 409, 415, 429, 500, 501, 503, 504]);
  });

  it('gives every entry a unique id, its own status and a reference', () => {
    expect(new Set(statusGallery.map((entry) => entry.id)).size).toBe(statusGallery.length);
    for (const entry of statusGallery) {
      expect(entry.spec.status).toBe(entry.status);
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.purpose.length).toBeGreaterThan(0);
      expect(entry.reference.length).toBeGreaterThan(0);
    }
  });

  it('sends the documented example bodies as documented', () => {
    const body = (id: string) => {
      const entry = statusGallery.find((candidate) => candidate.id === id);
      if (entry === undefined) throw new Error(`no entry ${id}`);
      return mockProblem(entry.spec, { clock }).bodyText;
    };
    expect(body('b2b-edition-404')).toBe(
      '{"code":404,"data":{"errMsg":"Invoice does not exist"},"meta":{"message":"Not Found Error"}}',
    );
    expect(body('b2b-edition-422')).toBe(
      '{"code":422,"data":{"errMsg":{"last_name":["This field may not be null."]}},"meta":{"message":"Parameter Error"}}',
    );
    expect(body('bigcommerce-v3-429')).toBe(
      '{"status":429,"title":"Too many requests","type":"/api-docs/getting-started/api-status-codes","errors":{}}',
    );
    expect(body('bigcommerce-v3-403')).toBe(
      '{"status":403,"title":"Unauthorized Access. You do not have permission to make this request.","type":"/api-docs/getting-started/api-status-codes"}',
    );
    expect(body('bigcommerce-v2-400')).toBe(
      `[{"message":"The field 'item_total' cannot be written to. Please remove it from your request before trying again.","status":404}]`,
    );
    expect(JSON.parse(body('aritma-404') ?? '')).toEqual({
      type: '',
      title: 'Not Found',
      status: 404,
      detail: 'Connection with id 123 not found.',
      traceId: '00-27822f747ddd2d1a4ea898bcd1e5cf27-8098c98f274b7de7-00',
    });
    expect(body('aritma-401-unauthenticated')).toBeUndefined();
  });

  it.each(statusGallery.map((entry) => [entry.id, entry] as const))(
    '%s reads back as its kind and API',
    (_id, entry) => {
      const answer = mockProblem(entry.spec, { clock });
      const problem = toProblem({ status: answer.status, headers: answer.headers, body: answer.bodyText }, { clock });
      expect(problem.kind).toBe(kindForStatus(entry.status, problem.fieldErrors.size > 0));
      expect(problem.title.length).toBeGreaterThan(0);
      const dialect = {
        'b2b-edition': 'b2b-edition',
        'bigcommerce-v3': 'bigcommerce-v3',
        'bigcommerce-v2': 'bigcommerce-v2',
        aritma: entry.status === 401 ? 'empty' : 'aspnet',
      }[entry.group];
      expect(problem.dialect).toBe(dialect);
      if (entry.spec.traceId !== undefined) expect(problem.traceId).toBe(entry.spec.traceId);
      if (typeof entry.spec.retryAfter === 'number') expect(problem.retryAfterMs).toBe(entry.spec.retryAfter * 1000);
      if (entry.spec.fieldErrors !== undefined) expect(problem.fieldErrors.size).toBeGreaterThan(0);
    },
  );
});
