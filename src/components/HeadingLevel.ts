'use client';
/**
 * The level of a component's heading (`h1`–`h6`). Notices default to 2: a notice usually sits under the page's
 * own `h1`; a notice that replaces the whole page content (a not-found page) passes 1.
 *
 * @example
 * ```tsx
 * const level: HeadingLevel = 1;
 * <ProblemNotice problem={problem} headingLevel={level} />
 * ```
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
