import { test } from 'vitest';
import { expectNoOtherFile } from './leaveMark.js';

test('sees no other test file', () => {
  expectNoOtherFile('second');
});
