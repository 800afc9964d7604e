// Setup for the jsdom project: Testing Library's matchers and cleanup, and the console guard.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installConsoleGuard } from './consoleGuard.js';

installConsoleGuard();
// Registered after the guard, so it runs before it (after-hooks run in reverse): what unmounting logs is checked.
afterEach(() => {
  cleanup();
});
