// @vitest-environment node
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { problemEvents } from '../../src/core/problemEvents.js';

describe('importing the React layer', () => {
  it('touches no browser global and subscribes to nothing at import', async () => {
    expect(typeof window).toBe('undefined');
    const before = problemEvents.listenerCount();
    const modules = import.meta.glob('../../src/react/*.{ts,tsx}');
    expect(Object.keys(modules).length).toBeGreaterThan(20);
    for (const load of Object.values(modules)) await load();
    expect(problemEvents.listenerCount()).toBe(before);
  });
});
