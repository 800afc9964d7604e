// problemkit/tanstack-form — a failed request's messages into a TanStack Form form, in one call.
// @tanstack/react-form is an optional peer (types only: nothing here imports it at run time).

export type { AppliedProblem, ApplyProblemOptions } from './applyProblem.js';
export { applyProblem } from './applyProblem.js';
export type { TanStackForm } from './TanStackForm.js';
export type { UseApplyProblemOptions } from './useApplyProblem.js';
export { useApplyProblem } from './useApplyProblem.js';
