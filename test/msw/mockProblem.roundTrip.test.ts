// Round trips: what problemkit/msw writes, problemkit's core reads back. For every dialect, a spec's kind,
// title, field messages (looked up by the app's field name), form errors, trace id and wait survive
// `toProblem(mockProblem(spec))`. Where a dialect's wire shape cannot carry a member (a bare DRF map has no
// title, BigCommerce v2 names no fields, Stripe reports one error), the expectation says what the server's
// format keeps instead, so a change on either side shows up here.
import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { findFieldErrors } from '../../src/core/findFieldErrors.js';
import { kindForStatus } from '../../src/core/kindForStatus.js';
import { defaultTitle } from '../../src/core/messages/defaultTitle.js';
import type { Clock } from '../../src/core/timing/Clock.js';
import { toProblem } from '../../src/core/toProblem.js';
import { mockProblem } from '../../src/msw/mockProblem.js';
import type { ProblemDialect } from '../../src/msw/ProblemDialect.js';
import type { ProblemSpec } from '../../src/msw/ProblemSpec.js';

const now = Date.UTC(2026, 10, 23, 9, 0, 0);
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };

function roundTrip(spec: ProblemSpec): ApiProblem {
  const answer = mockProblem(spec, { clock, request: { method: 'POST', url: 'http://localhost/api/orders' } });
  return toProblem({ status: answer.status, headers: answer.headers, body: answer.bodyText }, { clock });
}

/** What the core should read back. `fields` maps the APP's field name to its messages. */
interface Expected {
  readonly dialect: string;
  readonly title: string;
  readonly titleSource?: 'body' | 'catalog';
  readonly detail?: string;
  readonly fields: Readonly<Record<string, readonly string[]>>;
  readonly formErrors: readonly string[];
  readonly traceId?: string;
  readonly retryAfterMs?: number;
  readonly code?: string;
}

function expectReading(problem: ApiProblem, spec: ProblemSpec, expected: Expected): void {
  const fieldNames = Object.keys(expected.fields);
  expect(problem.status).toBe(spec.status);
  expect(problem.kind).toBe(kindForStatus(spec.status, fieldNames.length > 0));
  expect(problem.dialect).toBe(expected.dialect);
  expect(problem.title).toBe(expected.title);
  if (expected.titleSource !== undefined) expect(problem.titleSource).toBe(expected.titleSource);
  expect(problem.detail).toBe(expected.detail);
  for (const [name, messages] of Object.entries(expected.fields)) {
    expect(findFieldErrors(problem, name), `field ${name}`).toEqual(messages);
  }
  expect(problem.fieldErrors.size).toBe(fieldNames.length);
  expect(problem.formErrors).toEqual(expected.formErrors);
  expect(problem.traceId).toBe(expected.traceId);
  expect(problem.retryAfterMs).toBe(expected.retryAfterMs);
  if (expected.code !== undefined) expect(problem.code).toBe(expected.code);
}

// --- A 422 with nested and list fields, several messages on one field, and a form-level message -------------

const sku = 'SKU is required.';
const postal = ['Enter a postal code.', 'Use five digits.'];
const orderEmpty = 'The order is empty.';

const validation = {
  status: 422,
  title: 'Check the order',
  keys: 'native',
  fieldErrors: new Map([
    ['items[0].sku', [sku]],
    ['shippingAddress.postalCode', postal],
  ]),
  formErrors: [orderEmpty],
  traceId: 'trace-422',
} as const satisfies ProblemSpec;

const bothFields = { 'items.0.sku': [sku], 'shippingAddress.postalCode': postal };
const catalogValidation = defaultTitle('validation');

const validationExpectations: Readonly<Record<ProblemDialect, Expected>> = {
  rfc9457: {
    dialect: 'rfc9457',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  // RFC 7807's invalid-params has no form-level entry: the form message is the detail.
  rfc7807: {
    dialect: 'rfc9457',
    title: 'Check the order',
    detail: orderEmpty,
    fields: bothFields,
    formErrors: [],
    traceId: 'trace-422',
  },
  aspnet: {
    dialect: 'aspnet',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  // The default list reads Spring 6 ProblemDetail as RFC 9457 (core/dialects/spring.ts).
  spring: {
    dialect: 'rfc9457',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  'spring-boot': {
    dialect: 'spring',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  // v3 maps a field to ONE string, and form messages move to the detail when there are fields.
  'bigcommerce-v3': {
    dialect: 'bigcommerce-v3',
    title: 'Check the order',
    detail: orderEmpty,
    fields: { 'items.0.sku': [sku], 'shippingAddress.postalCode': [postal.join(' ')] },
    formErrors: [],
    traceId: 'trace-422',
  },
  // v2 names no fields: every message after the first is a form error.
  'bigcommerce-v2': {
    dialect: 'bigcommerce-v2',
    title: 'Check the order',
    fields: {},
    formErrors: [orderEmpty, sku, ...postal],
    traceId: 'trace-422',
  },
  'b2b-edition': {
    dialect: 'b2b-edition',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
    code: '422',
  },
  'b2b-edition-v2': {
    dialect: 'b2b-edition',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
    code: '422',
  },
  'json-api': {
    dialect: 'json-api',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  graphql: {
    dialect: 'graphql',
    title: 'Check the order',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  // Laravel counts form messages in its summary only.
  laravel: { dialect: 'laravel', title: 'Check the order', fields: bothFields, formErrors: [], traceId: 'trace-422' },
  // NestJS's message list names fields in prose only.
  nestjs: {
    dialect: 'nestjs',
    title: 'Check the order',
    fields: {},
    formErrors: [orderEmpty, sku, ...postal],
    traceId: 'trace-422',
  },
  rails: {
    dialect: 'rails',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  drf: {
    dialect: 'drf',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  // Stripe reports one error: the first field's message, which is also the title.
  stripe: { dialect: 'stripe', title: sku, fields: { 'items.0.sku': [sku] }, formErrors: [], traceId: 'trace-422' },
  // A Shopify map without a Shopify header is read by the rails dialect, identically (core/dialects/shopify.ts).
  shopify: {
    dialect: 'rails',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  // Zod's issues carry no title: the catalog names the problem.
  zod: {
    dialect: 'zod',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: bothFields,
    formErrors: [orderEmpty],
    traceId: 'trace-422',
  },
  text: {
    dialect: 'text',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: {},
    formErrors: [],
    traceId: 'trace-422',
  },
  html: {
    dialect: 'html',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: {},
    formErrors: [],
    traceId: 'trace-422',
  },
  empty: {
    dialect: 'empty',
    title: catalogValidation,
    titleSource: 'catalog',
    fields: {},
    formErrors: [],
    traceId: 'trace-422',
  },
};

describe('round trip: a 422 with nested and list fields, in every dialect', () => {
  const readable = Object.entries(validationExpectations).filter(([dialect]) => dialect !== 'shopify');
  it.each(readable)('%s', (dialect, expected) => {
    const spec: ProblemSpec = { ...validation, dialect: dialect as ProblemDialect };
    expectReading(roundTrip(spec), spec, expected);
  });

  it('shopify, with the call-limit header Shopify sends', () => {
    const spec: ProblemSpec = { ...validation, dialect: 'shopify', rateLimit: { limit: 40, remaining: 39 } };
    expectReading(roundTrip(spec), spec, { ...validationExpectations.shopify, dialect: 'shopify' });
  });

  // The documented Shopify/Rails `{"errors":{"title":["can't be blank"]}}` without a Shopify header is read by the
  // rails dialect: `title` is a field and `base` a form error (core/dialects/djangoRestFramework.ts leaves the
  // `errors` wrapper to it).
  it('shopify without a Shopify header (the wrapped Rails map)', () => {
    const spec: ProblemSpec = { ...validation, dialect: 'shopify' };
    expectReading(roundTrip(spec), spec, validationExpectations.shopify);
  });
});

// --- A 503 with title, detail, trace id and a wait ---------------------------------------------------------

const maintenance = {
  status: 503,
  title: 'Down for maintenance',
  detail: 'Back at 10:00.',
  traceId: 'trace-503',
  retryAfter: 120,
} as const satisfies ProblemSpec;

const catalogUnavailable = defaultTitle('unavailable');
const titled = (dialect: string): Expected => ({
  dialect,
  title: 'Down for maintenance',
  detail: 'Back at 10:00.',
  fields: {},
  formErrors: [],
  traceId: 'trace-503',
  retryAfterMs: 120_000,
});
/** Dialects with a single message member: the detail, when given, is what they send. */
const singleMessage = (dialect: string): Expected => ({
  dialect,
  title: 'Back at 10:00.',
  fields: {},
  formErrors: [],
  traceId: 'trace-503',
  retryAfterMs: 120_000,
});
const catalogOnly = (dialect: string): Expected => ({
  dialect,
  title: catalogUnavailable,
  titleSource: 'catalog',
  fields: {},
  formErrors: [],
  traceId: 'trace-503',
  retryAfterMs: 120_000,
});

const maintenanceExpectations: Readonly<Record<ProblemDialect, Expected>> = {
  rfc9457: titled('rfc9457'),
  rfc7807: titled('rfc9457'),
  aspnet: titled('aspnet'),
  spring: titled('rfc9457'),
  // Boot's `message` is the title; `error` (the spec's title) is the fallback.
  'spring-boot': singleMessage('spring'),
  'bigcommerce-v3': titled('bigcommerce-v3'),
  'bigcommerce-v2': { ...titled('bigcommerce-v2'), detail: undefined, formErrors: ['Back at 10:00.'] },
  // B2B shows `data.errMsg` over the envelope message, as the buyer portal does.
  'b2b-edition': { ...singleMessage('b2b-edition'), code: '503' },
  'b2b-edition-v2': { ...singleMessage('b2b-edition'), code: '503' },
  'json-api': titled('json-api'),
  graphql: singleMessage('graphql'),
  // A lone `{"message": …}` has nothing Laravel-specific: the generic JSON reader takes it, with the same title.
  laravel: singleMessage('json'),
  nestjs: singleMessage('nestjs'),
  rails: singleMessage('json'),
  drf: singleMessage('drf'),
  stripe: singleMessage('stripe'),
  shopify: singleMessage('shopify'),
  // Zod carries no title or detail: the detail travels as the one whole-input issue and comes back as a form
  // error; the spec's title is lost, the catalog's names the problem.
  zod: { ...catalogOnly('zod'), formErrors: ['Back at 10:00.'] },
  text: catalogOnly('text'),
  html: catalogOnly('html'),
  empty: catalogOnly('empty'),
};

describe('round trip: a 503 with title, detail, trace id and Retry-After, in every dialect', () => {
  it.each(Object.entries(maintenanceExpectations))('%s', (dialect, expected) => {
    const spec: ProblemSpec = { ...maintenance, dialect: dialect as ProblemDialect };
    expectReading(roundTrip(spec), spec, expected);
  });
});

// --- Keys written in each server's own notation ---------------------------------------------------------------

describe("round trip: field keys in the server's own notation are found by the app's name", () => {
  it.each([
    ['aspnet', { 'Items[0].Sku': [sku], '$.ShippingAddress.PostalCode': postal }],
    ['rfc9457', { '#/items/0/sku': [sku], '#/shippingAddress/postalCode': postal }],
    ['json-api', { '/data/attributes/items/0/sku': [sku], '/data/attributes/shippingAddress/postalCode': postal }],
    ['bigcommerce-v3', { 'items.0.sku': sku, 'shippingAddress.postalCode': postal[0] ?? '' }],
    ['laravel', { 'items.0.sku': [sku], 'shippingAddress.postalCode': postal }],
    ['b2b-edition', { 'items.0.sku': [sku], 'shippingAddress.postalCode': postal }],
    ['drf', { 'items.0.sku': [sku], 'shippingAddress.postalCode': postal }],
    ['rails', { 'items[0].sku': [sku], 'shippingAddress.postalCode': postal }],
    ['stripe', { 'items[0][sku]': [sku] }],
    ['zod', { 'items.0.sku': [sku], 'shippingAddress.postalCode': postal }],
  ] as const)('%s', (dialect, fieldErrors) => {
    const problem = roundTrip({ status: 400, dialect, fieldErrors });
    expect(problem.kind).toBe('validation');
    expect(findFieldErrors(problem, 'items.0.sku')).toEqual([sku]);
    expect(findFieldErrors(problem, 'items[0].sku')).toEqual([sku]);
    if (dialect !== 'stripe') {
      const expected = dialect === 'bigcommerce-v3' ? [postal[0]] : postal;
      expect(findFieldErrors(problem, 'shippingAddress.postalCode')).toEqual(expected);
    }
    // The server's own spelling is kept for display.
    expect([...problem.fieldErrors.keys()][0]).toBe(Object.keys(fieldErrors)[0]);
  });

  it('finds B2B bulk and list-field errors by item index', () => {
    const problem = roundTrip({
      status: 400,
      dialect: 'b2b-edition',
      keys: 'native',
      fieldErrors: new Map([
        ['1.last_name', ['This field may not be null.']],
        ['roles.0', ['"99" is not a valid choice.']],
      ]),
    });
    expect(findFieldErrors(problem, 'roles.0')).toEqual(['"99" is not a valid choice.']);
    expect(findFieldErrors(problem, '1.last_name')).toEqual(['This field may not be null.']);
  });
});

// --- Rate limits in every header family -----------------------------------------------------------------------

describe('round trip: retry timing and quotas in every header family', () => {
  const quota = { limit: 150, remaining: 0, windowMs: 30_000 } as const;
  it.each([
    ['bigcommerce-v3', undefined, { limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 }],
    ['b2b-edition', undefined, { limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 }],
    ['rfc9457', undefined, { policy: 'default', limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 }],
    ['rfc9457', 'ietf-draft-07', { limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 }],
    ['rfc9457', 'ietf-draft-06', { limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 }],
    ['drf', undefined, { limit: 150, remaining: 0, resetMs: 15_000 }],
    ['shopify', undefined, { limit: 150, remaining: 0 }],
  ] as const)('%s (%s)', (dialect, style, rateLimit) => {
    const problem = roundTrip({
      status: 429,
      dialect,
      retryAfter: 15,
      rateLimit: { ...quota, ...(style === undefined ? {} : { style }) },
    });
    expect(problem.kind).toBe('rate-limited');
    expect(problem.retryAfterMs).toBe(15_000);
    expect(problem.rateLimit).toEqual(rateLimit);
  });

  it.each([
    ['retry-after', 42_000],
    ['retry-after-date', 42_000],
    ['x-retry-after', 42_000],
    ['x-rate-limit-time-reset-ms', 41_500],
    ['ratelimit', 42_000],
    ['ratelimit-reset', 42_000],
    ['x-ratelimit-reset', 42_000],
    ['x-request-window-resets-after', 41_500],
  ] as const)('reads the wait from %s alone', (via, retryAfterMs) => {
    const problem = roundTrip({ status: 429, retryAfter: { seconds: 41.5, via } });
    expect(problem.retryAfterMs).toBe(retryAfterMs);
  });
});
