import type { JsonValue } from '../JsonValue.js';
import type { FieldEntry } from './DialectWriter.js';
import { isIndex } from './isIndex.js';
import { type JsonRecord, jsonRecord } from './jsonRecord.js';

interface Node {
  messages: string[];
  readonly children: Map<string, Node>;
}

/** Beyond this index a list would be mostly padding; such keys stay an index-keyed object. */
const maxListLength = 10_000;

const newNode = (): Node => ({ messages: [], children: new Map() });

/**
 * Field errors as Django REST framework nests them (formats.md §4, §7): a nested serializer gives an
 * object (`{"address":{"city":["…"]}}`), a `many=True` serializer a list aligned with the items, `{}` for
 * the valid ones (`{"items":[{}, {"sku":["…"]}]}`), and a `ListField` an index-keyed object
 * (`{"roles":{"0":["…"]}}`). Messages on a node that also has children, and the form errors at the root,
 * go under `non_field_errors`, which is where DRF puts serializer-level messages.
 */
export function nestFieldErrors(fields: readonly FieldEntry[], formErrors: readonly string[]): JsonRecord {
  const root = newNode();
  root.messages.push(...formErrors);
  for (const field of fields) {
    let node = root;
    for (const segment of field.segments) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = newNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    // A form-level key (`''`, `$`) lands on the root, i.e. in non_field_errors.
    node.messages.push(...field.messages);
  }
  const result = toJson(root);
  return Array.isArray(result) || typeof result !== 'object' || result === null
    ? jsonRecord([['non_field_errors', result]])
    : (result as JsonRecord);
}

function toJson(node: Node): JsonValue {
  if (node.children.size === 0) return node.messages;
  const keys = [...node.children.keys()];
  const asList =
    node.messages.length === 0 &&
    keys.every(
      (key) => isIndex(key) && Number(key) < maxListLength && (node.children.get(key)?.children.size ?? 0) > 0,
    );
  if (asList) {
    const length = Math.max(...keys.map(Number)) + 1;
    return Array.from({ length }, (_, index) => {
      const child = node.children.get(String(index));
      return child === undefined ? jsonRecord() : toJson(child);
    });
  }
  return jsonRecord([
    ['non_field_errors', node.messages.length > 0 ? node.messages : undefined],
    ...[...node.children].map(([key, child]) => [key, toJson(child)] as const),
  ]);
}
