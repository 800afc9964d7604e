// GraphQL over HTTP (https://spec.graphql.org/October2021/#sec-Errors, research/formats.md §1, §7):
// `{"data":null,"errors":[{"message","locations"?,"path"?,"extensions":{"code"}}]}` as application/json. The
// spec has no notion of input-field errors: each field message is an error whose `path` names the field
// (`["items", 0, "sku"]`, indexes as numbers, as the spec writes list positions), which is where problemkit's
// reader looks, with Apollo Server's `extensions.code: "BAD_USER_INPUT"`. A general error (the detail, else the
// title, else the reason phrase) comes first when there is one; `code` goes in `extensions.code`. Use status
// 200 for the classic "errors in a 200" answer, 401 for BigCommerce's storefront auth failures.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { isIndex } from './isIndex.js';
import { jsonRecord } from './jsonRecord.js';

/** GraphQL response with top-level `errors`. */
export const writeGraphql: DialectWriter = (input) => {
  const fieldErrors = input.fields.flatMap((field) =>
    field.messages.map((message) =>
      jsonRecord([
        ['message', message],
        ['path', field.segments.map((segment) => (isIndex(segment) ? Number(segment) : segment))],
        ['extensions', jsonRecord([['code', input.code ?? 'BAD_USER_INPUT']])],
      ]),
    ),
  );
  const codeExtensions = input.code === undefined ? undefined : jsonRecord([['code', input.code]]);
  const formErrors = input.formErrors.map((message) =>
    jsonRecord([
      ['message', message],
      ['extensions', codeExtensions],
    ]),
  );
  const general = input.detail ?? input.title;
  const specific = [...formErrors, ...fieldErrors];
  const errors = [
    ...(general !== undefined || specific.length === 0
      ? [
          jsonRecord([
            ['message', general ?? reasonPhrase(input.status)],
            ['extensions', codeExtensions],
          ]),
        ]
      : []),
    ...specific,
  ];
  return {
    contentType: 'application/json',
    json: jsonRecord([
      ['data', null],
      ['errors', errors],
    ]),
  };
};
