// Setup for the jsdom projects: Testing Library's matchers and cleanup, and the console guard.
import '@testing-library/jest-dom/vitest';
import { ReadableStream, TransformStream, WritableStream } from 'node:stream/web';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installConsoleGuard } from './consoleGuard.js';

// The jsdom projects run in Vitest's vm pool: each file gets a fresh VM context whose global is jsdom's window, so
// Node's globals that jsdom lacks are missing there unless bridged. msw's interceptors need the web streams.
globalThis.ReadableStream ??= ReadableStream as typeof globalThis.ReadableStream;
globalThis.WritableStream ??= WritableStream as typeof globalThis.WritableStream;
globalThis.TransformStream ??= TransformStream as typeof globalThis.TransformStream;

installConsoleGuard();
// Registered after the guard, so it runs before it (after-hooks run in reverse): what unmounting logs is checked.
afterEach(() => {
  cleanup();
});
