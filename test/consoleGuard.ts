import { afterEach, beforeEach, vi } from 'vitest';

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
      unexpected.push(`console.${method}: ${args.map(String).join(' ')}`);
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
