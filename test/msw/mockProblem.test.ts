import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/timing/Clock.js';
import { mockProblem } from '../../src/msw/mockProblem.js';
import { problemDialects } from '../../src/msw/ProblemDialect.js';

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };

describe('mockProblem: documented bodies, exactly', () => {
  it('writes the BigCommerce v3 batch 422 of formats.md §1 byte for byte', () => {
    const answer = mockProblem({
      status: 422,
      dialect: 'bigcommerce-v3',
      title: 'Missing Required Fields',
      fieldErrors: {
        name: 'Please provide a name.',
        price: 'Please provide a price.',
        type: 'Please provide a type.',
        weight: 'Please provide a weight.',
      },
    });
    expect(answer.bodyText).toBe(
      '{"status":422,"title":"Missing Required Fields","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes","errors":{"name":"Please provide a name.","price":"Please provide a price.","type":"Please provide a type.","weight":"Please provide a weight."}}',
    );
    expect(answer.headers['Content-Type']).toBe('application/json');
  });

  it('writes the B2B Edition 404 and 422 envelopes of formats.md §4', () => {
    expect(
      mockProblem({ status: 404, dialect: 'b2b-edition', title: 'Not Found Error', detail: 'Invoice does not exist' })
        .bodyText,
    ).toBe('{"code":404,"data":{"errMsg":"Invoice does not exist"},"meta":{"message":"Not Found Error"}}');
    expect(
      mockProblem({ status: 422, dialect: 'b2b-edition', fieldErrors: { last_name: ['This field may not be null.'] } })
        .bodyText,
    ).toBe(
      '{"code":422,"data":{"errMsg":{"last_name":["This field may not be null."]}},"meta":{"message":"Parameter Error"}}',
    );
  });

  it('writes the B2B Edition v2 envelope with per-field strings in data', () => {
    const answer = mockProblem({
      status: 400,
      dialect: 'b2b-edition-v2',
      code: 40010,
      title: 'Bad Requests Error',
      fieldErrors: { address_line_1: 'Address not allow None', last_name: 'Last name not allow None' },
    });
    expect(answer.bodyText).toBe(
      '{"code":40010,"data":{"address_line_1":"Address not allow None","last_name":"Last name not allow None"},"message":"Bad Requests Error"}',
    );
  });

  it('writes the Aritma (ASP.NET) validation example of seed 004', () => {
    const answer = mockProblem({
      status: 400,
      dialect: 'aspnet',
      type: '',
      traceId: '00-f136bd773da894bb098bf7f48075fff1-b69d87a0b20cd716-00',
      fieldErrors: {
        Name: [
          "'Name' must be between 1 and 40 characters. You entered 0 characters.",
          'Name can only contain letters, numbers and underscores.',
        ],
      },
    });
    expect(answer.headers['Content-Type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.body).toEqual({
      type: '',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: {
        Name: [
          "'Name' must be between 1 and 40 characters. You entered 0 characters.",
          'Name can only contain letters, numbers and underscores.',
        ],
      },
      traceId: '00-f136bd773da894bb098bf7f48075fff1-b69d87a0b20cd716-00',
    });
    expect(answer.headers).not.toHaveProperty('X-Request-Id');
  });

  it('writes the BigCommerce v2 array and the RFC 9457 §3 validation example', () => {
    expect(
      mockProblem({ status: 400, dialect: 'bigcommerce-v2', title: "The field 'type' is invalid." }).bodyText,
    ).toBe(`[{"status":400,"message":"The field 'type' is invalid."}]`);
    const rfc = mockProblem({
      status: 422,
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      fieldErrors: new Map([
        ['#/age', 'must be a positive integer'],
        ['#/profile/color', "must be 'green', 'red' or 'blue'"],
      ]),
    });
    expect(rfc.headers['Content-Type']).toBe('application/problem+json');
    expect(rfc.body).toEqual({
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      status: 422,
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
      ],
    });
  });
});

describe('mockProblem: each dialect speaks its own shape and content type', () => {
  const spec = {
    status: 422,
    keys: 'native',
    fieldErrors: { 'items[0].sku': ['SKU is required.'], name: 'Name is too long.' },
    formErrors: 'The order is empty.',
  } as const;

  it.each([
    ['rfc9457', 'application/problem+json'],
    ['rfc7807', 'application/problem+json'],
    ['aspnet', 'application/problem+json; charset=utf-8'],
    ['spring', 'application/problem+json'],
    ['spring-boot', 'application/json'],
    ['bigcommerce-v3', 'application/json'],
    ['bigcommerce-v2', 'application/json'],
    ['b2b-edition', 'application/json'],
    ['b2b-edition-v2', 'application/json'],
    ['json-api', 'application/vnd.api+json'],
    ['graphql', 'application/json'],
    ['laravel', 'application/json'],
    ['nestjs', 'application/json; charset=utf-8'],
    ['rails', 'application/json'],
    ['drf', 'application/json'],
    ['stripe', 'application/json'],
    ['shopify', 'application/json; charset=utf-8'],
    ['zod', 'application/json'],
    ['text', 'text/plain; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
  ] as const)('%s answers with Content-Type %s and a body that matches the text on the wire', (dialect, type) => {
    const answer = mockProblem({ ...spec, dialect }, { clock });
    expect(answer.status).toBe(422);
    expect(answer.headers['Content-Type']).toBe(type);
    expect(answer.bodyText).toBeTypeOf('string');
    if (type.startsWith('text/')) expect(answer.body).toBe(answer.bodyText);
    else expect(answer.body).toEqual(JSON.parse(answer.bodyText ?? ''));
  });

  it('covers every dialect in the table above', () => {
    expect(problemDialects.filter((dialect) => dialect !== 'empty')).toHaveLength(20);
  });

  it('spells native keys the way each server does', () => {
    const body = (dialect: (typeof problemDialects)[number]) => mockProblem({ ...spec, dialect }, { clock }).body;
    expect(body('rfc9457')).toMatchObject({
      errors: [
        { detail: 'SKU is required.', pointer: '#/items/0/sku' },
        { detail: 'Name is too long.', pointer: '#/name' },
        { detail: 'The order is empty.' },
      ],
    });
    expect(body('rfc7807')).toMatchObject({
      detail: 'The order is empty.',
      'invalid-params': [
        { name: 'items.0.sku', reason: 'SKU is required.' },
        { name: 'name', reason: 'Name is too long.' },
      ],
    });
    expect(body('aspnet')).toMatchObject({
      title: 'One or more validation errors occurred.',
      errors: { 'Items[0].Sku': ['SKU is required.'], Name: ['Name is too long.'], '': ['The order is empty.'] },
    });
    expect(body('spring')).toMatchObject({ type: 'about:blank', errors: [{ pointer: '#/items/0/sku' }, {}, {}] });
    expect(body('spring-boot')).toMatchObject({
      timestamp: '2026-11-23T09:00:00.000Z',
      error: 'Unprocessable Content',
      errors: [
        { field: 'items[0].sku', defaultMessage: 'SKU is required.' },
        { field: 'name' },
        { objectName: 'request' },
      ],
      path: '/',
    });
    expect(body('bigcommerce-v3')).toMatchObject({
      title: 'JSON data is missing or invalid',
      detail: 'The order is empty.',
      errors: { 'items.0.sku': 'SKU is required.', name: 'Name is too long.' },
    });
    expect(body('bigcommerce-v2')).toEqual([
      { status: 422, message: 'The order is empty.' },
      { status: 422, message: 'SKU is required.' },
      { status: 422, message: 'Name is too long.' },
    ]);
    expect(body('b2b-edition')).toEqual({
      code: 422,
      data: {
        errMsg: {
          non_field_errors: ['The order is empty.'],
          items: [{ sku: ['SKU is required.'] }],
          name: ['Name is too long.'],
        },
      },
      meta: { message: 'Parameter Error' },
    });
    expect(body('b2b-edition-v2')).toEqual({
      code: 422,
      data: {
        non_field_errors: ['The order is empty.'],
        items: [{ sku: ['SKU is required.'] }],
        name: ['Name is too long.'],
      },
      message: 'Parameter Error',
    });
    expect(body('json-api')).toEqual({
      errors: [
        {
          status: '422',
          title: 'Unprocessable Content',
          detail: 'SKU is required.',
          source: { pointer: '/data/attributes/items/0/sku' },
        },
        {
          status: '422',
          title: 'Unprocessable Content',
          detail: 'Name is too long.',
          source: { pointer: '/data/attributes/name' },
        },
        { status: '422', title: 'Unprocessable Content', detail: 'The order is empty.' },
      ],
    });
    expect(body('graphql')).toEqual({
      data: null,
      errors: [
        { message: 'The order is empty.' },
        { message: 'SKU is required.', path: ['items', 0, 'sku'], extensions: { code: 'BAD_USER_INPUT' } },
        { message: 'Name is too long.', path: ['name'], extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    expect(body('laravel')).toEqual({
      message: 'SKU is required. (and 2 more errors)',
      errors: { 'items.0.sku': ['SKU is required.'], name: ['Name is too long.'] },
    });
    expect(body('nestjs')).toEqual({
      statusCode: 422,
      message: ['The order is empty.', 'SKU is required.', 'Name is too long.'],
      error: 'Unprocessable Content',
    });
    expect(body('rails')).toEqual({
      base: ['The order is empty.'],
      'items[0].sku': ['SKU is required.'],
      name: ['Name is too long.'],
    });
    expect(body('drf')).toEqual({
      non_field_errors: ['The order is empty.'],
      items: [{ sku: ['SKU is required.'] }],
      name: ['Name is too long.'],
    });
    expect(body('stripe')).toEqual({
      error: { type: 'invalid_request_error', message: 'SKU is required.', param: 'items[0][sku]' },
    });
    expect(body('shopify')).toEqual({
      errors: { base: ['The order is empty.'], 'items.0.sku': ['SKU is required.'], name: ['Name is too long.'] },
    });
    const issues = [
      { code: 'custom', path: ['items', 0, 'sku'], message: 'SKU is required.' },
      { code: 'custom', path: ['name'], message: 'Name is too long.' },
      { code: 'custom', path: [], message: 'The order is empty.' },
    ];
    const zod = mockProblem({ ...spec, dialect: 'zod' }, { clock });
    expect(zod.body).toEqual({ success: false, error: { name: 'ZodError', message: JSON.stringify(issues, null, 2) } });
    expect(JSON.parse((zod.body as { error: { message: string } }).error.message)).toEqual(issues);
  });

  it("writes Hono zValidator's answer for Zod 4: the ZodError's issues as JSON text in its message", () => {
    const answer = mockProblem({ status: 400, dialect: 'zod', fieldErrors: { name: 'Name is required' } });
    expect(answer.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(answer.bodyText).toBe(
      '{"success":false,"error":{"name":"ZodError","message":"[\\n  {\\n    \\"code\\": \\"custom\\",\\n    \\"path\\": [\\n      \\"name\\"\\n    ],\\n    \\"message\\": \\"Name is required\\"\\n  }\\n]"}}',
    );
    expect(JSON.parse((answer.body as { error: { message: string } }).error.message)).toEqual([
      { code: 'custom', path: ['name'], message: 'Name is required' },
    ]);
  });

  it('nests DRF errors as DRF does: lists for many=True serializers, index maps for list fields', () => {
    const answer = mockProblem({
      status: 400,
      dialect: 'drf',
      keys: 'native',
      fieldErrors: new Map([
        ['items.1.sku', 'This field is required.'],
        ['roles.0', '"99" is not a valid choice.'],
        ['address', 'Invalid address.'],
        ['address.city', 'This field may not be blank.'],
      ]),
    });
    expect(answer.body).toEqual({
      items: [{}, { sku: ['This field is required.'] }],
      roles: { '0': ['"99" is not a valid choice.'] },
      address: { non_field_errors: ['Invalid address.'], city: ['This field may not be blank.'] },
    });
  });

  it('writes keys as given when keys are not native', () => {
    const answer = mockProblem({
      status: 400,
      dialect: 'aspnet',
      fieldErrors: { 'items.0.sku': 'x', '$.Ages[1]': 'y' },
    });
    expect(answer.body).toMatchObject({ errors: { 'items.0.sku': ['x'], '$.Ages[1]': ['y'] } });
  });

  it('keeps __proto__ and constructor as ordinary field keys', () => {
    const fieldErrors = JSON.parse('{"__proto__":["a"],"constructor":"b"}') as Record<string, string | string[]>;
    for (const dialect of ['aspnet', 'bigcommerce-v3', 'drf', 'b2b-edition', 'laravel'] as const) {
      const answer = mockProblem({ status: 422, dialect, fieldErrors });
      expect(answer.bodyText).toContain('"__proto__"');
      expect(answer.bodyText).toContain('"constructor"');
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('mockProblem: defaults are what the real servers send', () => {
  it.each([
    [
      'aspnet',
      500,
      {
        title: 'An error occurred while processing your request.',
        type: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
      },
    ],
    ['aspnet', 404, { title: 'Not Found', type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5' }],
    ['aspnet', 429, { title: 'Too Many Requests' }],
    ['bigcommerce-v3', 429, { title: 'Too many requests', errors: {} }],
    ['bigcommerce-v3', 403, { title: 'Unauthorized Access. You do not have permission to make this request.' }],
    ['b2b-edition', 404, { code: 404, data: {}, meta: { message: 'Not Found Error' } }],
    ['drf', 403, { detail: 'You do not have permission to perform this action.' }],
    ['drf', 404, { detail: 'Not found.' }],
    ['laravel', 401, { message: 'Unauthenticated.' }],
    ['laravel', 419, { message: 'CSRF token mismatch.' }],
    ['rails', 404, { status: 404, error: 'Not Found' }],
    ['nestjs', 404, { statusCode: 404, message: 'Not Found' }],
    ['stripe', 402, { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } }],
    ['shopify', 404, { errors: 'Not Found' }],
    ['spring', 409, { type: 'about:blank', title: 'Conflict', status: 409 }],
    ['json-api', 404, { errors: [{ status: '404', title: 'Not Found' }] }],
    ['graphql', 401, { data: null, errors: [{ message: 'Unauthorized' }] }],
    [
      'zod',
      404,
      {
        success: false,
        error: {
          name: 'ZodError',
          message: JSON.stringify([{ code: 'custom', path: [], message: 'Not Found' }], null, 2),
        },
      },
    ],
  ] as const)('%s %i', (dialect, status, expected) => {
    expect(mockProblem({ status, dialect }).body).toMatchObject(expected);
  });

  it('names the request in Spring bodies and DRF 405s', () => {
    const request = { method: 'patch', url: 'http://localhost/api/companies/7?x=1' };
    expect(mockProblem({ status: 404, dialect: 'spring' }, { request }).body).toMatchObject({
      instance: '/api/companies/7',
    });
    expect(mockProblem({ status: 404, dialect: 'spring-boot' }, { request, clock }).body).toEqual({
      timestamp: '2026-11-23T09:00:00.000Z',
      status: 404,
      error: 'Not Found',
      path: '/api/companies/7',
    });
    expect(mockProblem({ status: 405, dialect: 'drf' }, { request }).body).toEqual({
      detail: 'Method "PATCH" not allowed.',
    });
  });

  it('puts the wait into the DRF throttle message, singular and plural', () => {
    expect(mockProblem({ status: 429, dialect: 'drf', retryAfter: 56 }).body).toEqual({
      detail: 'Request was throttled. Expected available in 56 seconds.',
    });
    expect(mockProblem({ status: 429, dialect: 'drf', retryAfter: 0.4 }).body).toEqual({
      detail: 'Request was throttled. Expected available in 1 second.',
    });
  });

  it('sends no body and WWW-Authenticate on an empty 401, like Aritma', () => {
    expect(mockProblem({ status: 401, dialect: 'empty' })).toEqual({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer' },
      body: undefined,
      bodyText: undefined,
    });
  });

  it('writes an nginx-style page for html and escapes what it prints', () => {
    const answer = mockProblem({ status: 502, dialect: 'html', detail: '<script>alert(1)</script>' });
    expect(answer.bodyText).toContain('<title>502 Bad Gateway</title>');
    expect(answer.bodyText).toContain('&lt;script&gt;');
    expect(answer.bodyText).not.toContain('<script>');
  });

  it('puts the trace id in the body for ASP.NET, Request-Id for Stripe and X-Request-Id elsewhere', () => {
    expect(mockProblem({ status: 500, dialect: 'aspnet', traceId: 't' }).body).toMatchObject({ traceId: 't' });
    expect(mockProblem({ status: 500, dialect: 'stripe', traceId: 'req_1' }).headers).toMatchObject({
      'Request-Id': 'req_1',
    });
    expect(mockProblem({ status: 500, dialect: 'b2b-edition', traceId: 'x' }).headers).toMatchObject({
      'X-Request-Id': 'x',
    });
    expect(mockProblem({ status: 400, dialect: 'zod', traceId: 'z' }).headers).toEqual({
      'Content-Type': 'application/json',
      'X-Request-Id': 'z',
    });
  });
});

describe('mockProblem: timing headers', () => {
  it('writes Retry-After as delay-seconds, or as an HTTP-date for a Date', () => {
    expect(mockProblem({ status: 429, retryAfter: 30 }, { clock }).headers['Retry-After']).toBe('30');
    expect(mockProblem({ status: 429, retryAfter: 2.2 }, { clock }).headers['Retry-After']).toBe('3');
    expect(mockProblem({ status: 503, retryAfter: new Date(now + 90_000) }, { clock }).headers['Retry-After']).toBe(
      'Mon, 23 Nov 2026 09:01:30 GMT',
    );
    expect(mockProblem({ status: 429, dialect: 'shopify', retryAfter: 2 }, { clock }).headers['Retry-After']).toBe(
      '2.0',
    );
  });

  it("uses BigCommerce's own headers for BigCommerce dialects", () => {
    const answer = mockProblem(
      {
        status: 429,
        dialect: 'bigcommerce-v3',
        retryAfter: 15,
        rateLimit: { limit: 150, remaining: 0, windowMs: 30_000 },
      },
      { clock },
    );
    expect(answer.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Rate-Limit-Requests-Quota': '150',
      'X-Rate-Limit-Requests-Left': '0',
      'X-Rate-Limit-Time-Window-Ms': '30000',
      'X-Rate-Limit-Time-Reset-Ms': '15000',
      'X-Retry-After': '15',
    });
  });

  it.each([
    ['ietf', { 'RateLimit-Policy': '"burst";q=100;w=60', RateLimit: '"burst";r=0;t=30' }],
    ['ietf-draft-07', { RateLimit: 'limit=100, remaining=0, reset=30', 'RateLimit-Policy': '100;w=60' }],
    ['ietf-draft-06', { 'RateLimit-Limit': '100, 100;w=60', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '30' }],
    [
      'x-ratelimit',
      { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(now / 1000 + 30) },
    ],
    [
      'b2b',
      {
        'X-Requests-Allocated': '100 times/60 s',
        'X-Requests-Remaining': '0 times',
        'X-Request-Window-Resets-After': '30 s',
      },
    ],
    ['shopify', { 'X-Shopify-Shop-Api-Call-Limit': '100/100' }],
  ] as const)('writes a %s quota', (style, expected) => {
    const answer = mockProblem(
      {
        status: 429,
        retryAfter: { seconds: 30, via: [] },
        rateLimit: { limit: 100, remaining: 0, windowMs: 60_000, policy: 'burst', style },
      },
      { clock },
    );
    const { 'Content-Type': _, ...timing } = answer.headers;
    expect(timing).toEqual(expected);
  });

  it('writes every header a `via` names, from seconds or from an end time', () => {
    const answer = mockProblem(
      {
        status: 503,
        retryAfter: {
          until: now + 12_500,
          via: [
            'retry-after',
            'x-retry-after',
            'x-rate-limit-time-reset-ms',
            'ratelimit',
            'ratelimit-reset',
            'x-ratelimit-reset',
            'x-request-window-resets-after',
          ],
        },
      },
      { clock },
    );
    expect(answer.headers).toMatchObject({
      'Retry-After': '13',
      'X-Retry-After': '13',
      'X-Rate-Limit-Time-Reset-Ms': '12500',
      RateLimit: '"default";r=0;t=13',
      'RateLimit-Reset': '13',
      'X-RateLimit-Reset': String(now / 1000 + 13),
      'X-Request-Window-Resets-After': '12.5 s',
    });
  });

  it('lets spec headers override generated ones, whatever their case', () => {
    const answer = mockProblem({ status: 429, retryAfter: 30, headers: { 'retry-after': 'soon', 'X-Extra': '1' } });
    expect(answer.headers).toEqual({
      'Content-Type': 'application/problem+json',
      'retry-after': 'soon',
      'X-Extra': '1',
    });
  });
});

describe('mockProblem: overrides and edge cases', () => {
  it('sends spec.body instead of the generated body, with the dialect content type', () => {
    const html = '<html><body>Bad gateway</body></html>';
    const answer = mockProblem({ status: 502, dialect: 'rfc9457', body: html });
    expect(answer.headers['Content-Type']).toBe('application/problem+json');
    expect(answer.bodyText).toBe(html);
    expect(answer.body).toBe(html);
    expect(mockProblem({ status: 400, dialect: 'bigcommerce-v2', body: [{ message: 'x', status: 404 }] }).body).toEqual(
      [{ message: 'x', status: 404 }],
    );
  });

  it('answers status 0 with nothing at all', () => {
    expect(mockProblem({ status: 0, dialect: 'aspnet', traceId: 'x', retryAfter: 5 })).toEqual({
      status: 0,
      headers: {},
      body: undefined,
      bodyText: undefined,
    });
  });

  it('always produces JSON that parses back to the body, whatever the messages and keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...problemDialects),
        fc.integer({ min: 400, max: 599 }),
        fc.dictionary(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.option(fc.string(), { nil: undefined }),
        fc.boolean(),
        (dialect, status, fieldErrors, formErrors, detail, native) => {
          const answer = mockProblem(
            {
              status,
              dialect,
              fieldErrors,
              formErrors,
              keys: native ? 'native' : 'as-written',
              ...(detail === undefined ? {} : { detail }),
            },
            { clock },
          );
          expect(answer.status).toBe(status);
          if (answer.bodyText === undefined) expect(answer.body).toBeUndefined();
          else if (typeof answer.body === 'string') expect(answer.body).toBe(answer.bodyText);
          else expect(JSON.parse(answer.bodyText)).toEqual(answer.body);
        },
      ),
    );
  });
});
