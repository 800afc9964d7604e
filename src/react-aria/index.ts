// problemkit/react-aria — a failed request's messages into a React Aria Components <Form>, and the focus move it
// lacks for server errors. react-aria-components is not imported: the results fit its props.

export type { ServerValidationErrors, ToValidationErrorsOptions } from './toValidationErrors.js';
export { toValidationErrors } from './toValidationErrors.js';
export type { FocusFirstInvalidOptions } from './useFocusFirstInvalid.js';
export { useFocusFirstInvalid } from './useFocusFirstInvalid.js';
export type { ServerValidation, ServerValidationOptions } from './useServerValidation.js';
export { useServerValidation } from './useServerValidation.js';
