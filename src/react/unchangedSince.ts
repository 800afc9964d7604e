'use client';

/** Deeper than any form; a guard against cyclic or absurd values. */
const maxDepth = 32;

/**
 * Takes a snapshot of a form value and returns the test "is this value still the same?": plain objects and arrays
 * are copied and compared member by member (form libraries mutate nested values in place, so a reference would
 * always look unchanged), dates by time, everything else (files, class instances) by identity. Form adapters use it
 * to clear a field's server message exactly when that field's value changes — not on blur, not when another field
 * changes (react-hook-form#1881, research/anchors.md §3–§4). Never throws.
 *
 * @example
 * ```ts
 * const isUnchanged = unchangedSince(form.getValues('address'));
 * isUnchanged(form.getValues('address')); // true until the person edits the address
 * ```
 */
export function unchangedSince(value: unknown): (current: unknown) => boolean {
  const snapshot = copy(value, 0);
  return (current) => {
    try {
      return same(snapshot, current, 0);
    } catch {
      return false;
    }
  };
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function copy(value: unknown, depth: number): unknown {
  try {
    if (depth > maxDepth) return value;
    if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
    if (value instanceof Date) return new Date(value.getTime());
    if (isPlain(value)) {
      // No prototype, so a key named `__proto__` is copied as data rather than setting the copy's prototype.
      const result: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(value)) result[key] = copy(value[key], depth + 1);
      return result;
    }
  } catch {
    // Fall through: compare by identity.
  }
  return value;
}

function same(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth > maxDepth) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => same(item, b[index], depth + 1));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key], depth + 1));
  }
  return false;
}
