// What the stories need from a browser that jsdom does not have, installed for the story tests only (the rest of the
// unit suite keeps plain jsdom). Each gap is listed with the story code that needs it.

/** An in-memory `navigator.clipboard` (text only), as the async Clipboard API's `writeText`/`readText` behave. */
class MemoryClipboard extends EventTarget {
  #text = '';

  readText(): Promise<string> {
    return Promise.resolve(this.#text);
  }

  writeText(text: string): Promise<void> {
    this.#text = String(text);
    return Promise.resolve();
  }
}

/**
 * Installs the gaps below and returns the undo.
 *
 * - `navigator.clipboard`: Storybook gives a play function its `userEvent` only when the page has a clipboard
 *   (storybook/internal/csf `enhanceContext`: `if (navigator.clipboard) context.userEvent = …`); without one every
 *   `userEvent.click` in a play is "not a function". Defined on `Navigator.prototype` like a browser's, so a story
 *   that stubs it on `navigator` (TraceId's `stubClipboard`) and deletes its stub again finds this one underneath.
 *
 * @example
 * ```ts
 * let restore: () => void;
 * beforeAll(() => { restore = polyfillJsdom(); });
 * afterAll(() => restore());
 * ```
 */
export function polyfillJsdom(): () => void {
  const undo: Array<() => void> = [];

  if (!('clipboard' in Navigator.prototype)) {
    const clipboard = new MemoryClipboard();
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => clipboard });
    undo.push(() => Reflect.deleteProperty(Navigator.prototype, 'clipboard'));
  }

  return () => {
    for (const step of undo.reverse()) step();
  };
}
