// problemkit/msw — mock answers in every error dialect problemkit reads, for stories and tests.
// Imports core and msw only (ARCHITECTURE.md); msw is an optional peer of the package.

export { failTimes } from './failTimes.js';
export type { JsonBody } from './JsonBody.js';
export type { JsonValue } from './JsonValue.js';
export type { MockFailure } from './MockFailure.js';
export type { MockMethod } from './MockMethod.js';
export type { MockSuccess } from './MockSuccess.js';
export type { MockProblem, MockProblemContext } from './mockProblem.js';
export { mockProblem } from './mockProblem.js';
export { networkError } from './networkError.js';
export type { OfflineOptions } from './offline.js';
export { offline } from './offline.js';
export type { ProblemDialect } from './ProblemDialect.js';
export { problemDialects } from './ProblemDialect.js';
export type {
  FieldErrorsSpec,
  ProblemSpec,
  RateLimitSpec,
  RateLimitStyle,
  RetryAfterSpec,
  RetryAfterVia,
} from './ProblemSpec.js';
export type { ProblemHandlerOptions } from './problemHandler.js';
export { problemHandler } from './problemHandler.js';
export { problemResponse } from './problemResponse.js';
export type { RateLimitedForOptions } from './rateLimitedFor.js';
export { rateLimitedFor } from './rateLimitedFor.js';
export type { ScenarioOptions } from './ScenarioOptions.js';
export type { ScenarioResolver } from './ScenarioResolver.js';
export type { StatusGalleryEntry, StatusGalleryGroup } from './statusGallery.js';
export { statusGallery } from './statusGallery.js';
export { successEnvelope } from './successEnvelope.js';
export type { UnavailableUntilOptions } from './unavailableUntil.js';
export { unavailableUntil } from './unavailableUntil.js';
