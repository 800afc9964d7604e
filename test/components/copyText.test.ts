import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/components/copyText.js';

afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
});

function clipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

function execCommand(implementation: () => boolean) {
  const spy = vi.fn(implementation);
  Object.defineProperty(document, 'execCommand', { value: spy, configurable: true });
  return spy;
}

describe('copyText', () => {
  it('writes with the Clipboard API when there is one', async () => {
    const writeText = clipboard(() => Promise.resolve());
    const legacy = execCommand(() => true);
    await expect(copyText('req-1')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('req-1');
    expect(legacy).not.toHaveBeenCalled();
  });

  it('falls back to a selected textarea and execCommand, removes it, and restores focus', async () => {
    clipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    let selected = '';
    const legacy = execCommand(() => {
      const area = document.querySelector('textarea');
      selected = area?.value.slice(area.selectionStart, area.selectionEnd) ?? '';
      return true;
    });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await expect(copyText('req-2')).resolves.toBe(true);
    expect(legacy).toHaveBeenCalledWith('copy');
    expect(selected).toBe('req-2');
    expect(document.querySelector('textarea')).toBeNull();
    expect(button).toHaveFocus();
    button.remove();
  });

  it('says false, without throwing, when nothing can copy', async () => {
    await expect(copyText('req-3')).resolves.toBe(false);
    execCommand(() => {
      throw new Error('unsupported');
    });
    await expect(copyText('req-3')).resolves.toBe(false);
    execCommand(() => false);
    await expect(copyText('req-3')).resolves.toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });
});
