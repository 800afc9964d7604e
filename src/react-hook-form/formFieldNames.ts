'use client';
import type { FieldValues } from 'react-hook-form';
import type { HookForm } from './HookForm.js';

/** Guards against pathological values (cycles are caught by `seen`; this bounds breadth and depth). */
const maxNames = 10_000;
const maxDepth = 32;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Every field name the form knows, in react-hook-form's dot notation: the registered names first (in registration
 * order), then every path of its current values, containers included (`address`, `address.city`, `contacts`,
 * `contacts.0`, `contacts.0.email`), so that a server message about an object or a field array lands on it too.
 * Registered names come from `control._names.mount`, read defensively: it is internal, and the value walk alone
 * finds every mounted field anyway (react-hook-form writes a mounted input's value into its values).
 */
export function formFieldNames<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
): string[] {
  const names = new Set<string>();
  try {
    const mounted: unknown = form.control?._names?.mount;
    if (mounted instanceof Set) {
      for (const name of mounted) {
        if (typeof name === 'string' && names.size < maxNames) names.add(name);
      }
    }
  } catch {
    // internal shape changed: the value walk below still finds the fields
  }
  try {
    const seen = new Set<unknown>();
    const walk = (value: unknown, prefix: string, depth: number): void => {
      if (depth > maxDepth || seen.has(value)) return;
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.map((item, index): [string, unknown] => [String(index), item])
        : isPlain(value)
          ? Object.entries(value)
          : [];
      if (entries.length === 0) return;
      seen.add(value);
      for (const [key, child] of entries) {
        if (names.size >= maxNames) return;
        const path = prefix === '' ? key : `${prefix}.${key}`;
        names.add(path);
        walk(child, path, depth + 1);
      }
    };
    walk(form.getValues(), '', 0);
  } catch {
    // getValues threw (a form torn down mid-apply): use what we have
  }
  return [...names];
}
