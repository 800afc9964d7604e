import { describe, expect, it } from 'vitest';
import { developerHint } from '../../../src/core/messages/developerHint.js';
import { isReasonPhrase, reasonPhrase } from '../../../src/core/messages/reasonPhrase.js';
import { problemFixture } from './problemFixture.js';

describe('developerHint', () => {
  it.each([400, 401, 403, 405, 406, 413, 415, 500, 501])('has a troubleshooting hint for %i', (status) => {
    const hint = developerHint(problemFixture({ status }));
    expect(hint).toMatch(new RegExp(`^problemkit: ${status} `));
    expect(hint).toContain('Common causes:');
  });

  it("carries the seeds' advice", () => {
    expect(developerHint(problemFixture({ status: 415 }))).toContain('Content-Type');
    expect(developerHint(problemFixture({ status: 403 }))).toContain('OAuth scopes');
    expect(developerHint(problemFixture({ status: 401 }))).toContain('cURL');
    expect(developerHint(problemFixture({ status: 500 }))).toContain('three to five times');
  });

  it('names the request and the trace id when known', () => {
    const hint = developerHint(
      problemFixture({
        status: 415,
        request: { method: 'POST', url: '/api/companies' },
        traceId: '00-abc-01',
      }),
    );
    expect(hint).toBe(
      'problemkit: 415 Unsupported Media Type from POST /api/companies. Common causes: the Content-Type request header names an unsupported media type, or is missing altogether. Check the Content-Type request header; JSON bodies need Content-Type: application/json. Trace id: 00-abc-01.',
    );
  });

  it('has nothing for statuses the person can act on, or for non-problems', () => {
    expect(developerHint(problemFixture({ status: 404 }))).toBeUndefined();
    expect(developerHint(problemFixture({ status: 429 }))).toBeUndefined();
    expect(developerHint(null)).toBeUndefined();
    expect(developerHint('415')).toBeUndefined();
    expect(developerHint({ status: '415' })).toBeUndefined();
  });
});

describe('reasonPhrase and isReasonPhrase', () => {
  it('knows the standard phrases', () => {
    expect(reasonPhrase(404)).toBe('Not Found');
    expect(reasonPhrase(299)).toBeUndefined();
  });

  it('recognises generic titles whatever the case and final full stop', () => {
    expect(isReasonPhrase('not found')).toBe(true);
    expect(isReasonPhrase(' Unprocessable Entity ')).toBe(true);
    expect(isReasonPhrase('One or more validation errors occurred.')).toBe(true);
    expect(isReasonPhrase('Connection with id 123 not found.')).toBe(false);
    expect(isReasonPhrase(404)).toBe(false);
  });
});
