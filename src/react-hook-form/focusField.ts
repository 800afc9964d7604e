'use client';
import type { FieldValues, Path } from 'react-hook-form';
import { afterNextFrame } from '../react/afterNextFrame.js';
import { summaryHasFocus } from '../react/summaryHasFocus.js';
import type { HookForm } from './HookForm.js';

/**
 * Focuses a field through react-hook-form's `setFocus` one frame later (react-hook-form#13138: focus given in the
 * task that set the error is lost), unless an `ErrorSummary` holds focus by then, or `signal` aborted. `done` runs
 * when the frame comes (focus moved or not).
 */
export function focusField<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  name: string,
  signal?: AbortSignal,
  done?: () => void,
): void {
  if (signal?.aborted) return;
  const cancel = afterNextFrame(() => {
    signal?.removeEventListener('abort', cancel);
    done?.();
    if (typeof document !== 'undefined' && summaryHasFocus(document)) return;
    try {
      form.setFocus(name as Path<TFieldValues>);
    } catch {
      // react-hook-form throws when a ref was reset (react-hook-form#6978): focus just does not move
    }
  });
  signal?.addEventListener('abort', cancel, { once: true });
}
