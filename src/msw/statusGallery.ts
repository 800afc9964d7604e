import { bigCommerceStatusCodesType } from './dialects/writeBigCommerceV3.js';
import type { ProblemSpec } from './ProblemSpec.js';

// Every error status the three seed pages name (../shared/seeds: 000 BigCommerce B2B Edition, 001 BigCommerce
// REST v2/v3, 004 Aritma Commerce API), each with the body that API sends for it. "documented" bodies are the
// examples research/formats.md copies from bigcommerce/docs and the Aritma page (§0, §1, §2, §4); "modeled"
// ones use the documented envelope with message text written by us. 2xx and 3xx rows are left out: they are
// not failures, and the kit shows nothing for them (DESIGN.md, Kinds).

/**
 * The API a gallery entry belongs to: one group per seed dialect.
 *
 * @example
 * ```ts
 * const group: StatusGalleryGroup = 'aritma';
 * ```
 */
export type StatusGalleryGroup = 'b2b-edition' | 'bigcommerce-v3' | 'bigcommerce-v2' | 'aritma';

/**
 * One row of `statusGallery`: a status as a seed names it, and the mocked answer for it.
 *
 * @example
 * ```ts
 * const entry: StatusGalleryEntry = statusGallery[0];
 * problemHandler('get', '/api/demo', entry.spec);
 * ```
 */
export interface StatusGalleryEntry {
  /** A stable id, usable as a story name: `b2b-edition-422`, `aritma-401-no-permission`. */
  readonly id: string;
  readonly group: StatusGalleryGroup;
  /** The seed the status is named in. */
  readonly seed: '000' | '001' | '004';
  /** The API's name, for headings. */
  readonly api: string;
  readonly status: number;
  /** The seed's name for the status ("Missing or Invalid Data"). */
  readonly label: string;
  /** The seed's explanation of when the API sends it. */
  readonly purpose: string;
  /** The answer: pass it to `problemHandler`, `problemResponse` or `mockProblem`. */
  readonly spec: ProblemSpec;
  /** Whether the body is a documented example or modeled on the documented envelope. */
  readonly source: 'documented' | 'modeled';
  /** Where the body comes from. */
  readonly reference: string;
}

const relativeType = '/api-docs/getting-started/api-status-codes';
const b2bApi = 'BigCommerce B2B Edition';
const v3Api = 'BigCommerce REST v3';
const v2Api = 'BigCommerce REST v2';
const aritmaApi = 'Aritma Commerce API';
const b2bEnvelope = 'formats.md §4: B2B Edition v3 envelope (bigcommerce/docs b2b-edition/about/index.mdx)';
const v3Shape = 'formats.md §1: BigCommerce v3 error_Base (bigcommerce/docs reference/*.v3.yml)';
const v2Shape = 'formats.md §2: BigCommerce v2 array (bigcommerce/docs reference/orders.v2.oas2.yml 404_Resp)';
const aritmaShape = 'seed 004 / formats.md §0, §5: ASP.NET ProblemDetails with "type": "" and traceId';

// BigCommerce's documented rate-limit headers (formats.md §3): 150 requests per 30 s window, 15 s to wait.
const bigCommerceRateLimit = {
  retryAfter: 15,
  rateLimit: { limit: 150, remaining: 0, windowMs: 30_000, resetMs: 15_000 },
} as const;

const b2bRows: readonly (readonly [number, string, string, ProblemSpec, 'documented' | 'modeled', string])[] = [
  [
    400,
    'Bad Request',
    'Issued when a malformed request was sent.',
    {
      status: 400,
      dialect: 'b2b-edition-v2',
      code: 40010,
      title: 'Bad Requests Error',
      fieldErrors: { address_line_1: 'Address not allow None', last_name: 'Last name not allow None' },
    },
    'documented',
    'formats.md §4: B2B v2 envelope with per-field strings in data (bigcommerce/docs b2b-edition/specs/api-v2)',
  ],
  [
    401,
    'Unauthorized',
    'This response is sent when your client failed to provide credentials or its credentials were invalid.',
    {
      status: 401,
      dialect: 'b2b-edition',
      title: 'Unauthorized',
      detail: 'Authentication credentials were not provided.',
    },
    'modeled',
    `${b2bEnvelope}; message is DRF's NotAuthenticated default`,
  ],
  [
    403,
    'Forbidden',
    'Returned when permissions do not allow the operation.',
    {
      status: 403,
      dialect: 'b2b-edition',
      title: 'Forbidden',
      detail: 'You do not have permission to perform this action.',
    },
    'modeled',
    `${b2bEnvelope}; message is DRF's PermissionDenied default`,
  ],
  [
    404,
    'Not Found',
    'When a particular resource doesn’t exist or couldn’t be found.',
    { status: 404, dialect: 'b2b-edition', title: 'Not Found Error', detail: 'Invoice does not exist' },
    'documented',
    'formats.md §4: {"code":404,"data":{"errMsg":"Invoice does not exist"},"meta":{"message":"Not Found Error"}}',
  ],
  [
    405,
    'Method Not Allowed',
    'The resource was found, but doesn’t support the request method. Issued when either a specific method isn’t yet implemented on a resource, or the resource doesn’t support the method at all. For example, a PUT request to /companies is invalid, but a PUT request to /companies/{companyId} is valid.',
    { status: 405, dialect: 'b2b-edition', detail: 'Method "PUT" not allowed.' },
    'modeled',
    `${b2bEnvelope}; message is DRF's MethodNotAllowed default`,
  ],
  [
    406,
    'Not Acceptable',
    'When the client specifies a response content type in the Accept header that is not supported.',
    { status: 406, dialect: 'b2b-edition', detail: 'Could not satisfy the request Accept header.' },
    'modeled',
    `${b2bEnvelope}; message is DRF's NotAcceptable default`,
  ],
  [
    409,
    'Conflict',
    'A change requested by the client is being rejected because it did not meet a condition imposed by the server. The exact reasons for this response vary from one resource to another. For example, attempting to delete a category whose deletion would orphan products. Additional information about the conflict, and about how to resolve it, may be available in the response’s details section.',
    {
      status: 409,
      dialect: 'b2b-edition',
      body: {
        code: 409,
        data: { errors: [{ _detail: 'A company with this name already exists.', id: '42' }] },
        meta: { message: 'Company was in conflict with another company.' },
      },
    },
    'documented',
    'formats.md §4: bulk-endpoint 409 envelope; the `_detail` text is ours (the docs elide it)',
  ],
  [
    413,
    'Request Entity Too Large',
    'When the client requests too many objects. For example, the limit parameter exceeded the maximum.',
    { status: 413, dialect: 'b2b-edition', detail: 'Ensure this value is less than or equal to 250.' },
    'modeled',
    `${b2bEnvelope}; message is DRF's MaxValueValidator wording`,
  ],
  [
    415,
    'Unsupported Media Type',
    'There are issues with the Content-Type header.',
    { status: 415, dialect: 'b2b-edition', detail: 'Unsupported media type "text/plain" in request.' },
    'modeled',
    `${b2bEnvelope}; message is DRF's UnsupportedMediaType default`,
  ],
  [
    422,
    'Missing or Invalid Data',
    'The request could not be processed, either because it omitted required fields or because it contained invalid data. See the response for more details.',
    {
      status: 422,
      dialect: 'b2b-edition',
      title: 'Parameter Error',
      fieldErrors: { last_name: ['This field may not be null.'] },
    },
    'documented',
    'formats.md §4: {"code":422,"data":{"errMsg":{"last_name":["This field may not be null."]}},"meta":{"message":"Parameter Error"}}',
  ],
  [
    429,
    'Too Many Requests',
    'When an OAuth client exceeds the rate limit for API requests to a store.',
    {
      status: 429,
      dialect: 'b2b-edition',
      detail: 'Request was throttled. Expected available in 30 seconds.',
      retryAfter: 30,
      rateLimit: { limit: 150, remaining: 0, windowMs: 60_000 },
    },
    'modeled',
    `${b2bEnvelope}; X-Requests-* headers documented (150 times/60 s), no 429 body documented`,
  ],
  [
    500,
    'Internal Server Error',
    'When an error has occurred within the API.',
    {
      status: 500,
      dialect: 'b2b-edition',
      detail: 'An internal error occurred. Please try again later.',
      traceId: '6f1c2b7e9a4d4f0c8e3b5a7d9c1e2f40',
    },
    'modeled',
    `${b2bEnvelope}; the trace id travels in X-Request-Id`,
  ],
  [
    501,
    'Not Implemented',
    'When a request method is sent that is not supported by the API, such as TRACE or PATCH.',
    { status: 501, dialect: 'b2b-edition', detail: 'Method "TRACE" is not implemented.' },
    'modeled',
    b2bEnvelope,
  ],
  [
    503,
    'Service Unavailable',
    'When the store is “Down for Maintenance”, being upgraded to a new version, or is suspended due to administrative action or a billing issue.',
    { status: 503, dialect: 'b2b-edition', detail: 'The store is down for maintenance.', retryAfter: 300 },
    'modeled',
    b2bEnvelope,
  ],
  [
    507,
    'Insufficient Storage',
    'When the store has reached a limitation for the resource.',
    { status: 507, dialect: 'b2b-edition', detail: 'The store has reached its limit of 10 company attachments.' },
    'modeled',
    b2bEnvelope,
  ],
];

// Seed 001's table is shared by REST v2 and v3; 422 is not in the seed but in the current status table
// (bigcommerce/docs docs/start/about/status-codes.mdx), and it is where v3 sends field errors.
const bigCommercePurposes: readonly (readonly [number, string, string])[] = [
  [
    400,
    'Bad Request',
    'Issued when a malformed request was sent: invalid syntax, missing required data, or webhook requests missing Content-Type in the HTTP header.',
  ],
  [
    401,
    'Unauthorized',
    'This response is sent when your client failed to provide credentials or its credentials were invalid.',
  ],
  [
    403,
    'Forbidden',
    'Returned when permissions do not allow the operation or when the operation exceeds a limit (for example, a store cannot exceed 16,000 categories).',
  ],
  [404, 'Not Found', 'When a particular resource doesn’t exist or couldn’t be found.'],
  [
    405,
    'Method Not Allowed',
    'The resource was found, but doesn’t support the request method. For example, a PUT on /orders is invalid, but PUT on /orders/{_id_} is valid.',
  ],
  [
    406,
    'Not Acceptable',
    'When the client specifies a response content type in the Accept header that is not supported.',
  ],
  [
    409,
    'Conflict',
    'A change requested by the client is being rejected due to a condition imposed by the server. Additional information about the conflict and how to resolve it may be available in the details section of the response.',
  ],
  [
    413,
    'Request Entity Too Large',
    'When the client requests too many objects. For example, the limit parameter exceeded the maximum.',
  ],
  [
    415,
    'Unsupported Media Type',
    'Returned due to issues with the Content-Type header: it specifies an unsupported content type, or it is missing.',
  ],
  [
    422,
    'Missing or Invalid Data',
    'The request could not be processed because it omitted required fields or contained invalid data (current status table, not in seed 001).',
  ],
  [429, 'Too Many Requests', 'When an OAuth client exceeds the rate limit for API requests to a store.'],
  [500, 'Internal Server Error', 'When an error has occurred within the API.'],
  [501, 'Not Implemented', 'When a request method is sent that is not supported by the API (e.g., TRACE, PATCH).'],
  [
    503,
    'Service Unavailable',
    'When the store is marked as “Down for Maintenance” or the store is being upgraded to a new version.',
  ],
  [
    507,
    'Insufficient Storage',
    'When the store has reached a limitation for the resource according to their BigCommerce plan (e.g., 500 product limit).',
  ],
  [
    509,
    'Bandwidth Limit Exceeded',
    '(Deprecated) Returned to apps using Basic Authentication that have exceeded their rate limits.',
  ],
];

const v3Specs: ReadonlyMap<number, readonly [ProblemSpec, 'documented' | 'modeled', string]> = new Map([
  [
    400,
    [
      { status: 400, dialect: 'bigcommerce-v3', title: 'Input is invalid', detail: 'Syntax error' },
      'documented',
      'formats.md §1: reference/carts.v3.yml 400',
    ],
  ],
  [
    401,
    [
      { status: 401, dialect: 'bigcommerce-v3', type: relativeType },
      'documented',
      'formats.md §1: reference/webhooks.v3.yml 401',
    ],
  ],
  [
    403,
    [
      { status: 403, dialect: 'bigcommerce-v3', type: relativeType },
      'documented',
      'formats.md §1: reference/sites.v3.yml 403',
    ],
  ],
  [
    404,
    [
      { status: 404, dialect: 'bigcommerce-v3', title: 'A Page was not found with an ID of 99' },
      'documented',
      'formats.md §1: reference/pages.v3.yml 404',
    ],
  ],
  [405, [{ status: 405, dialect: 'bigcommerce-v3', type: relativeType }, 'modeled', v3Shape]],
  [406, [{ status: 406, dialect: 'bigcommerce-v3', type: relativeType }, 'modeled', v3Shape]],
  [
    409,
    [
      {
        status: 409,
        dialect: 'bigcommerce-v3',
        title: 'Unable to add shopper profiles to segment due to conflicts.',
        type: relativeType,
      },
      'modeled',
      `${v3Shape}; title from reference/segments.v3.yml's bulk 409`,
    ],
  ],
  [
    413,
    [
      {
        status: 413,
        dialect: 'bigcommerce-v3',
        title: 'The request payload is too large. The maximum items allowed in the array is 10.',
        type: relativeType,
      },
      'documented',
      'formats.md §1: products batch 413 (with "errors":{})',
    ],
  ],
  [415, [{ status: 415, dialect: 'bigcommerce-v3', type: relativeType }, 'modeled', v3Shape]],
  [
    422,
    [
      {
        status: 422,
        dialect: 'bigcommerce-v3',
        title: 'Missing Required Fields',
        fieldErrors: {
          name: 'Please provide a name.',
          price: 'Please provide a price.',
          type: 'Please provide a type.',
          weight: 'Please provide a weight.',
        },
      },
      'documented',
      'formats.md §1: docs/start/migration/4_errors.md, Update Products (Batch)',
    ],
  ],
  [
    429,
    [
      { status: 429, dialect: 'bigcommerce-v3', type: relativeType, ...bigCommerceRateLimit },
      'documented',
      'formats.md §1, §3: customers validate-credentials 429 body; X-Retry-After and X-Rate-Limit-* headers',
    ],
  ],
  [
    500,
    [
      { status: 500, dialect: 'bigcommerce-v3', type: relativeType, traceId: 'b5c0f8f2-3d1e-4c44-9a55-0e7d2a1c9b13' },
      'modeled',
      `${v3Shape}; the trace id travels in X-Request-Id`,
    ],
  ],
  [501, [{ status: 501, dialect: 'bigcommerce-v3', type: relativeType }, 'modeled', v3Shape]],
  [
    503,
    [
      { status: 503, dialect: 'bigcommerce-v3', title: 'Service Unavailable', type: relativeType },
      'documented',
      'formats.md §1: reference/abandoned_carts.v3.yml 503',
    ],
  ],
  [
    507,
    [
      {
        status: 507,
        dialect: 'bigcommerce-v3',
        title: 'The store has reached its limit of 500 products.',
        type: bigCommerceStatusCodesType,
      },
      'modeled',
      v3Shape,
    ],
  ],
  [
    509,
    [
      {
        status: 509,
        dialect: 'bigcommerce-v3',
        type: relativeType,
        retryAfter: 60,
        headers: { 'X-BC-ApiLimit-Remaining': '0' },
      },
      'modeled',
      `${v3Shape}; X-BC-ApiLimit-Remaining is the legacy basic-auth limit header (formats.md §3)`,
    ],
  ],
]);

const v2Specs: ReadonlyMap<number, readonly [ProblemSpec, 'documented' | 'modeled', string]> = new Map([
  [
    400,
    [
      {
        status: 400,
        dialect: 'bigcommerce-v2',
        body: [
          {
            message:
              "The field 'item_total' cannot be written to. Please remove it from your request before trying again.",
            status: 404,
          },
        ],
      },
      'documented',
      'formats.md §2: the documented v2 400, whose inner status (404) disagrees with the HTTP status',
    ],
  ],
  [401, [{ status: 401, dialect: 'bigcommerce-v2', title: 'Unauthorized' }, 'modeled', v2Shape]],
  [
    403,
    [
      { status: 403, dialect: 'bigcommerce-v2', title: 'You do not have permission to access this resource.' },
      'modeled',
      v2Shape,
    ],
  ],
  [
    404,
    [{ status: 404, dialect: 'bigcommerce-v2', title: 'The requested resource was not found.' }, 'modeled', v2Shape],
  ],
  [405, [{ status: 405, dialect: 'bigcommerce-v2', title: 'Method Not Allowed' }, 'modeled', v2Shape]],
  [406, [{ status: 406, dialect: 'bigcommerce-v2', title: 'Not Acceptable' }, 'modeled', v2Shape]],
  [
    409,
    [
      { status: 409, dialect: 'bigcommerce-v2', title: 'The category cannot be deleted because products use it.' },
      'modeled',
      v2Shape,
    ],
  ],
  [
    413,
    [
      { status: 413, dialect: 'bigcommerce-v2', title: "The field 'limit' exceeds the maximum of 250." },
      'modeled',
      v2Shape,
    ],
  ],
  [
    415,
    [
      { status: 415, dialect: 'bigcommerce-v2', title: 'The Content-Type header is missing or not supported.' },
      'modeled',
      v2Shape,
    ],
  ],
  [
    429,
    [
      { status: 429, dialect: 'bigcommerce-v2', title: 'Too many requests', ...bigCommerceRateLimit },
      'modeled',
      `${v2Shape}; rate-limit headers documented (formats.md §3)`,
    ],
  ],
  [
    500,
    [
      {
        status: 500,
        dialect: 'bigcommerce-v2',
        title: 'Internal Server Error',
        traceId: '0d9a7c3e-6b2f-4f8a-8c1d-5e4b3a2f1c07',
      },
      'modeled',
      `${v2Shape}; the trace id travels in X-Request-Id`,
    ],
  ],
  [501, [{ status: 501, dialect: 'bigcommerce-v2', title: 'Not Implemented' }, 'modeled', v2Shape]],
  [
    503,
    [
      { status: 503, dialect: 'bigcommerce-v2', title: 'The store is down for maintenance.', retryAfter: 300 },
      'modeled',
      v2Shape,
    ],
  ],
  [
    507,
    [
      { status: 507, dialect: 'bigcommerce-v2', title: 'The store has reached its limit of 500 products.' },
      'modeled',
      v2Shape,
    ],
  ],
  [
    509,
    [
      {
        status: 509,
        dialect: 'bigcommerce-v2',
        title: 'Bandwidth Limit Exceeded',
        retryAfter: 60,
        headers: { 'X-BC-ApiLimit-Remaining': '0' },
      },
      'modeled',
      `${v2Shape}; X-BC-ApiLimit-Remaining is the legacy basic-auth limit header (formats.md §3)`,
    ],
  ],
]);

const aritmaRows: readonly (readonly [
  string,
  number,
  string,
  string,
  ProblemSpec,
  'documented' | 'modeled',
  string,
])[] = [
  [
    '400',
    400,
    'Bad Request',
    'The request was unacceptable, usually due to missing a required parameter. See Validation Errors.',
    {
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
    },
    'documented',
    'seed 004: the Validation Errors example',
  ],
  [
    '401-unauthenticated',
    401,
    'Unauthorized',
    'The access token could not be authenticated.',
    { status: 401, dialect: 'empty' },
    'documented',
    'seed 004: "For all errors except 401 Unauthorized … a Problem Details response body"',
  ],
  [
    '401-no-permission',
    401,
    'Unauthorized',
    'The access token did not have permissions to the requested resource.',
    { status: 401, dialect: 'empty' },
    'documented',
    'seed 004: 401 has no body',
  ],
  [
    '403',
    403,
    'Forbidden',
    'The access token did not have permissions to perform the request.',
    {
      status: 403,
      dialect: 'aspnet',
      type: '',
      detail: 'The access token does not allow changes to company 123.',
      traceId: '00-5c1e0a9b7d3f4e2a8b6c4d2e0f1a3b5c-9d7e5f3a1b2c4d6e-00',
    },
    'modeled',
    aritmaShape,
  ],
  [
    '404',
    404,
    'Not Found',
    'The requested resource was not found.',
    {
      status: 404,
      dialect: 'aspnet',
      type: '',
      detail: 'Connection with id 123 not found.',
      traceId: '00-27822f747ddd2d1a4ea898bcd1e5cf27-8098c98f274b7de7-00',
    },
    'documented',
    'seed 004: the Problem Details example',
  ],
  [
    '405',
    405,
    'Method Not Allowed',
    'The request method is known by the server but is not supported by the target resource. Example: PATCH.',
    { status: 405, dialect: 'aspnet', type: '', traceId: '00-8a2b4c6d8e0f1a2b3c4d5e6f7a8b9c0d-1a2b3c4d5e6f7a8b-00' },
    'modeled',
    aritmaShape,
  ],
  [
    '406',
    406,
    'Not Acceptable',
    'The server cannot use the client-request media type to return the response payload. (The request is most likely missing an Accept: application/json header.)',
    { status: 406, dialect: 'aspnet', type: '', traceId: '00-3f5e7d9c1b2a4f6e8d0c2b4a6f8e0d1c-2b4d6f8a0c1e3a5c-00' },
    'modeled',
    aritmaShape,
  ],
  [
    '409',
    409,
    'Conflict',
    'The request conflicts with the current state of the server. (Most likely due to a resource that already exists.)',
    {
      status: 409,
      dialect: 'aspnet',
      type: '',
      detail: "A connection with the name 'Main account' already exists.",
      traceId: '00-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b-3c5e7a9b1d2f4a6c-00',
    },
    'modeled',
    aritmaShape,
  ],
  [
    '415',
    415,
    'Unsupported Media Type',
    'The media format of the requested data is not supported by the server. (The request is most likely missing a Content-Type: application/json header.)',
    { status: 415, dialect: 'aspnet', type: '', traceId: '00-1b3d5f7a9c0e2a4c6e8a0c2e4a6c8e0a-4d6f8b0c2e3a5c7e-00' },
    'modeled',
    aritmaShape,
  ],
  [
    '429',
    429,
    'Too Many Requests',
    'Too many requests in a given amount of time.',
    {
      status: 429,
      dialect: 'aspnet',
      type: '',
      retryAfter: 10,
      traceId: '00-7c9e1a3b5d7f9b1d3f5a7c9e1b3d5f7a-5e7a9c1d3f4b6d8f-00',
    },
    'modeled',
    `${aritmaShape}; ASP.NET's rate limiter sets Retry-After`,
  ],
  [
    '500',
    500,
    'Internal Server Error',
    'An unhandled system or application error occurred.',
    { status: 500, dialect: 'aspnet', type: '', traceId: '00-4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e-6f8b0d2e4a5c7e9a-00' },
    'modeled',
    aritmaShape,
  ],
  [
    '501',
    501,
    'Not Implemented',
    'The request method is not supported by the server and cannot be handled. (Most likely due to a feature that has not been implemented yet.)',
    { status: 501, dialect: 'aspnet', type: '', traceId: '00-2d4f6b8d0f2b4d6f8b0d2f4b6d8f0b2d-7a9c1e3f5b6d8f0b-00' },
    'modeled',
    aritmaShape,
  ],
  [
    '503',
    503,
    'Service Unavailable',
    'The server is not ready to handle the request. (The server might be overloaded or down for maintenance.)',
    {
      status: 503,
      dialect: 'aspnet',
      type: '',
      retryAfter: 120,
      traceId: '00-6b8d0f2b4d6f8b0d2f4b6d8f0b2d4f6b-8b0d2f4a6c7e9a1c-00',
    },
    'modeled',
    aritmaShape,
  ],
  [
    '504',
    504,
    'Gateway Timeout',
    'This error response is given when the server is acting as a gateway and cannot get a response in time. (Most likely due to an unavailable service dependency.)',
    { status: 504, dialect: 'aspnet', type: '', traceId: '00-0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a-9c1e3a5b7d8f0a2c-00' },
    'modeled',
    aritmaShape,
  ],
];

function bigCommerceEntries(
  group: 'bigcommerce-v3' | 'bigcommerce-v2',
  api: string,
  specs: ReadonlyMap<number, readonly [ProblemSpec, 'documented' | 'modeled', string]>,
): StatusGalleryEntry[] {
  return bigCommercePurposes.flatMap(([status, label, purpose]) => {
    const row = specs.get(status);
    if (row === undefined) return [];
    const [spec, source, reference] = row;
    return [
      { id: `${group}-${status}`, group, seed: '001' as const, api, status, label, purpose, spec, source, reference },
    ];
  });
}

/**
 * Every error status named in the three seeds, per seed dialect, with the answer that API gives: B2B Edition
 * (seed 000, its two envelopes), BigCommerce REST v3 and v2 (seed 001, plus v3's 422 from the current status
 * table) and the Aritma Commerce API (seed 004, ASP.NET problem details with `"type": ""`, no body on 401 —
 * which the seed lists twice). Documented example bodies are used where the docs have one (`source:
 * 'documented'`), otherwise the documented envelope with our wording (`'modeled'`). Made for a status gallery:
 * one story per entry.
 *
 * @example
 * ```ts
 * const b2b = statusGallery.filter((entry) => entry.group === 'b2b-edition');
 * export const Unprocessable = { parameters: { msw: { handlers: [problemHandler('post', '/api/companies', b2b[9].spec)] } } };
 * ```
 */
export const statusGallery: readonly StatusGalleryEntry[] = [
  ...b2bRows.map(
    ([status, label, purpose, spec, source, reference]): StatusGalleryEntry => ({
      id: `b2b-edition-${status}`,
      group: 'b2b-edition',
      seed: '000',
      api: b2bApi,
      status,
      label,
      purpose,
      spec,
      source,
      reference,
    }),
  ),
  ...bigCommerceEntries('bigcommerce-v3', v3Api, v3Specs),
  ...bigCommerceEntries('bigcommerce-v2', v2Api, v2Specs),
  ...aritmaRows.map(
    ([suffix, status, label, purpose, spec, source, reference]): StatusGalleryEntry => ({
      id: `aritma-${suffix}`,
      group: 'aritma',
      seed: '004',
      api: aritmaApi,
      status,
      label,
      purpose,
      spec,
      source,
      reference,
    }),
  ),
];
