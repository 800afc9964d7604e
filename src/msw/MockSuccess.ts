import type { JsonBody } from './JsonBody.js';
import type { ProblemDialect } from './ProblemDialect.js';

/**
 * What a scenario answers once it stops failing:
 * - an object: `{ data }` is wrapped in the dialect's success envelope (B2B `{code, data, meta}`,
 *   BigCommerce v3 `{data, meta}`, JSON:API and GraphQL `{data}`, others `data` as is), `{ body }` is sent as
 *   is; `status` defaults to 200 (204 sends no body), `dialect` to the failure's dialect;
 * - a function of the request returning a `Response` (e.g. `HttpResponse.json(…)`), for anything else;
 * - `'next'`: answer nothing, so msw passes the request on to the next matching handler (your real mock).
 * Left out, scenarios answer `{ status: 200, data: {} }`.
 *
 * @example
 * ```ts
 * const saved: MockSuccess = { status: 201, data: { id: 7, name: 'Acme' } };
 * const passOn: MockSuccess = 'next';
 * const custom: MockSuccess = ({ request }) => HttpResponse.json({ echo: request.url });
 * ```
 */
export type MockSuccess =
  | 'next'
  | {
      readonly status?: number;
      readonly data?: JsonBody;
      readonly body?: JsonBody;
      readonly headers?: { readonly [name: string]: string };
      readonly dialect?: ProblemDialect;
    }
  | ((info: { readonly request: Request }) => Response | Promise<Response>);
