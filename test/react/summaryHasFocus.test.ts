import { describe, expect, it } from 'vitest';
import { summaryHasFocus } from '../../src/react/summaryHasFocus.js';

describe('summaryHasFocus', () => {
  it('is true while focus is on or inside an ErrorSummary, false elsewhere', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div class="problemkit-ErrorSummary my-summary" tabindex="-1"><a href="#x">Fix</a></div><input id="x">';
    document.body.append(root);
    const summary = root.firstElementChild as HTMLElement;
    summary.focus();
    expect(summaryHasFocus(document)).toBe(true);
    (root.querySelector('a') as HTMLElement).focus();
    expect(summaryHasFocus(document)).toBe(true);
    (root.querySelector('input') as HTMLElement).focus();
    expect(summaryHasFocus(document)).toBe(false);
    root.remove();
  });

  it('is false without a document', () => {
    expect(summaryHasFocus(undefined)).toBe(false);
  });
});
