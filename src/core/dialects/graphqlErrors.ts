// Shape: GraphQL response errors, https://spec.graphql.org/October2021/#sec-Errors (`{"data": …|null, "errors":
// [{"message", "locations"?: [{line, column}], "path"?: [string|int], "extensions"?: {"code": …}}]}`) and
// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/, `application/graphql-response+json`).
// BigCommerce storefront: auth failures are 401 `{"errors":[{"message":"…"}]}`
// (github.com/bigcommerce/docs docs/start/about/status-codes.mdx); B2B Edition's GraphQL sends
// `extensions.code` 40101 for an expired session (github.com/bigcommerce/b2b-buyer-portal
// apps/storefront/src/shared/service/request/b3Fetch.ts).
import { errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { codeOf, textOf } from './textOf.js';

/**
 * GraphQL: `errors` is a non-empty list whose items all have a string `message`, none of the
 * REST problem members (`title`, `detail`, `source`, `pointer`, `field`) and no `path` but a list (a REST
 * `{field, message}` or `{path: "email", message}` list is the generic reader's). The first message is the title and
 * its `extensions.code` (else `code`) the code; an error with a `path` becomes a field error under
 * the path joined by dots (`["createUser", "input", "email"]` → `createUser.input.email`); other
 * later messages become form errors.
 *
 * @example
 * ```ts
 * toProblem({ status: 401, body: { errors: [{ message: 'Session expired', extensions: { code: 40101 } }] } });
 * // dialect 'graphql', title 'Session expired', code '40101'
 * ```
 */
export const graphqlErrors: Dialect = {
  name: 'graphql',
  read(body) {
    const errors = isRecord(body) ? body.errors : undefined;
    const isGraphql =
      Array.isArray(errors) &&
      errors.length > 0 &&
      errors.every(
        (item) =>
          isRecord(item) &&
          typeof item.message === 'string' &&
          !('title' in item || 'detail' in item || 'source' in item || 'pointer' in item || 'field' in item) &&
          (item.path === undefined || Array.isArray(item.path)),
      );
    if (!isGraphql) return undefined;
    const sink = errorSink();
    for (const { message: text, path, extensions, code } of errors as ReadonlyArray<
      Readonly<Record<string, unknown>>
    >) {
      const message = textOf(text);
      if (message === undefined) continue;
      // `["user", "friends", 0, "name"]` → `user.friends.0.name`.
      const key =
        Array.isArray(path) && path.length && path.every((part) => typeof part === 'string' || Number.isInteger(part))
          ? path.join('.')
          : undefined;
      if (sink.title === undefined) {
        sink.title = message;
        sink.code = codeOf(isRecord(extensions) ? extensions.code : undefined) ?? codeOf(code);
      } else if (key === undefined) {
        sink.formErrors.push(message);
      }
      if (key !== undefined) sink.fieldErrors.push([key, [message]]);
    }
    return sink;
  },
};
