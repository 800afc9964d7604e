// Shape: Ruby on Rails, https://api.rubyonrails.org/classes/ActiveModel/Errors.html: the scaffold's
// `render json: @model.errors, status: :unprocessable_entity` sends a bare map `{"title": ["can't be blank"]}`
// (a key may collide with RFC 9457's `title`, which is why RFC members are only read when they are strings);
// hand-written APIs wrap it as `{"errors": {…}}` or send `errors.full_messages` as `{"errors": ["Title can't be blank"]}`.
// Messages about the whole record are under `base` (`errors.add(:base, …)`).
import { collectErrors, errorSink } from './collectErrors.js';
import type { Dialect } from './Dialect.js';
import { errorTreeShape } from './errorTreeShape.js';
import { isRecord } from './isRecord.js';

/**
 * Rails (ActiveModel errors): a bare map whose every value is a list of strings, `{errors: {…}}`
 * (lists or single strings), or `{errors: [full messages]}` (form errors). `base` messages become
 * form errors. The title comes from the catalog.
 *
 * @example
 * ```ts
 * toProblem({ status: 422, body: { title: ["can't be blank"] } });
 * // dialect 'rails', titleSource 'catalog', fieldErrors Map { 'title' => ["can't be blank"] }
 * ```
 */
export const rails: Dialect = {
  name: 'rails',
  read(body) {
    if (!isRecord(body)) return undefined;
    const { errors } = body;
    const values = Object.values(body);
    const tree =
      isRecord(errors) || (Array.isArray(errors) && errors.every((item) => typeof item === 'string'))
        ? errors
        : values.length && values.every((value) => errorTreeShape(value) === 'messages')
          ? body
          : undefined;
    // Messages about the whole record are under `base` (`errors.add(:base, …)`).
    return tree && collectErrors(tree, errorSink(), 'base');
  },
};
