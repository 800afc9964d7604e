'use client';
import type { FieldValues, Path } from 'react-hook-form';
import type { HookForm } from './HookForm.js';

/** The form's current value at `name`, or `undefined` when react-hook-form cannot say (a torn-down form). */
export function fieldValue<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: HookForm<TFieldValues, TContext, TTransformed>,
  name: string,
): unknown {
  try {
    return form.getValues(name as Path<TFieldValues>);
  } catch {
    return undefined;
  }
}
