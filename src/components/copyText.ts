'use client';
/**
 * Copies `text` to the clipboard and says whether it worked; never throws. It uses the async Clipboard API
 * (`navigator.clipboard.writeText`, https://w3c.github.io/clipboard-apis/#dom-clipboard-writetext) where it
 * exists, and falls back to selecting a temporary, read-only `<textarea>` and `document.execCommand('copy')`
 * where it does not or where it is refused (an insecure context, an embedding iframe without the
 * `clipboard-write` permission, older WebViews). Focus returns to where it was.
 *
 * @example
 * ```ts
 * const copied = await copyText(problem.traceId);
 * ```
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard !== undefined && clipboard !== null && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, no user activation as the browser sees it): try the older way below.
    }
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function' || document.body === null) {
    return false;
  }
  const previous = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  // Read-only keeps the on-screen keyboard closed on touch devices; fixed and transparent keeps the page still.
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.insetBlockStart = '0';
  area.style.insetInlineStart = '0';
  area.style.opacity = '0';
  document.body.append(area);
  let copied = false;
  try {
    area.select();
    copied = document.execCommand('copy') === true;
  } catch {
    copied = false;
  } finally {
    area.remove();
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
  }
  return copied;
}
