import type { JsonBody } from './JsonBody.js';
import type { ProblemDialect } from './ProblemDialect.js';

/**
 * Wraps success data in the envelope a server of `dialect` uses for 2xx answers, so a mocked happy path
 * looks like the real one: B2B Edition `{"code":200,"data":…,"meta":{"message":"SUCCESS"}}` (documented in
 * bigcommerce/docs `b2b-edition/about/index.mdx`), B2B v2 `{"code":200,"data":…,"message":"SUCCESS"}`,
 * BigCommerce v3 `{"data":…,"meta":{}}`, JSON:API and GraphQL `{"data":…}`; every other dialect sends the
 * data as is.
 *
 * @example
 * ```ts
 * successEnvelope('b2b-edition', { companyId: 7 });
 * // { code: 200, data: { companyId: 7 }, meta: { message: 'SUCCESS' } }
 * http.get('/api/v3/companies/7', () => HttpResponse.json(successEnvelope('b2b-edition', company)));
 * ```
 */
export function successEnvelope(dialect: ProblemDialect, data: JsonBody, status = 200): JsonBody {
  switch (dialect) {
    case 'b2b-edition':
      return { code: status, data, meta: { message: 'SUCCESS' } };
    case 'b2b-edition-v2':
      return { code: status, data, message: 'SUCCESS' };
    case 'bigcommerce-v3':
      return { data, meta: {} };
    case 'json-api':
    case 'graphql':
      return { data };
    default:
      return data;
  }
}
