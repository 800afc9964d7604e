// Shape: BigCommerce REST v3 errors, github.com/bigcommerce/docs (HEAD 24f580c): schemas `error_Base`,
// `errorResponse_409`, `errorResponse_422`, `DetailedErrors` in reference/catalog/products_catalog.v3.yml
// (`{status, title, type, instance?, detail?, code?, errors?: {path: "one string"}}`), with the variants quoted in
// research/formats.md §1: dot/index keys (inventory.v3.yml `setting.0.settings`, sites.v3.yml `0.matching.type`),
// a leading-dot key (customers.v3.yml `.customer_create`), `errors` as an array of strings (pages.v3.yml) or of
// nested problems (promotions.v3.yml, segments.v3.yml), the `data: [{…}]` wrapper (orders.v3.yml refunds),
// `{code, message}` (customers.v3.yml), and price_lists.v3.yml's 503
// `{"error": {"code", "details", "message", "retry_after_seconds", "timestamp"}}`.
// Docs: https://developer.bigcommerce.com/docs/start/about/status-codes
import { collectErrors, type ErrorSink, errorSink } from './collectErrors.js';
import type { Dialect, DialectReading } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { problemMembers } from './problemMembers.js';
import { codeOf, textOf } from './textOf.js';

/**
 * `invalid_reason` (bigcommerce/api-specs PR #398) explains the whole request, it is not a field: its
 * message belongs with the form.
 */
const formKey = 'invalid_reason';

/**
 * BigCommerce REST v3 (and the B2B endpoints that use its shape): recognised by a BigCommerce
 * `type` (`…/api-docs/…`), an `errors` map of single strings beside a `title` or `status`, `errors`
 * as a list of nested problems, the `data: [{status, title}]` wrapper, a bare `{code, message}`, or
 * the price-lists `error` envelope, whose `retry_after_seconds` becomes a body retry hint.
 * Batch keys such as `0.matching.type` stay addressable by item index.
 *
 * @example
 * ```ts
 * toProblem({ status: 422, body: { status: 422, title: 'Missing Required Fields',
 *   type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
 *   errors: { name: 'Please provide a name.' } } });
 * // dialect 'bigcommerce-v3', fieldErrors Map { 'name' => ['Please provide a name.'] }
 * ```
 */
export const bigCommerceV3: Dialect = {
  name: 'bigcommerce-v3',
  read(body) {
    if (!isRecord(body)) return undefined;
    const { error, data, errors, type } = body;
    if (isRecord(error) && (error.retry_after_seconds !== undefined || typeof error.details === 'string')) {
      // The price-lists envelope: `retry_after_seconds` becomes a body retry hint.
      const seconds = error.retry_after_seconds;
      return {
        title: textOf(error.message),
        detail: textOf(error.details),
        code: codeOf(error.code),
        retryAfterMs: typeof seconds === 'number' && seconds >= 0 && seconds < Infinity ? seconds * 1000 : undefined,
      };
    }
    if (Array.isArray(data) && isProblem(data[0]) && errors === undefined) return readProblems(data, errorSink());
    if (
      (typeof type === 'string' && type.includes('/api-docs/')) ||
      (Array.isArray(errors) && isProblem(errors[0])) ||
      ((typeof body.title === 'string' || typeof body.status === 'number') && isSingleStringMap(errors))
    ) {
      const sink = errorSink(problemMembers(body));
      return Array.isArray(errors) && errors.some(isRecord)
        ? readProblems(errors, sink)
        : collectErrors(typeof errors === 'object' ? errors : undefined, sink, formKey);
    }
    if (typeof body.code === 'number' && typeof body.message === 'string' && Object.keys(body).length === 2) {
      return { title: body.message, code: `${body.code}` };
    }
    return undefined;
  },
};

/**
 * A non-empty map whose values are all strings: the v3 `DetailedErrors`. (for…in with an own-property check walks
 * the keys without allocating an array: maps can have thousands of keys.)
 */
function isSingleStringMap(value: unknown): boolean {
  let found = false;
  if (isRecord(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (typeof value[key] !== 'string') return false;
      found = true;
    }
  }
  return found;
}

/** A nested BigCommerce problem: a string title and a numeric status (JSON:API's status is a string). */
function isProblem(value: unknown): boolean {
  return isRecord(value) && typeof value.title === 'string' && typeof value.status === 'number';
}

/**
 * A list of nested problems (bulk endpoints, the refunds `data` wrapper): the outer title, else the
 * first nested title, is the title; the other titles become form errors; nested `errors` maps (keyed
 * by item index, `0.constraint`) become field errors.
 */
function readProblems(list: readonly unknown[], sink: ErrorSink): DialectReading {
  for (const item of list) {
    if (typeof item === 'string') sink.formErrors.push(item);
    if (!isRecord(item)) continue;
    const title = textOf(item.title);
    if (sink.title === undefined && title !== undefined) {
      sink.title = title;
      sink.detail ??= textOf(item.detail);
      sink.type ??= textOf(item.type);
      sink.code ??= codeOf(item.code);
    } else {
      const message = textOf(item.detail) ?? title;
      if (message !== undefined && message !== sink.title) sink.formErrors.push(message);
    }
    if (isRecord(item.errors)) collectErrors(item.errors, sink, formKey);
  }
  return sink;
}
