// One realistic answer per problem kind, in the dialects of the seed APIs (BigCommerce B2B Edition, REST v2/v3,
// Aritma's ASP.NET problem details) and a few others, for the ProblemNotice stories and the all-kinds matrix.
import type { ProblemKind } from 'problemkit';
import type { ProblemSpec } from 'problemkit/msw';

/** The spec for each kind; `unknown` has no HTTP answer (it is a thrown non-HTTP error) and is built apart. */
export const kindSpecs: { readonly [K in Exclude<ProblemKind, 'unknown'>]: ProblemSpec } = {
  'bad-request': {
    status: 400,
    dialect: 'bigcommerce-v2',
    detail: 'The filter "min_date_created" must be a valid date.',
  },
  validation: {
    status: 422,
    dialect: 'bigcommerce-v3',
    title: 'Input is invalid',
    fieldErrors: { name: 'Please enter a name.' },
  },
  unauthenticated: { status: 401, dialect: 'empty' },
  forbidden: {
    status: 403,
    dialect: 'b2b-edition',
    title: 'Forbidden',
    detail: 'Only company administrators can change the company address.',
  },
  'not-found': { status: 404, dialect: 'b2b-edition', title: 'Not Found Error', detail: 'Invoice does not exist' },
  'method-not-allowed': { status: 405, dialect: 'b2b-edition', detail: 'Method "PUT" not allowed.' },
  'not-acceptable': { status: 406, dialect: 'b2b-edition', detail: 'Could not satisfy the request Accept header.' },
  'unsupported-media-type': { status: 415, dialect: 'aspnet' },
  'not-implemented': { status: 501, dialect: 'bigcommerce-v3' },
  timeout: { status: 504, dialect: 'html' },
  conflict: {
    status: 409,
    dialect: 'bigcommerce-v3',
    title: 'The product was changed by someone else',
    detail: 'The product was updated at 08:58 by another user.',
  },
  'too-large': { status: 413, dialect: 'b2b-edition', detail: 'Ensure this value is less than or equal to 250.' },
  'rate-limited': {
    status: 429,
    dialect: 'bigcommerce-v3',
    retryAfter: 15,
    rateLimit: { limit: 150, remaining: 0, windowMs: 30_000 },
  },
  server: { status: 500, dialect: 'aspnet', traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00' },
  unavailable: { status: 503, dialect: 'aspnet', retryAfter: 1800, traceId: '0HMVFE0A6N9VS:00000001' },
  'insufficient-storage': {
    status: 507,
    dialect: 'bigcommerce-v3',
    title: 'Insufficient Storage',
    detail: 'This store has reached the maximum number of products for its plan (10,000).',
  },
  network: { status: 0 },
};
