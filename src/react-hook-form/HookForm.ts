'use client';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The part of a react-hook-form `useForm()` (or `useFormContext()`) result that `applyProblem` uses. Pass the whole
 * form object; any `UseFormReturn` fits.
 *
 * @example
 * ```ts
 * const form: HookForm<Company> = useForm<Company>({ defaultValues });
 * ```
 */
export type HookForm<
  TFieldValues extends FieldValues = FieldValues,
  TContext = unknown,
  TTransformed = TFieldValues,
> = Pick<
  UseFormReturn<TFieldValues, TContext, TTransformed>,
  'setError' | 'clearErrors' | 'setFocus' | 'getValues' | 'getFieldState' | 'subscribe' | 'control'
>;
