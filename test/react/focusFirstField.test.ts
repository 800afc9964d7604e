import { describe, expect, it } from 'vitest';
import { focusFirstField } from '../../src/react/focusFirstField.js';

function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('focusFirstField', () => {
  it('focuses the first element that can take focus', () => {
    const root = fixture('<p id="text">Hi</p><input id="disabled" disabled><input id="city">');
    const elements = ['text', 'disabled', 'city'].map((id) => root.querySelector(`#${id}`) as Element);
    expect(focusFirstField(elements)?.id).toBe('city');
    expect(document.activeElement?.id).toBe('city');
    root.remove();
  });

  it('focuses the first focusable control inside a group', () => {
    const root = fixture(
      '<div role="radiogroup" aria-invalid="true"><input type="radio" id="a"><input type="radio" id="b"></div>',
    );
    expect(focusFirstField([root.firstElementChild as Element])?.id).toBe('a');
    root.remove();
  });

  it('leaves focus in an error summary', () => {
    const root = fixture(
      '<div class="problemkit-ErrorSummary" tabindex="-1"><a href="#city">Fix</a></div><input id="city">',
    );
    (root.querySelector('a') as HTMLElement).focus();
    expect(focusFirstField([root.querySelector('#city') as Element])).toBeUndefined();
    expect(document.activeElement?.tagName).toBe('A');
    root.remove();
  });

  it('returns undefined when nothing can take focus', () => {
    expect(focusFirstField([])).toBeUndefined();
    expect(focusFirstField([document.createElementNS('http://www.w3.org/2000/svg', 'svg')])).toBeUndefined();
  });
});
