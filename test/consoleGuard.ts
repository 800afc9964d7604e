import { version } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * React 18 warns when a layout effect is rendered on the server. The kit's components use `useLayoutEffect` only in
 * the browser (`useIsomorphicLayoutEffect` picks `useEffect` where there is no `document`), but the hydration tests
 * render their server HTML inside jsdom, where `document` exists. React 19 dropped the warning.
 */
const layoutEffectOnServer = /^console\.error: Warning: useLayoutEffect does nothing on the server/;
const expected = (message: string): boolean => version.startsWith('18.') && layoutEffectOnServer.test(message);

/**
 * Any console.error or console.warn a test did not expect fails it (react-error-boundary's rule): React's act()
 * and key warnings are bugs, not noise. A test that expects console output replaces the implementation with its
 * own `vi.spyOn(console, 'error').mockImplementation(() => {})`.
 */
export function installConsoleGuard(): void {
  let unexpected: string[] = [];
  const record =
    (method: 'error' | 'warn') =>
    (...args: unknown[]) => {
      const message = `console.${method}: ${args.map(String).join(' ')}`;
      if (!expected(message)) unexpected.push(message);
    };

  beforeEach(() => {
    unexpected = [];
    vi.spyOn(console, 'error').mockImplementation(record('error'));
    vi.spyOn(console, 'warn').mockImplementation(record('warn'));
  });

  afterEach(() => {
    if (unexpected.length > 0) {
      const messages = unexpected.join('\n');
      unexpected = [];
      throw new Error(`Unexpected console output:\n${messages}`);
    }
  });
}
