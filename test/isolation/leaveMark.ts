// vitest.config.ts runs the jsdom tests in a vm pool, which isolates test files only when it has more than one
// worker (`jsdomPool`). Two twin files call this: each checks that no other file's mark is in its window, its globals
// or this module's state, then leaves its own. When files share a context, whichever runs second fails.
import { expect } from 'vitest';

const marks: string[] = [];

/** Fails when another test file's DOM, globals or module state is visible here; then leaves this file's mark. */
export function expectNoOtherFile(file: string): void {
  expect(document.querySelectorAll('[data-isolation-mark]'), 'DOM from another test file').toHaveLength(0);
  expect(Reflect.get(globalThis, 'isolationMark'), 'globals from another test file').toBeUndefined();
  expect(marks, 'module state from another test file').toEqual([]);
  const mark = document.createElement('p');
  mark.dataset.isolationMark = file;
  document.body.append(mark);
  Reflect.set(globalThis, 'isolationMark', file);
  marks.push(file);
}
