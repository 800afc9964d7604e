'use client';
import type { FieldValues, Path } from 'react-hook-form';
import type { HookForm } from './HookForm.js';

/** Clears `name`'s error if it is still the server message we set (not a newer client-side one). */
export function clearIfOwn<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  name: string,
  message: string,
): void {
  try {
    const error = form.getFieldState(name as Path<TFieldValues>).error;
    if (error?.type === 'server' && error.message === message) form.clearErrors(name as Path<TFieldValues>);
  } catch {
    // a torn-down form
  }
}
