import type { JsonValue } from '../JsonValue.js';

/** A JSON object under construction. */
export type JsonRecord = { [key: string]: JsonValue };

/**
 * A JSON object from pairs, in order, skipping `undefined` values. Keys are defined, not assigned, on a
 * null-prototype object, so field names such as `__proto__` or `constructor` stay ordinary data.
 */
export function jsonRecord(entries: Iterable<readonly [string, JsonValue | undefined]> = []): JsonRecord {
  const record: JsonRecord = Object.create(null);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return record;
}
