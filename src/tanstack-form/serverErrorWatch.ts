'use client';
import { unchangedSince } from '../react/unchangedSince.js';
import { setServerError } from './setServerError.js';
import type { TanStackForm } from './TanStackForm.js';

/**
 * The messages one `applyProblem` call put into a TanStack form, and their lifecycle. TanStack Form's own rules
 * (form-core 1.x `ValidationLogic`/`FieldApi.validateSync`) clear a field's `onServer` error on change *and on blur*,
 * but only for fields that have validators — fields without any keep it forever — and a form holding one refuses its
 * next submit (`canSubmit` is false and `handleSubmit` stops on the first attempt). The watch makes every field
 * behave the same, as the person expects: a message stays until that field's value changes (a blur that cleared it is
 * undone), and every message is taken back when a submit starts, so the submit goes through.
 */
export interface ServerErrorWatch {
  /** Listens to the form until a submit starts, the form is reset, nothing of ours is left, or `signal` aborts. */
  start(signal?: AbortSignal): void;
  /** Removes every message of ours still in the form, and stops. */
  takeBack(): void;
}

interface Entry {
  readonly messages: readonly string[];
  readonly isUnchanged: (current: unknown) => boolean;
}

interface MetaLike {
  readonly errorMap?: { readonly onServer?: unknown };
  readonly isBlurred?: boolean;
}

function onServerOf(meta: unknown): unknown {
  return (meta as MetaLike | undefined)?.errorMap?.onServer;
}

/** Creates the watch for the messages `applyProblem` just set (`fields`: name → the exact array set; `formMessage`). */
export function serverErrorWatch(
  form: TanStackForm,
  fields: ReadonlyMap<string, readonly string[]>,
  formMessage: string | undefined,
): ServerErrorWatch {
  const entries = new Map<string, Entry>();
  for (const [name, messages] of fields) {
    entries.set(name, { messages, isUnchanged: unchangedSince(safeValue(form, name)) });
  }
  let ownFormMessage = formMessage;
  let attempts = form.state.submissionAttempts;
  let stop: (() => void) | undefined;

  const isOurFormMessage = (): boolean =>
    ownFormMessage !== undefined && form.state.errorMap?.onServer === ownFormMessage;

  const takeBack = (): void => {
    stop?.();
    try {
      for (const [name, entry] of entries) {
        if (onServerOf(form.getFieldMeta(name)) === entry.messages) setServerError(form, name, undefined);
      }
      if (isOurFormMessage()) form.setErrorMap({ onServer: undefined });
    } catch {
      // a torn-down form
    }
    entries.clear();
    ownFormMessage = undefined;
  };

  const check = (): void => {
    const state = form.state;
    if (state.submissionAttempts !== attempts) {
      // Up: a submit started — take everything back so it can pass. Down: the form was reset — it cleared them.
      if (state.submissionAttempts > attempts) {
        takeBack();
      } else {
        stop?.();
        entries.clear();
        ownFormMessage = undefined;
      }
      return;
    }
    for (const [name, entry] of entries) {
      const meta = form.getFieldMeta(name) as MetaLike | undefined;
      if (meta === undefined) {
        entries.delete(name); // the field is gone
        continue;
      }
      const current = onServerOf(meta);
      if (!entry.isUnchanged(safeValue(form, name))) {
        entries.delete(name);
        if (current === entry.messages) setServerError(form, name, undefined);
        continue;
      }
      if (current === entry.messages) continue;
      if (current === undefined && meta.isBlurred === true) {
        // TanStack's blur validation removed it though the value did not change: put it back.
        setServerError(form, name, entry.messages);
        continue;
      }
      entries.delete(name); // someone else replaced or reset it: it is not ours any more
    }
    if (ownFormMessage !== undefined && !isOurFormMessage()) ownFormMessage = undefined;
    if (entries.size === 0 && ownFormMessage === undefined) stop?.();
  };

  return {
    start(signal) {
      if (stop !== undefined || signal?.aborted || (entries.size === 0 && ownFormMessage === undefined)) return;
      attempts = form.state.submissionAttempts;
      const subscription: unknown = form.store.subscribe(() => {
        try {
          check();
        } catch {
          // never break the form's own store notifications
        }
      });
      const unsubscribe = (): void => {
        if (typeof subscription === 'function') subscription();
        else (subscription as { unsubscribe?: () => void } | undefined)?.unsubscribe?.();
      };
      const onAbort = (): void => stop?.();
      stop = () => {
        stop = undefined;
        signal?.removeEventListener('abort', onAbort);
        unsubscribe();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    },
    takeBack,
  };
}

function safeValue(form: TanStackForm, name: string): unknown {
  try {
    return form.getFieldValue(name);
  } catch {
    return undefined;
  }
}
