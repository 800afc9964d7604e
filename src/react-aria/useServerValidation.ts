'use client';
import { type RefObject, useRef } from 'react';
import {
  type ServerValidationErrors,
  type ToValidationErrorsOptions,
  toValidationErrors,
} from './toValidationErrors.js';
import { type FocusFirstInvalidOptions, useFocusFirstInvalid } from './useFocusFirstInvalid.js';

/**
 * Options of `useServerValidation`: those of `toValidationErrors` and `useFocusFirstInvalid`.
 *
 * @example
 * ```ts
 * const options: ServerValidationOptions = { names: ['companyName', 'address.city'], enabled: true };
 * ```
 */
export interface ServerValidationOptions extends ToValidationErrorsOptions, FocusFirstInvalidOptions {}

/**
 * What `useServerValidation` gives a React Aria `<Form>`.
 *
 * @example
 * ```tsx
 * const { validationErrors, ref }: ServerValidation = useServerValidation(save.error);
 * ```
 */
export interface ServerValidation<TElement extends Element = HTMLFormElement> {
  /** For `<Form validationErrors>`: the same object until a new problem arrives. */
  readonly validationErrors: ServerValidationErrors;
  /** For `<Form ref>`: where the first invalid field is looked for. */
  readonly ref: RefObject<TElement | null>;
}

/**
 * Everything a React Aria Components `<Form>` needs for a failed request, in one line: `validationErrors` (see
 * `toValidationErrors`: each field shows the server's messages for its name, whatever notation the server used, and
 * React Aria clears each when its field changes) and a `ref` through which focus moves to the first invalid field
 * once per new failed request (see `useFocusFirstInvalid`; an `ErrorSummary` that took focus keeps it). React Aria
 * is not imported: the result fits its props.
 *
 * @example
 * ```tsx
 * function CompanyForm() {
 *   const save = useMutation({ mutationFn: (data: FormData) => apiFetch('/api/companies/7', { method: 'PUT', body: data }) });
 *   const { validationErrors, ref } = useServerValidation(save.error);
 *   return (
 *     <Form ref={ref} validationErrors={validationErrors} onSubmit={(event) => { event.preventDefault(); save.mutate(new FormData(event.currentTarget)); }}>
 *       <ErrorSummary error={save.error} />
 *       <TextField name="address.city"><Label>City</Label><Input /><FieldError /></TextField>
 *       <Button type="submit">Save</Button>
 *     </Form>
 *   );
 * }
 * ```
 */
export function useServerValidation<TElement extends Element = HTMLFormElement>(
  error: unknown,
  options: ServerValidationOptions = {},
): ServerValidation<TElement> {
  const ref = useRef<TElement>(null);
  const { names, fieldName, enabled } = options;
  const validationErrors = toValidationErrors(error, {
    ...(names === undefined ? {} : { names }),
    ...(fieldName === undefined ? {} : { fieldName }),
  });
  useFocusFirstInvalid(error, ref, enabled === undefined ? {} : { enabled });
  return { validationErrors, ref };
}
