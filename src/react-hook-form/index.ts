// problemkit/react-hook-form — a failed request's messages into a react-hook-form form, in one call.
// react-hook-form is an optional peer (types only: nothing here imports it at run time).

export type { AppliedProblem, ApplyProblemOptions } from './applyProblem.js';
export { applyProblem } from './applyProblem.js';
export type { HookForm } from './HookForm.js';
export type { UseApplyProblemOptions } from './useApplyProblem.js';
export { useApplyProblem } from './useApplyProblem.js';
