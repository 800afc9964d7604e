import { describe, expect, it } from 'vitest';
import type { HeadingLevel } from '../../src/components/HeadingLevel.js';
import { headingTag } from '../../src/components/headingTag.js';

describe('headingTag', () => {
  it('names the heading element for each level', () => {
    expect(([1, 2, 3, 4, 5, 6] as const).map(headingTag)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  });

  it('falls back to h2 for a missing or impossible level from untyped code', () => {
    for (const level of [undefined, 0, 7, -1, 1.5, Number.NaN, '3', null]) {
      expect(headingTag(level as HeadingLevel | undefined)).toBe('h2');
    }
  });
});
