'use client';
import { useRef } from 'react';

function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && Object.is(aRecord[key], bRecord[key]));
}

/**
 * The first of a run of shallowly equal values: an inline object prop (`messages={{ … }}`) keeps its identity
 * while its entries do not change, so what is memoised on it (the translator) is not rebuilt on every render.
 * The ref only ever holds a value equal to the current one, so a discarded concurrent render cannot leak a
 * stale value.
 *
 * @example
 * ```ts
 * const overrides = useShallowStable(props.messages);
 * const translator = useMemo(() => createTranslator({ overrides }), [overrides]);
 * ```
 */
export function useShallowStable<T>(value: T): T {
  const held = useRef(value);
  if (!shallowEqual(held.current, value)) held.current = value;
  return held.current;
}
