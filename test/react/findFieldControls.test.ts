import { describe, expect, it } from 'vitest';
import { findFieldControls } from '../../src/react/findFieldControls.js';

function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('findFieldControls', () => {
  it('finds controls by name in any notation and case, in document order', () => {
    const root = fixture(`
      <form>
        <input name="companyName">
        <input name="address.city">
        <input name="contacts[0].email">
      </form>`);
    const found = findFieldControls(root, ['Contacts[0].Email', 'address.city', 'companyName']);
    expect(found.map(([name, element]) => [name, element.getAttribute('name')])).toEqual([
      ['companyName', 'companyName'],
      ['address.city', 'address.city'],
      ['Contacts[0].Email', 'contacts[0].email'],
    ]);
    root.remove();
  });

  it('takes the first control of a group, skips hidden inputs, and falls back to the id', () => {
    const root = fixture(`
      <input type="hidden" name="plan" value="x">
      <fieldset name="plan"><input type="radio" name="plan" value="a"><input type="radio" name="plan" value="b"></fieldset>
      <div id="notes" tabindex="-1"></div>`);
    const found = findFieldControls(root, ['plan', 'notes']);
    expect(found.map(([, element]) => element.tagName)).toEqual(['FIELDSET', 'DIV']);
    root.remove();
  });

  it('does not look outside the root for an id', () => {
    const outside = fixture('<div id="notes"></div>');
    const root = fixture('<input name="other">');
    expect(findFieldControls(root, ['notes'])).toEqual([]);
    outside.remove();
    root.remove();
  });

  it('answers [] for no root, no names, or bad input', () => {
    expect(findFieldControls(null, ['a'])).toEqual([]);
    expect(findFieldControls(document, [])).toEqual([]);
    expect(findFieldControls({} as ParentNode, ['a'])).toEqual([]);
    expect(findFieldControls(document, [3, ''] as unknown as string[])).toEqual([]);
  });
});
