import { describe, expect, it } from 'vitest';
import { joinIds } from '../../src/react/joinIds.js';

describe('joinIds', () => {
  it('joins the non-blank ids with spaces, trimmed', () => {
    expect(joinIds(' email-hint ', 'r1-email-error')).toBe('email-hint r1-email-error');
    expect(joinIds('email-hint', undefined)).toBe('email-hint');
    expect(joinIds(undefined, 'r1-email-error')).toBe('r1-email-error');
  });

  it('is undefined when no id is left, so the attribute is left out', () => {
    expect(joinIds(undefined, undefined)).toBeUndefined();
    expect(joinIds('  ', '')).toBeUndefined();
  });
});
