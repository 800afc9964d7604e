import type { DialectReading } from './Dialect.js';
import { isRecord } from './isRecord.js';
import { firstText } from './textOf.js';

/**
 * A reading being built: field entries in server order and messages tied to no field, as plain lists that the
 * walkers below append to. Every dialect that reads a list or tree of errors fills one and returns it.
 */
export interface ErrorSink extends DialectReading {
  fieldErrors: Array<[key: string, messages: string[]]>;
  formErrors: string[];
}

/** A dialect stops collecting at this many fields (toProblem keeps at most the same number). */
export const maxCollectedFields = 10_000;

/**
 * Turns a fresh reading (a title, a code …) into a sink by giving it empty field and form lists. It adds to the
 * object rather than copying it: a spread copy costs more than reading a typical body, and the reading is new.
 *
 * @example
 * ```ts
 * errorSink({ title: 'Invalid' }); // { title: 'Invalid', fieldErrors: [], formErrors: [] }
 * ```
 */
export function errorSink(reading: DialectReading = {}): ErrorSink {
  reading.fieldErrors = [];
  reading.formErrors = [];
  return reading as ErrorSink;
}

function add(sink: ErrorSink, path: string, messages: readonly string[]): void {
  if (path === '') for (const message of messages) sink.formErrors.push(message);
  else if (sink.fieldErrors.length < maxCollectedFields) sink.fieldErrors.push([path, messages as string[]]);
}

/**
 * Flattens an error tree into `sink`, the one walker every map-shaped dialect shares: a string or an array of
 * strings is the messages of `path` (`''` = the form); object members extend the path with their key (`roles` +
 * `0` → `roles.0`) and array items holding objects extend it with their index (`items` + `1` → `items.1`, DRF
 * `many=True` and B2B bulk lists). Keys whose messages belong to the object that holds them attach to the holder's
 * path: Django REST framework's `non_field_errors`
 * (https://www.django-rest-framework.org/api-guide/serializers/#validation), Django forms' `__all__`
 * (https://docs.djangoproject.com/en/5.2/ref/forms/api/#django.forms.Form.errors) and `holderKey` (Rails' `base`,
 * BigCommerce's `invalid_reason`). Own keys only (`__proto__` is data); non-string leaves are ignored; nesting
 * deeper than 32 (not a tree a person could act on) and more than `maxCollectedFields` fields are not read.
 *
 * @example
 * ```ts
 * collectErrors({ items: [{}, { sku: ['Required.'] }], non_field_errors: ['Bad.'] }, errorSink());
 * // { fieldErrors: [['items.1.sku', ['Required.']]], formErrors: ['Bad.'] }
 * ```
 */
export function collectErrors(value: unknown, sink: ErrorSink, holderKey?: string, path = '', depth = 0): ErrorSink {
  if (typeof value === 'string') add(sink, path, [value]);
  else if (depth <= 32 && typeof value === 'object' && value) {
    if (Array.isArray(value)) {
      const messages: string[] = [];
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (typeof item === 'string') messages.push(item);
        else if (typeof item === 'object' && sink.fieldErrors.length < maxCollectedFields) {
          collectErrors(item, sink, holderKey, path ? `${path}.${index}` : `${index}`, depth + 1);
        }
      }
      if (messages.length) add(sink, path, messages);
    } else {
      // for…in with an own-property check walks the keys without allocating a key array (maps can be large).
      for (const key in value) {
        if (sink.fieldErrors.length >= maxCollectedFields) break;
        if (!Object.hasOwn(value, key)) continue;
        const child: unknown = (value as Readonly<Record<string, unknown>>)[key];
        const childPath =
          key === 'non_field_errors' || key === '__all__' || key === holderKey ? path : path ? `${path}.${key}` : key;
        if (typeof child === 'string') add(sink, childPath, [child]);
        else collectErrors(child, sink, holderKey, childPath, depth + 1);
      }
    }
  }
  return sink;
}

/**
 * Reads a list of error items into `sink`, the one reader every list-shaped dialect shares: a string is a form
 * message; an object's message is the first of `messageNames` with text, its field the first of `keyNames` (else
 * its `source.pointer` or `source.parameter`, as JSON:API and RFC 9457 place them, else a `path` list, as Joi does); an item with a message and no
 * field is a form message, one without a message is skipped.
 *
 * @example
 * ```ts
 * collectItems([{ detail: 'must be positive', pointer: '#/age' }, 'general'], errorSink(), ['detail'], ['pointer']);
 * // { fieldErrors: [['#/age', ['must be positive']]], formErrors: ['general'] }
 * ```
 */
export function collectItems(
  list: readonly unknown[],
  sink: ErrorSink,
  messageNames: readonly string[],
  keyNames: readonly string[],
): ErrorSink {
  for (const item of list) {
    const message = typeof item === 'string' ? item : firstText(item, messageNames);
    const { source, path } = (isRecord(item) ? item : {}) as { source?: unknown; path?: unknown };
    const key =
      firstText(item, keyNames) ??
      firstText(source, ['pointer', 'parameter']) ??
      // Joi's `details[].path` is a list: `["items", 1, "sku"]`.
      (Array.isArray(path) &&
      path.length > 0 &&
      path.every((part) => typeof part === 'string' || Number.isInteger(part))
        ? path.join('.')
        : undefined);
    if (message === undefined) continue;
    if (key === undefined) sink.formErrors.push(message);
    else sink.fieldErrors.push([key, [message]]);
  }
  return sink;
}
