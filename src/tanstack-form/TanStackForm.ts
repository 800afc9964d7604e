'use client';
import type { AnyFormApi } from '@tanstack/react-form';

/**
 * The part of a TanStack Form instance (`useForm()`, `useAppForm()`, `new FormApi()`) that `applyProblem` uses.
 * Pass the form itself; any TanStack Form 1.x form fits.
 *
 * @example
 * ```ts
 * const form = useForm({ defaultValues, onSubmit });
 * const target: TanStackForm = form;
 * ```
 */
export type TanStackForm = Pick<
  AnyFormApi,
  'state' | 'store' | 'getFieldMeta' | 'setFieldMeta' | 'getFieldValue' | 'setErrorMap'
>;
