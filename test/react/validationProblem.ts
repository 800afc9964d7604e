import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';

/** A fresh 422 problem with exactly these field errors (built directly, so no dialect decides the keys). */
export function validationProblem(errors: Record<string, string[]>, formErrors: string[] = []): ApiProblem {
  return { ...toProblem({ status: 422 }), fieldErrors: new Map(Object.entries(errors)), formErrors };
}
