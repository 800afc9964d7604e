import { describe, expect, it } from 'vitest';
import { classNames } from '../../src/components/classNames.js';

describe('classNames', () => {
  it("puts the app's class after the default one, and only when there is one", () => {
    expect(classNames('problemkit-FieldError', 'form-error')).toBe('problemkit-FieldError form-error');
    expect(classNames('problemkit-FieldError', undefined)).toBe('problemkit-FieldError');
    expect(classNames('problemkit-FieldError', '')).toBe('problemkit-FieldError');
  });
});
