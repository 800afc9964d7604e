'use client';
import type { HeadingLevel } from './HeadingLevel.js';

const tags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * The heading element for a level: `h2` when the level is missing or not an integer from 1 to 6 (a prop from
 * untyped code must not produce an invalid element name).
 *
 * @example
 * ```ts
 * headingTag(3);         // 'h3'
 * headingTag(undefined); // 'h2'
 * ```
 */
export function headingTag(level: HeadingLevel | undefined): (typeof tags)[number] {
  return (typeof level === 'number' ? tags[level - 1] : undefined) ?? 'h2';
}
