import { aspNetProblemDetails } from './aspNetProblemDetails.js';
import { b2bEdition } from './b2bEdition.js';
import { bigCommerceV2 } from './bigCommerceV2.js';
import { bigCommerceV3 } from './bigCommerceV3.js';
import type { Dialect } from './Dialect.js';
import { djangoRestFramework } from './djangoRestFramework.js';
import { emptyBody } from './emptyBody.js';
import { genericJson } from './genericJson.js';
import { graphqlErrors } from './graphqlErrors.js';
import { htmlBody } from './htmlBody.js';
import { jsonApi } from './jsonApi.js';
import { laravel } from './laravel.js';
import { nestJs } from './nestJs.js';
import { plainText } from './plainText.js';
import { rails } from './rails.js';
import { rfc9457 } from './rfc9457.js';
import { shopify } from './shopify.js';
import { spring } from './spring.js';
import { stripe } from './stripe.js';
import { zodErrors } from './zodErrors.js';

// Detection uses media types (https://www.iana.org/assignments/media-types/media-types.xhtml) and body shapes
// (research/formats.md §9). The order is the precedence: the first dialect that answers wins, so each entry is
// more specific than the ones after it. The reasons for the places that matter:
// - empty and html first: they decide from the text alone (HTML even when labelled JSON).
// - json-api before bigcommerce-v3: both send `errors: [{title, status}]`; JSON:API's status is a string, and its
//   media type wins.
// - bigcommerce-v3 and aspnet before rfc9457: both are RFC 9457 objects with a recognisable mark (a BigCommerce
//   `type`, single-string `errors`; a `traceId`, an ASP.NET RFC link). They come early because they are the
//   commonest bodies this kit meets (seeds 001 and 004), and every dialect tried costs time.
// - b2b-edition: its `{code, data, …}` envelope is declined by every dialect before it (bigcommerce-v3 reads
//   `{code, message}` only when those are the only two members).
// - zod before bigcommerce-v2 and graphql: they read a bare `[{message}]` and `errors: [{message, path}]`; zod
//   takes such a list only when every entry has a Zod code (`invalid_type`, lower snake case) and a path, which
//   BigCommerce v2 and GraphQL errors do not carry.
// - graphql after the REST dialects: REST error lists carry `title`/`detail`/`source`, which graphql declines.
// - stripe, laravel, nestjs, spring, shopify need a specific member (`error.type`, `message` + `errors`,
//   `statusCode`, `timestamp` + `error` + `path`, string `errors` or a Shopify header) and come before the
//   bare-map readers drf and rails.
// - text and the generic json fallback last: they answer for any string and any other value.
const dialects: Dialect[] = [
  emptyBody,
  htmlBody,
  jsonApi,
  bigCommerceV3,
  aspNetProblemDetails,
  b2bEdition,
  zodErrors,
  bigCommerceV2,
  graphqlErrors,
  stripe,
  rfc9457,
  spring,
  laravel,
  nestJs,
  shopify,
  djangoRestFramework,
  rails,
  plainText,
  genericJson,
];

/**
 * The dialects `toProblem` tries, in order, when no `dialects` option is given: the first one that
 * answers wins, so the list runs from the most specific wire formats (JSON:API, BigCommerce v3,
 * ASP.NET, B2B Edition's envelope) to the most general (plain text, then any JSON). `registerDialect`
 * changes it; to compose a list for one call instead, pass `{ dialects: [mine, ...defaultDialects] }`.
 *
 * @example
 * ```ts
 * defaultDialects.map((dialect) => dialect.name);
 * // ['empty', 'html', 'json-api', 'bigcommerce-v3', 'aspnet', 'b2b-edition', …, 'text', 'json']
 * ```
 */
export const defaultDialects: readonly Dialect[] = dialects;

/** Where `registerDialect` puts a dialect: before or after the dialect with that name. */
export interface RegisterDialectOptions {
  /** Insert just before the dialect of this name (e.g. `'rfc9457'`). */
  readonly before?: string;
  /** Insert just after the dialect of this name (e.g. `'html'`). Ignored when `before` is given. */
  readonly after?: string;
}

/**
 * Adds a dialect to `defaultDialects`, for every later `toProblem` call without its own `dialects`.
 * By default it goes first, ahead of every built-in dialect, so it sees each body before them; pass
 * `{ before: name }` or `{ after: name }` to place it next to a built-in one instead (an unknown name
 * means first). A dialect with the same name as one in the list replaces it (so re-registering, as
 * hot reloading does, does not duplicate it). Returns a function that removes it again (and puts
 * back the dialect it replaced). An object without a string `name` and a `read` function is ignored.
 *
 * @example
 * ```ts
 * const unregister = registerDialect({
 *   name: 'acme',
 *   read: (body) => (isAcmeError(body) ? { title: body.reason, code: body.errorCode } : undefined),
 * }, { before: 'rfc9457' });
 * unregister(); // back to the built-in list
 * ```
 */
export function registerDialect(dialect: Dialect, options?: RegisterDialectOptions): () => void {
  if (typeof dialect !== 'object' || dialect === null) return () => {};
  if (typeof dialect.name !== 'string' || typeof dialect.read !== 'function') return () => {};
  const existing = dialects.findIndex((entry) => entry.name === dialect.name);
  const replaced = existing === -1 ? undefined : dialects[existing];
  const anchor = options?.before ?? options?.after;
  if (existing !== -1 && anchor === undefined) {
    dialects[existing] = dialect;
  } else {
    if (existing !== -1) dialects.splice(existing, 1);
    const at = anchor === undefined ? -1 : dialects.findIndex((entry) => entry.name === anchor);
    const index = at === -1 ? 0 : options?.before !== undefined ? at : at + 1;
    dialects.splice(index, 0, dialect);
  }
  return () => {
    const index = dialects.indexOf(dialect);
    if (index === -1) return;
    // Put back what it replaced (a built-in dialect of the same name), where the replacement stood.
    if (replaced === undefined || dialects.includes(replaced)) dialects.splice(index, 1);
    else dialects[index] = replaced;
  };
}

/**
 * The registry as one object: the same list as `defaultDialects` and the same function as
 * `registerDialect` (this module is named after it).
 *
 * @example
 * ```ts
 * dialectRegistry.register(myDialect);
 * dialectRegistry.dialects[0] === myDialect; // true
 * ```
 */
export const dialectRegistry: {
  readonly dialects: readonly Dialect[];
  readonly register: typeof registerDialect;
} = { dialects, register: registerDialect };
