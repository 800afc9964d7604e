// Setup for the jsdom projects: Testing Library's matchers and cleanup, and the console guard.
import '@testing-library/jest-dom/vitest';
import type { EventEmitter } from 'node:events';
import { ReadableStream, TransformStream, WritableStream } from 'node:stream/web';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installConsoleGuard } from './consoleGuard.js';

// The jsdom projects run in Vitest's vm pool: each file gets a fresh VM context whose global is jsdom's window, so
// Node's globals that jsdom lacks are missing there unless bridged. msw's interceptors need the web streams.
globalThis.ReadableStream ??= ReadableStream as typeof globalThis.ReadableStream;
globalThis.WritableStream ??= WritableStream as typeof globalThis.WritableStream;
globalThis.TransformStream ??= TransformStream as typeof globalThis.TransformStream;

// React 18 (development) runs render and event code inside a fake event so that debuggers pause on the throw; jsdom
// reports each error thrown there as uncaught to its virtual console, which prints to the worker's console, out of
// the tests' reach: a thousand lines of stacks per run for errors that boundaries catch on purpose. React rethrows
// what nothing catches, and Vitest fails the run on that, so those reports add nothing: drop them (React 19 has no
// fake event).
const virtualConsole = (Reflect.get(globalThis, 'jsdom') as { virtualConsole?: EventEmitter } | undefined)
  ?.virtualConsole;
if (process.env.PROBLEMKIT_REACT_MAJOR === '18' && virtualConsole) {
  const report = virtualConsole.listeners('jsdomError') as ((error: { type?: string }) => void)[];
  virtualConsole.removeAllListeners('jsdomError');
  virtualConsole.on('jsdomError', (error: { type?: string }) => {
    if (error.type !== 'unhandled-exception') for (const listener of report) listener(error);
  });
}

installConsoleGuard();
// Registered after the guard, so it runs before it (after-hooks run in reverse): what unmounting logs is checked.
afterEach(() => {
  cleanup();
});
