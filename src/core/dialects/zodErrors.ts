// Shape: Zod, https://zod.dev/error-handling and https://zod.dev/error-formatting, as servers written in
// TypeScript send it. An issue is `{"code": "too_small", "path": ["items", 1, "sku"], "message": "…", …}`. A
// ZodError serialises as `{"issues": […], "name": "ZodError"}` in Zod 3 and as `{"name": "ZodError", "message":
// "<the issues as JSON>"}` in Zod 4, whose `issues` are not enumerable (both checked against zod 3.25 and 4.6). Apps
// send the issues (`res.status(400).json({ errors: error.issues })`), the error itself (Hono's zValidator answers
// with the failed `safeParse` result, `{"success": false, "error": ZodError}`), or a formatted form: `flatten()`
// `{formErrors, fieldErrors}` (tRPC's error-formatting recipe sends it as `error.data.zodError`,
// https://trpc.io/docs/server/error-formatting, and tRPC's own `error.message` is the ZodError's message), Zod 3's
// `format()` `{"_errors": [], "name": {"_errors": […]}}` and Zod 4's `z.treeifyError` `{"errors": [],
// "properties": {…}, "items": […]}`. Standard Schema validators (Valibot, ArkType; https://standardschema.dev)
// report `{"issues": [{"message", "path": [{"key": …}]}]}`.
import { collectErrors, type ErrorSink, errorSink, maxCollectedFields } from './collectErrors.js';
import type { Dialect, DialectReading } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { codeOf, textOf } from './textOf.js';

type Issue = Readonly<{ path?: unknown; message: string }>;

/** Zod's issue codes are lower snake case (`invalid_type`, `custom`); GraphQL's `BAD_USER_INPUT` is not one. */
const zodCode = /^[a-z]+(_[a-z]+)*$/;

/**
 * A list of issues. `strict` for lists found where other dialects' errors live too (a bare array, `errors`, a
 * message): then every issue needs a Zod code and a path, so a GraphQL or JSON:API list is never taken for one.
 */
function isIssueList(value: unknown, strict: boolean): value is readonly Issue[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (issue) =>
        isRecord(issue) &&
        typeof issue.message === 'string' &&
        (strict
          ? Array.isArray(issue.path) && typeof issue.code === 'string' && zodCode.test(issue.code)
          : issue.path === undefined || Array.isArray(issue.path)),
    )
  );
}

/** Zod 4's serialised error carries its issues as JSON in `message` (tRPC passes that message on). */
function issuesInMessage(message: unknown): readonly Issue[] | undefined {
  if (typeof message !== 'string' || !message.trimStart().startsWith('[')) return undefined;
  try {
    const issues: unknown = JSON.parse(message);
    return isIssueList(issues, true) ? issues : undefined;
  } catch {
    return undefined;
  }
}

/** `["items", 1, "sku"]` (or Standard Schema's `[{key: "items"}, …]`) → `items.1.sku`; `''` for the whole input. */
function pathKey(path: unknown): string | undefined {
  if (!Array.isArray(path)) return '';
  let key = '';
  for (const part of path) {
    const segment: unknown = isRecord(part) ? part.key : part;
    if (typeof segment !== 'string' && !Number.isInteger(segment)) return undefined;
    key = key ? `${key}.${segment}` : `${segment}`;
  }
  return key;
}

function readIssues(issues: readonly Issue[], sink: ErrorSink): ErrorSink {
  for (const issue of issues) {
    const message = textOf(issue.message);
    const key = pathKey(issue.path);
    if (message === undefined) continue;
    // About the whole input, or at a path no key can name (a Map key): still shown, as a form error.
    if (!key) sink.formErrors.push(message);
    else if (sink.fieldErrors.length < maxCollectedFields) sink.fieldErrors.push([key, [message]]);
  }
  return sink;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

/** Zod 4's `z.treeifyError`: `errors` at every level, children under `properties` and `items` (`null` for none). */
function readTree(node: unknown, sink: ErrorSink, path = '', depth = 0): ErrorSink {
  if (!isRecord(node) || depth > 32) return sink;
  collectErrors(node.errors, sink, undefined, path, depth);
  const { properties, items } = node;
  if (isRecord(properties)) {
    for (const key in properties) {
      if (sink.fieldErrors.length >= maxCollectedFields) break;
      if (Object.hasOwn(properties, key)) readTree(properties[key], sink, join(path, key), depth + 1);
    }
  }
  if (Array.isArray(items)) {
    for (let index = 0; index < items.length; index += 1) readTree(items[index], sink, join(path, index), depth + 1);
  }
  return sink;
}

/** The errors in one candidate place, in any of Zod's forms; `undefined` when it holds none. */
function readErrors(value: unknown): ErrorSink | undefined {
  if (isIssueList(value, true)) return readIssues(value, errorSink());
  if (!isRecord(value)) return undefined;
  if (isIssueList(value.issues, false)) return readIssues(value.issues, errorSink());
  const inMessage = issuesInMessage(value.message);
  if (inMessage) return readIssues(inMessage, errorSink());
  if (Array.isArray(value.formErrors) && isRecord(value.fieldErrors)) {
    return collectErrors(value.fieldErrors, collectErrors(value.formErrors, errorSink()));
  }
  // Zod 3's `format()`: `_errors` at every level holds that level's messages, every other key is a child.
  if (Array.isArray(value._errors)) return collectErrors(value, errorSink(), '_errors');
  // A tree without children is `{errors: [...]}`, which is also Rails' full messages: rails reads it the same way.
  if (Array.isArray(value.errors) && (isRecord(value.properties) || Array.isArray(value.items))) {
    return readTree(value, errorSink());
  }
  return undefined;
}

/**
 * Zod's validation errors, as TypeScript servers send them: a list of issues (bare, or under `issues` or
 * `errors`), a serialised ZodError (Zod 3's `{issues, name}`, Zod 4's `{name, message}` with the issues as JSON),
 * `flatten()`'s `{formErrors, fieldErrors}`, Zod 3's `format()` tree or Zod 4's `treeifyError` tree; on the body,
 * or under `error` (Hono's zValidator), `errors`, `zodError` or tRPC's `error.data.zodError` (a batch's first
 * answer, superjson's `json` wrapper included). Issue paths become keys (`["items", 1, "sku"]` → `items.1.sku`);
 * issues about the whole input become form errors. Zod sends no title: a tRPC `error.message` that is not JSON is
 * the title. Standard Schema issues (`{issues: [{message, path}]}`, Valibot, ArkType) read the same way.
 *
 * @example
 * ```ts
 * toProblem({ status: 400, body: { success: false, error: { issues: [
 *   { code: 'invalid_type', path: ['items', 1, 'sku'], message: 'Required' }], name: 'ZodError' } } });
 * // dialect 'zod', kind 'validation', fieldErrors Map { 'items.1.sku' => ['Required'] }
 * ```
 */
export const zodErrors: Dialect = {
  name: 'zod',
  read(body) {
    // tRPC's batch link answers with one response per call: the first is the one a form sent.
    const envelope: unknown = Array.isArray(body) ? body[0] : body;
    const members = isRecord(envelope) ? envelope : {};
    let { error } = members;
    if (isRecord(error) && isRecord(error.json)) error = error.json;
    const data = isRecord(error) ? error.data : undefined;
    const reading: DialectReading | undefined =
      readErrors(body) ??
      readErrors(error) ??
      readErrors(members.errors) ??
      readErrors(members.zodError) ??
      readErrors(isRecord(data) ? data.zodError : undefined);
    if (!reading) return undefined;
    if (isRecord(error) && isRecord(data)) {
      // tRPC: `message` is the procedure's own words unless it is the ZodError's JSON; `data.code` its error code.
      const message = textOf(error.message);
      if (message && !/^\s*[[{]/.test(message)) reading.title = message;
      reading.code = codeOf(data.code);
    }
    return reading;
  },
};
