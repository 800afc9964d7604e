import type { ApiProblem } from '../../../src/core/ApiProblem.js';
import { defaultTitle } from '../../../src/core/messages/defaultTitle.js';

/** A complete ApiProblem for tests, catalog-titled unless the overrides say otherwise. */
export function problemFixture(overrides: Partial<ApiProblem> = {}): ApiProblem {
  const kind = overrides.kind ?? 'not-found';
  return {
    status: 404,
    kind,
    title: defaultTitle(kind),
    titleSource: 'catalog',
    fieldErrors: new Map(),
    formErrors: [],
    receivedAt: 0,
    dialect: 'empty',
    body: undefined,
    ...overrides,
  };
}
