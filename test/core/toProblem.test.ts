import type { ApiProblem } from '../../src/core/ApiProblem.js';
import type { Dialect } from '../../src/core/dialects/Dialect.js';
import { defaultDialects } from '../../src/core/dialects/dialectRegistry.js';
import { fieldPath } from '../../src/core/fieldPath.js';
import { findFieldErrors } from '../../src/core/findFieldErrors.js';
import { defaultTitle } from '../../src/core/messages/defaultTitle.js';
import { type Clock, systemClock } from '../../src/core/timing/Clock.js';
import { readRetryTiming } from '../../src/core/timing/readRetryTiming.js';
import { toProblem } from '../../src/core/toProblem.js';
import { aritmaSeed004 } from '../fixtures/aritmaSeed004.js';
import { b2bEditionSeed000 } from '../fixtures/b2bEditionSeed000.js';
import { bigCommerceSeed001 } from '../fixtures/bigCommerceSeed001.js';
import { otherDialects } from '../fixtures/otherDialects.js';
import { fixtureNow, type ProblemFixture } from '../fixtures/ProblemFixture.js';

const clock: Clock = { ...systemClock, now: () => fixtureNow };

function view(problem: ApiProblem) {
  return {
    kind: problem.kind,
    title: problem.title,
    titleSource: problem.titleSource,
    dialect: problem.dialect,
    detail: problem.detail,
    type: problem.type,
    instance: problem.instance,
    code: problem.code,
    traceId: problem.traceId,
    retryAfterMs: problem.retryAfterMs,
    fieldErrors: [...problem.fieldErrors],
    formErrors: problem.formErrors,
  };
}

function expectedView(fixture: ProblemFixture) {
  const { expected } = fixture;
  return {
    kind: expected.kind,
    title: expected.title ?? defaultTitle(expected.kind),
    titleSource: expected.titleSource,
    dialect: expected.dialect,
    detail: expected.detail,
    type: expected.type,
    instance: expected.instance,
    code: expected.code,
    traceId: expected.traceId,
    retryAfterMs: expected.retryAfterMs,
    fieldErrors: expected.fieldErrors ?? [],
    formErrors: expected.formErrors ?? [],
  };
}

describe.each([
  ['seed 000, BigCommerce B2B Edition', b2bEditionSeed000],
  ['seed 001, BigCommerce REST v2/v3', bigCommerceSeed001],
  ['seed 004, Aritma (ASP.NET problem details)', aritmaSeed004],
  ['the other dialects', otherDialects],
])('toProblem reads %s', (_, fixtures) => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const problem = toProblem({ status: fixture.status, headers: fixture.headers, body: fixture.body }, { clock });
    expect(view(problem)).toEqual(expectedView(fixture));
    expect(problem.status).toBe(fixture.status);
    expect(problem.receivedAt).toBe(fixtureNow);
  });

  it('finds every field error of every fixture by its own key', () => {
    for (const fixture of fixtures) {
      const problem = toProblem({ status: fixture.status, headers: fixture.headers, body: fixture.body }, { clock });
      for (const [key, messages] of fixture.expected.fieldErrors ?? []) {
        expect(findFieldErrors(problem, key), `${fixture.name}: ${key}`).toEqual(messages);
      }
    }
  });
});

describe('toProblem', () => {
  it('covers every error status each seed names', () => {
    const statuses = (fixtures: readonly ProblemFixture[]) => new Set(fixtures.map((fixture) => fixture.status));
    // The 4xx/5xx rows of each seed's table (2xx and 3xx are not errors).
    expect([...statuses(b2bEditionSeed000)].sort()).toEqual(
      [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 501, 503, 507].sort(),
    );
    expect(statuses(bigCommerceSeed001)).toEqual(
      new Set([400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 501, 502, 503, 504, 507, 509]),
    );
    expect(statuses(aritmaSeed004)).toEqual(new Set([400, 401, 403, 404, 405, 406, 409, 415, 429, 500, 501, 503, 504]));
  });

  it('reads {errors: {field: [...]}} as Rails: fields by their own key, base as a form error', () => {
    const problem = toProblem({
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: '{"errors":{"title":["can\'t be blank"],"base":["The record is locked."]}}',
    });
    expect(problem.dialect).toBe('rails');
    expect([...problem.fieldErrors]).toEqual([['title', ["can't be blank"]]]);
    expect(problem.formErrors).toEqual(['The record is locked.']);
  });

  it('lets the HTTP status decide the kind, whatever status or code the body claims', () => {
    const body = JSON.stringify({ status: 200, code: 200, title: 'OK?' });
    expect(toProblem({ status: 503, body }).kind).toBe('unavailable');
    expect(toProblem({ status: 400, body: '[{"status":404,"message":"x"}]' }).kind).toBe('bad-request');
  });

  it('makes a 400 validation only when field errors were found', () => {
    expect(toProblem({ status: 400, body: { errors: {}, title: 'Bad', status: 400 } }).kind).toBe('bad-request');
    expect(toProblem({ status: 400, body: { title: 'Bad', status: 400, errors: { a: ['x'] } } }).kind).toBe(
      'validation',
    );
    // Only form-level messages: still not a validation problem.
    expect(toProblem({ status: 400, body: { title: 'Bad', status: 400, errors: { $: ['x'] } } }).kind).toBe(
      'bad-request',
    );
  });

  it('reads an already-parsed body as it is and keeps it in body', () => {
    const body = { title: 'Gone', status: 410, type: 'https://example.com/gone' };
    const problem = toProblem({ status: 410, body });
    expect(problem.body).toBe(body);
    expect(problem.title).toBe('Gone');
    expect(problem.dialect).toBe('rfc9457');
  });

  it('keeps the parsed value of a JSON text body in body', () => {
    expect(toProblem({ status: 400, body: '{"message":"x"}' }).body).toEqual({ message: 'x' });
    expect(toProblem({ status: 502, body: 'Bad gateway' }).body).toBe('Bad gateway');
  });

  it('parses JSON by its media type (case-insensitive, any +json, with parameters) or by its shape', () => {
    const text = '"Not found"'; // a JSON string: only parsed when the media type says JSON
    expect(
      toProblem({ status: 404, headers: { 'CONTENT-TYPE': 'Application/JSON; Charset=UTF-8' }, body: text }).body,
    ).toBe('Not found');
    expect(toProblem({ status: 404, headers: { 'content-type': 'application/vnd.acme+json' }, body: text }).body).toBe(
      'Not found',
    );
    expect(toProblem({ status: 404, body: text }).body).toBe(text);
    // An object-looking body is parsed even when labelled text/plain.
    expect(toProblem({ status: 400, headers: { 'content-type': 'text/plain' }, body: '  {"message":"m"}' }).title).toBe(
      'm',
    );
  });

  it('tolerates a byte-order mark before JSON', () => {
    expect(toProblem({ status: 400, body: '\uFEFF{"message":"with BOM"}' }).title).toBe('with BOM');
  });

  it('does not parse a body over 1 MiB and keeps only its first 1 MiB of text', () => {
    const huge = `{"title":"Too big","padding":"${'x'.repeat(1_100_000)}"}`;
    const problem = toProblem({ status: 500, headers: { 'content-type': 'application/json' }, body: huge });
    expect(problem.dialect).toBe('text');
    expect(problem.titleSource).toBe('catalog');
    expect(typeof problem.body).toBe('string');
    expect((problem.body as string).length).toBe(1_048_576);
  });

  it('trims and caps strings: title ~300, detail ~2000, messages ~1000 characters', () => {
    const problem = toProblem({
      status: 422,
      body: {
        title: `  ${'T'.repeat(500)}  `,
        detail: 'D'.repeat(5000),
        status: 422,
        errors: { name: [`  ${'M'.repeat(3000)}`, '   ', 'ok  '] },
      },
    });
    expect(problem.title.length).toBeLessThanOrEqual(300);
    expect(problem.title.startsWith('TTT')).toBe(true);
    expect(problem.title.endsWith('…')).toBe(true);
    expect(problem.detail?.length).toBeLessThanOrEqual(2000);
    const messages = problem.fieldErrors.get('name');
    expect(messages).toHaveLength(2);
    expect(messages?.[0]?.length).toBeLessThanOrEqual(1000);
    expect(messages?.[1]).toBe('ok');
  });

  it('never splits a surrogate pair when capping', () => {
    const title = `${'a'.repeat(298)}😀😀😀`;
    const capped = toProblem({ status: 400, body: { title, status: 400 } }).title;
    expect(capped.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(capped)).toBe(false);
  });

  it('uses the catalog title when the body title is blank or not a string', () => {
    expect(toProblem({ status: 404, body: { title: '   ', status: 404 } })).toMatchObject({
      title: defaultTitle('not-found'),
      titleSource: 'catalog',
    });
    expect(toProblem({ status: 404, body: { title: 42, status: 404 } }).titleSource).toBe('catalog');
  });

  it.each([
    ['https://example.com/probs/out-of-credit', 'https://example.com/probs/out-of-credit'],
    ['HTTP://example.com/p', 'HTTP://example.com/p'],
    ['/api-docs/getting-started/api-status-codes', '/api-docs/getting-started/api-status-codes'],
    ['out-of-credit', 'out-of-credit'],
    ['//cdn.example.com/p', '//cdn.example.com/p'],
    ['#frag', '#frag'],
    ['a/b:c', 'a/b:c'],
    ['about:blank', undefined],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['\u0001javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['mailto:a@example.com', undefined],
    ['urn:ietf:rfc:9457', undefined],
    ['', undefined],
    ['   ', undefined],
  ])('keeps type %j only when it is http(s) or relative', (type, expected) => {
    expect(toProblem({ status: 400, body: { type, title: 'x' } }).type).toBe(expected);
    expect(toProblem({ status: 400, body: { type: 'about:blank', instance: type, title: 'x' } }).instance).toBe(
      expected,
    );
  });

  it('keeps field errors in server order and merges a repeated key', () => {
    const dialect: Dialect = {
      name: 'list',
      read: () => ({
        fieldErrors: [
          ['b', ['1']],
          ['a', ['2']],
          ['b', ['3']],
          ['#', ['form']],
          ['', ['form too']],
        ],
        formErrors: ['first'],
      }),
    };
    const problem = toProblem({ status: 422, body: {} }, { dialects: [dialect] });
    expect([...problem.fieldErrors]).toEqual([
      ['b', ['1', '3']],
      ['a', ['2']],
    ]);
    expect(problem.formErrors).toEqual(['first', 'form', 'form too']);
  });

  it('never changes the lists a dialect hands over, even when merging a repeated key', () => {
    const shared = ['one'];
    const dialect: Dialect = {
      name: 'shared',
      read: () => ({
        fieldErrors: [
          ['a', shared],
          ['b', shared],
          ['a', ['two']],
        ],
      }),
    };
    const problem = toProblem({ status: 422 }, { dialects: [dialect] });
    expect(problem.fieldErrors.get('a')).toEqual(['one', 'two']);
    expect(problem.fieldErrors.get('b')).toEqual(['one']);
    expect(shared).toEqual(['one']);
  });

  it('moves exactly the short keys that fieldPath reads as the whole document to the form errors', () => {
    // toProblem spells these keys out instead of calling fieldPath; this keeps the two in step.
    const keys = [''];
    for (let first = 33; first < 127; first += 1) {
      keys.push(String.fromCharCode(first));
      for (let second = 33; second < 127; second += 1) keys.push(String.fromCharCode(first, second));
    }
    const mismatches = keys.filter((key) => {
      const problem = toProblem(
        { status: 422 },
        { dialects: [{ name: 'k', read: () => ({ fieldErrors: [[key, ['m']]] }) }] },
      );
      return (problem.formErrors.length === 1) !== (fieldPath(key) === '');
    });
    expect(mismatches).toEqual([]);
  });

  it('drops non-string messages and keys from a dialect reading', () => {
    const dialect: Dialect = {
      name: 'loose',
      read: () =>
        ({
          title: 42,
          detail: { text: 'x' },
          code: 40010,
          traceId: ['t'],
          fieldErrors: [['ok', ['fine', 1, null]], [3, ['x']], ['none', [2]], 'junk', ['single', 'one message']],
          formErrors: ['kept', 5, ''],
        }) as never,
    };
    const problem = toProblem({ status: 422, body: {} }, { dialects: [dialect] });
    expect(problem.titleSource).toBe('catalog');
    expect(problem.detail).toBeUndefined();
    expect(problem.code).toBe('40010');
    expect(problem.traceId).toBeUndefined();
    expect([...problem.fieldErrors]).toEqual([
      ['ok', ['fine']],
      ['single', ['one message']],
    ]);
    expect(problem.formErrors).toEqual(['kept']);
  });

  it('keeps at most 10,000 fields and 100 messages per field', () => {
    const errors: Record<string, string[]> = {};
    for (let index = 0; index < 12_000; index += 1) errors[`f${index}`] = ['m'];
    errors.f0 = Array.from({ length: 150 }, (_, index) => `m${index}`);
    const problem = toProblem({ status: 422, body: { message: 'x', errors } });
    expect(problem.fieldErrors.size).toBe(10_000);
    expect(problem.fieldErrors.get('f0')).toHaveLength(100);
  });

  it('treats __proto__, constructor and prototype keys as data and pollutes nothing', () => {
    const body =
      '{"title":"x","status":422,"errors":{"__proto__":["p"],"constructor":["c"],"prototype":["q"]},"__proto__":{"polluted":true}}';
    const problem = toProblem({ status: 422, body });
    expect([...problem.fieldErrors.keys()]).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(findFieldErrors(problem, '__proto__')).toEqual(['p']);
    expect(findFieldErrors(problem, 'constructor')).toEqual(['c']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads the trace id from the body, else from X-Request-Id, Trace-Id, Request-Id, X-Correlation-Id in order', () => {
    const headers = { 'X-Correlation-Id': 'corr', 'Request-Id': 'req', 'Trace-Id': 'trace', 'X-Request-Id': 'xreq' };
    expect(toProblem({ status: 500, headers }).traceId).toBe('xreq');
    expect(toProblem({ status: 500, headers: { ...headers, 'X-Request-Id': '  ' } }).traceId).toBe('trace');
    expect(toProblem({ status: 500, headers: { 'X-Correlation-Id': 'corr', 'Request-Id': 'req' } }).traceId).toBe(
      'req',
    );
    expect(toProblem({ status: 500, headers: { 'X-Correlation-Id': 'corr' } }).traceId).toBe('corr');
    expect(toProblem({ status: 500, headers, body: { title: 'x', status: 500, traceId: 'body' } }).traceId).toBe(
      'body',
    );
  });

  it('accepts headers as a Headers, an array of pairs or a record', () => {
    const entries: [string, string][] = [
      ['content-type', 'application/problem+json'],
      ['retry-after', '5'],
      ['x-request-id', 'id-1'],
    ];
    for (const headers of [new Headers(entries), entries, Object.fromEntries(entries)]) {
      const problem = toProblem({ status: 429, headers, body: '{}' }, { clock });
      expect(problem).toMatchObject({ dialect: 'rfc9457', retryAfterMs: 5000, traceId: 'id-1' });
    }
  });

  it('survives headers that new Headers() rejects, keeping the valid ones', () => {
    const headers = { 'Retry-After': '7', 'bad name': 'x', 'X-Ok': 'caf\u00e9\u2603' } as Record<string, string>;
    expect(() => new Headers(headers)).toThrow();
    expect(toProblem({ status: 503, headers }, { clock }).retryAfterMs).toBe(7000);
  });

  it('takes retry timing from the headers over a body hint, and caps both', () => {
    const body = { error: { message: 'Degraded', details: 'later', retry_after_seconds: 30 } };
    expect(toProblem({ status: 503, body }, { clock }).retryAfterMs).toBe(30_000);
    expect(toProblem({ status: 503, headers: { 'Retry-After': '5' }, body }, { clock }).retryAfterMs).toBe(5000);
    expect(toProblem({ status: 503, body }, { clock, maxRetryAfterMs: 10_000 }).retryAfterMs).toBe(10_000);
    const far = { error: { message: 'Degraded', details: 'later', retry_after_seconds: 1e9 } };
    expect(toProblem({ status: 503, body: far }, { clock }).retryAfterMs).toBe(7 * 86_400_000);
    expect(toProblem({ status: 429, body: far }, { clock }).retryAfterMs).toBe(3_600_000);
  });

  it("keeps a 503's maintenance window of hours (it is shown as a clock time) but caps a 429's wait at an hour", () => {
    const threeHours = { 'Retry-After': String(3 * 3600) };
    expect(toProblem({ status: 503, headers: threeHours }, { clock }).retryAfterMs).toBe(3 * 3_600_000);
    expect(toProblem({ status: 429, headers: threeHours }, { clock }).retryAfterMs).toBe(3_600_000);
    expect(toProblem({ status: 503, headers: { 'Retry-After': '999999999' } }, { clock }).retryAfterMs).toBe(
      7 * 86_400_000,
    );
    expect(toProblem({ status: 503, headers: threeHours }, { clock, maxRetryAfterMs: 60_000 }).retryAfterMs).toBe(
      60_000,
    );
  });

  it('reports the rate-limit quota from the headers', () => {
    const problem = toProblem(
      {
        status: 422,
        headers: { 'X-Rate-Limit-Requests-Quota': '150', 'X-Rate-Limit-Requests-Left': '149' },
        body: '{}',
      },
      { clock },
    );
    expect(problem.rateLimit).toMatchObject({ limit: 150, remaining: 149 });
  });

  it('reads the retry timing whenever any header readRetryTiming reads is present', () => {
    // toProblem skips the timing read when no timing header is present (readRetryTiming's `timingHeader` test);
    // every name readRetryTiming reads must therefore pass that test. These are all of them.
    const names = [
      'retry-after',
      'x-retry-after',
      'x-rate-limit-time-reset-ms',
      'x-rate-limit-time-window-ms',
      'x-rate-limit-requests-quota',
      'x-rate-limit-requests-left',
      'ratelimit',
      'ratelimit-policy',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-retry-after',
      'x-rate-limit-limit',
      'x-rate-limit-remaining',
      'x-rate-limit-reset',
      'x-requests-allocated',
      'x-requests-remaining',
      'x-request-window-resets-after',
      'x-shopify-shop-api-call-limit',
    ];
    const values: Record<string, string> = {
      'retry-after': '12',
      ratelimit: '"default";r=0;t=12',
      'ratelimit-policy': '"default";q=100;w=60',
      'x-requests-allocated': '150 times/60 s',
      'x-requests-remaining': '0 times',
      'x-request-window-resets-after': '12 s',
      'x-shopify-shop-api-call-limit': '40/40',
    };
    for (const name of names) {
      const headers = new Headers({
        [name]: values[name] ?? (name.includes('remaining') || name.includes('left') ? '0' : '12'),
      });
      const expected = readRetryTiming(headers, fixtureNow);
      expect(Object.keys(expected).length, name).toBeGreaterThan(0);
      const problem = toProblem({ status: 429, headers }, { clock });
      expect({ retryAfterMs: problem.retryAfterMs, rateLimit: problem.rateLimit }, name).toEqual({
        retryAfterMs: expected.retryAfterMs,
        rateLimit: expected.rateLimit,
      });
    }
  });

  it('treats a non-integer or out-of-range status sensibly and never throws', () => {
    expect(toProblem({ status: 404.7 }).status).toBe(404);
    expect(toProblem({ status: '503' as never }).kind).toBe('unavailable');
    for (const status of [Number.NaN, -1, 1e9, Number.POSITIVE_INFINITY, null, undefined, '4o4', {}]) {
      const problem = toProblem({ status: status as never });
      expect(problem.status).toBe(0);
      expect(problem.kind).toBe('network');
    }
    expect(toProblem({ status: 999 }).kind).toBe('unknown');
  });

  it('never throws on hostile input: throwing getters, proxies, broken dialects, odd options', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const broken: Dialect = {
      name: 'broken',
      read() {
        throw new Error('dialect bug');
      },
    };
    expect(toProblem(throwing as never)).toMatchObject({ status: 0, kind: 'network', dialect: 'none' });
    expect(toProblem({ status: 500, headers: throwing as never }).kind).toBe('server');
    expect(toProblem({ status: 500, body: throwing }).kind).toBe('server');
    expect(toProblem({ status: 500, body: 'x' }, { dialects: [broken, ...defaultDialects] }).dialect).toBe('text');
    expect(toProblem({ status: 500 }, { dialects: [] }).dialect).toBe('none');
    expect(toProblem({ status: 500 }, 'options' as never).kind).toBe('server');
    expect(toProblem(null as never).status).toBe(0);
    expect(toProblem({ status: 500 }, { clock: { ...clock, now: () => Number.NaN } }).receivedAt).toBe(0);
    expect(
      toProblem(
        { status: 500 },
        {
          clock: {
            ...clock,
            now: () => {
              throw new Error('clock');
            },
          },
        },
      ).receivedAt,
    ).toBe(0);
  });

  it('copies a well-formed request and ignores anything else', () => {
    expect(toProblem({ status: 404, request: { method: 'GET', url: '/api/x' } }).request).toEqual({
      method: 'GET',
      url: '/api/x',
    });
    expect(toProblem({ status: 404, request: { method: 1, url: '/x' } as never }).request).toBeUndefined();
  });

  it('gives dialects the status, the bare media type and the headers', () => {
    const seen: unknown[] = [];
    const spy: Dialect = {
      name: 'spy',
      read(_body, context) {
        seen.push([context.status, context.mediaType, context.headers.get('x-a')]);
        return {};
      },
    };
    toProblem(
      { status: 418, headers: { 'Content-Type': 'Application/Problem+JSON ; charset=utf-8', 'X-A': 'b' } },
      {
        dialects: [spy],
      },
    );
    expect(seen).toEqual([[418, 'application/problem+json', 'b']]);
  });

  it('uses a custom dialect list, first answer wins', () => {
    const first: Dialect = { name: 'first', read: () => ({ title: 'from first' }) };
    const second: Dialect = { name: 'second', read: () => ({ title: 'from second' }) };
    expect(toProblem({ status: 400 }, { dialects: [first, second] })).toMatchObject({
      dialect: 'first',
      title: 'from first',
    });
  });

  it('reads a REST list of {field, message}, express-validator {msg, path} and Joi details as field errors', () => {
    for (const body of [
      { errors: [{ field: 'companyName', message: 'Enter a company name' }] },
      { errors: [{ path: 'companyName', message: 'Enter a company name' }] },
      { errors: [{ type: 'field', value: '', msg: 'Enter a company name', path: 'companyName', location: 'body' }] },
      { _original: { companyName: '' }, details: [{ message: 'Enter a company name', path: ['companyName'] }] },
      { error: [{ message: 'Enter a company name', path: ['companyName'], type: 'any.required' }] },
    ]) {
      const problem = toProblem({ status: 422, body });
      expect(problem).toMatchObject({ kind: 'validation', dialect: 'json' });
      expect(findFieldErrors(problem, 'companyName')).toEqual(['Enter a company name']);
    }
  });
});
