'use client';
import type { TanStackForm } from './TanStackForm.js';

/** Sets (or, with `undefined`, removes) a field's `onServer` error, marked as the field's own so form validators keep it. */
export function setServerError(form: TanStackForm, name: string, messages: readonly string[] | undefined): void {
  form.setFieldMeta(name, (previous) => ({
    ...previous,
    errorMap: { ...previous?.errorMap, onServer: messages },
    errorSourceMap: { ...previous?.errorSourceMap, onServer: messages === undefined ? undefined : 'field' },
  }));
}
