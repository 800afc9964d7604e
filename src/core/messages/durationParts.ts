import type { DurationOptions } from './MessageFormatter.js';

/** A unit `Intl.NumberFormat` can spell, largest first. */
export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

const units: readonly (readonly [DurationUnit, number])[] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * Splits a length of time into the units a sentence names, largest first, at most
 * `options.maxUnits` of them, with the last one rounded **up**: a person told "try again in
 * 28 seconds" must not find the wait longer than promised. Zero units in between are left out
 * ("1 hour" rather than "1 hour and 0 minutes"). A non-finite or non-positive input is zero of the
 * smallest unit. Used by `createMessageFormatter` (and so by `formatDuration`).
 *
 * @example
 * ```ts
 * durationParts(90_500); // [{ unit: 'minute', value: 1 }, { unit: 'second', value: 31 }]
 * ```
 */
export function durationParts(
  ms: number,
  options: DurationOptions = {},
): readonly { readonly unit: DurationUnit; readonly value: number }[] {
  const smallest = units.findIndex(([unit]) => unit === (options.smallestUnit ?? 'second'));
  const smallestIndex = smallest === -1 ? units.length - 1 : smallest;
  const maxUnits = Math.max(1, Math.floor(Number.isFinite(options.maxUnits) ? (options.maxUnits ?? 2) : 2));
  const safeMs = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const smallestEntry = units[smallestIndex] ?? ['second', 1000];
  if (safeMs === 0) return [{ unit: smallestEntry[0], value: 0 }];

  // The largest unit that is non-zero once rounded to the smallest unit.
  const inSmallest = Math.ceil(safeMs / smallestEntry[1]) * smallestEntry[1];
  let largestIndex = units.findIndex(([, unitMs]) => inSmallest >= unitMs);
  if (largestIndex === -1 || largestIndex > smallestIndex) largestIndex = smallestIndex;
  const lastIndex = Math.min(largestIndex + maxUnits - 1, smallestIndex);
  const lastMs = units[lastIndex]?.[1] ?? 1000;
  // Round up in the last shown unit, then split from the top: rounding may carry into a larger
  // unit (59 min 59.5 s → 1 hour), which is why the split starts at days, not at `largestIndex`.
  let rest = Math.ceil(safeMs / lastMs) * lastMs;
  const parts: { unit: DurationUnit; value: number }[] = [];
  for (let index = 0; index <= lastIndex; index += 1) {
    const entry = units[index];
    if (entry === undefined) break;
    const value = Math.floor(rest / entry[1]);
    rest -= value * entry[1];
    if (value > 0) parts.push({ unit: entry[0], value });
  }
  return parts.slice(0, maxUnits);
}
