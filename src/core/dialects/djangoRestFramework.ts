// Shape: Django REST framework, https://www.django-rest-framework.org/api-guide/exceptions/ and
// https://www.django-rest-framework.org/api-guide/serializers/#validation: a `ValidationError` sends a bare map
// `{"email": ["Enter a valid email address."], "non_field_errors": ["…"]}`, nested for child serializers and
// lists (`{"items": [{}, {"sku": ["This field is required."]}]}`, a top-level list for `many=True`); other
// exceptions send `{"detail": "…"}` (e.g. "You do not have permission to perform this action.").
import { collectErrors, errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { errorTreeShape } from './errorTreeShape.js';
import { isRecord } from './isRecord.js';
import { codeOf, textOf } from './textOf.js';

/**
 * Django REST framework: `{detail}` alone (the title, with an optional `code`), or a bare error
 * tree that is nested (child serializers, lists of items, a top-level list) or has
 * `non_field_errors` (which become form errors). A flat map of string lists without
 * `non_field_errors` is left to the `rails` dialect, which reads it the same way, and so is a body
 * whose only member is an `errors` object (the Rails, Shopify and Laravel wrapper).
 *
 * @example
 * ```ts
 * toProblem({ status: 400, body: { items: [{}, { sku: ['This field is required.'] }] } });
 * // dialect 'drf', fieldErrors Map { 'items.1.sku' => ['This field is required.'] }
 * ```
 */
export const djangoRestFramework: Dialect = {
  name: 'drf',
  read(body) {
    if (isRecord(body) && typeof body.detail === 'string') {
      return Object.keys(body).every((key) => key === 'detail' || key === 'code')
        ? { title: textOf(body.detail), code: codeOf(body.code) }
        : undefined;
    }
    // A tree that is nested (not a bare map of message lists, which rails reads the same way) or has
    // `non_field_errors`. `{"errors": {…}}` alone is the Rails, Shopify and Laravel wrapper, not a serializer
    // with an `errors` field: rails reads it, so `base` is a form error and `title` a field, not `errors.title`.
    const nested =
      errorTreeShape(body) === 'nested' &&
      (!isRecord(body) ||
        'non_field_errors' in body ||
        Object.values(body).some((value) => errorTreeShape(value) !== 'messages'));
    const isRailsWrapper = isRecord(body) && isRecord(body.errors) && Object.keys(body).length === 1;
    return nested && !isRailsWrapper ? collectErrors(body, errorSink()) : undefined;
  },
};
