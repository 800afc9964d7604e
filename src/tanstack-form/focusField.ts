'use client';
import { afterNextFrame } from '../react/afterNextFrame.js';
import { findFieldControls } from '../react/findFieldControls.js';
import { focusFirstField } from '../react/focusFirstField.js';

/**
 * Focuses the control of field `name` (found by its `name` attribute in any notation, else by `id`, under
 * `container` or the whole document) one frame later — TanStack Form keeps no element references, and a field set
 * invalid in the same task may still be disabled while the form submits. Leaves focus in an `ErrorSummary`. `done`
 * runs when the frame comes; aborting `signal` cancels it.
 */
export function focusField(
  name: string,
  container: ParentNode | null | undefined,
  signal?: AbortSignal,
  done?: () => void,
): void {
  if (signal?.aborted) return;
  const cancel = afterNextFrame(() => {
    signal?.removeEventListener('abort', cancel);
    done?.();
    const root = container ?? (typeof document === 'undefined' ? undefined : document);
    focusFirstField(findFieldControls(root, [name]).map(([, element]) => element));
  });
  signal?.addEventListener('abort', cancel, { once: true });
}
