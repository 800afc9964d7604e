export { ApiError, isApiError } from './ApiError.js';
export type { ApiProblem, FieldErrors, ProblemKind, RateLimitInfo } from './ApiProblem.js';
export { problemKinds } from './ApiProblem.js';
export type { ApiFetch, ApiFetchDefaults, ApiFetchInit } from './apiFetch.js';
export { apiFetch, createApiFetch } from './apiFetch.js';
export type { AsProblemOptions } from './asProblem.js';
export { asProblem } from './asProblem.js';
export type {
  ConditionName,
  ConditionsSnapshot,
  OfflineCondition,
  RateLimitCondition,
  SignedOutCondition,
  UnavailableCondition,
} from './conditions/ConditionsSnapshot.js';
export type { ConditionsStore, ConditionsStoreOptions, ReportMeta } from './conditions/createConditionsStore.js';
export { createConditionsStore } from './conditions/createConditionsStore.js';
export { emptyConditions } from './conditions/emptyConditions.js';
export { originOf } from './conditions/originOf.js';
export { rateLimitDeadline } from './conditions/rateLimitDeadline.js';
export { rateLimitFor } from './conditions/rateLimitFor.js';
export { serviceBackAt } from './conditions/serviceBackAt.js';
export type { ConditionsChannel, ShareConditionsOptions } from './conditions/shareConditions.js';
export { shareConditions } from './conditions/shareConditions.js';
export type { ScopeStore } from './createScopeStore.js';
export { createScopeStore } from './createScopeStore.js';
export { aspNetProblemDetails } from './dialects/aspNetProblemDetails.js';
export { b2bEdition } from './dialects/b2bEdition.js';
export { bigCommerceV2 } from './dialects/bigCommerceV2.js';
export { bigCommerceV3 } from './dialects/bigCommerceV3.js';
export type { Dialect, DialectContext, DialectReading } from './dialects/Dialect.js';
export type { RegisterDialectOptions } from './dialects/dialectRegistry.js';
export { defaultDialects, registerDialect } from './dialects/dialectRegistry.js';
export { djangoRestFramework } from './dialects/djangoRestFramework.js';
export { emptyBody } from './dialects/emptyBody.js';
export { genericJson } from './dialects/genericJson.js';
export { graphqlErrors } from './dialects/graphqlErrors.js';
export { htmlBody } from './dialects/htmlBody.js';
export { jsonApi } from './dialects/jsonApi.js';
export { laravel } from './dialects/laravel.js';
export { nestJs } from './dialects/nestJs.js';
export { plainText } from './dialects/plainText.js';
export { rails } from './dialects/rails.js';
export { rfc9457 } from './dialects/rfc9457.js';
export { shopify } from './dialects/shopify.js';
export { spring } from './dialects/spring.js';
export { stripe } from './dialects/stripe.js';
export { zodErrors } from './dialects/zodErrors.js';
export { fieldPath, fieldPathSegments } from './fieldPath.js';
export { findFieldErrors } from './findFieldErrors.js';
export { isApiProblem } from './isApiProblem.js';
export { kindForStatus } from './kindForStatus.js';
export type { MatchedFieldErrors, MatchFieldErrorsOptions, UnmatchedFieldErrors } from './matchFieldErrors.js';
export { matchFieldErrors } from './matchFieldErrors.js';
export { canonicalLocale } from './messages/canonicalLocale.js';
export { createMessageFormatter } from './messages/createMessageFormatter.js';
export type {
  MessageValuesArg,
  Translator,
  TranslatorOptions,
  TypeMessage,
  TypeMessages,
} from './messages/createTranslator.js';
export { createTranslator } from './messages/createTranslator.js';
export { defaultTitle } from './messages/defaultTitle.js';
export { enMessages } from './messages/enMessages.js';
export { formatCountdown } from './messages/formatCountdown.js';
export { formatDuration } from './messages/formatDuration.js';
export { kindTitles } from './messages/kindTitles.js';
export type {
  MessageCatalog,
  MessageEntry,
  MessageKey,
  MessageParams,
  NoValues,
  WaitValues,
} from './messages/MessageCatalog.js';
export type { DurationOptions, MessageFormatter, PluralForms } from './messages/MessageFormatter.js';
export { isReasonPhrase, reasonPhrase } from './messages/reasonPhrase.js';
export { resolveLocale } from './messages/resolveLocale.js';
export { textDirection } from './messages/textDirection.js';
export type { ProblemEventMeta, ProblemListener } from './problemEvents.js';
export { problemEvents } from './problemEvents.js';
export type { ProblemFromResponseOptions } from './problemFromResponse.js';
export { problemFromResponse } from './problemFromResponse.js';
export type { BackoffOptions } from './timing/backoffDelay.js';
export { backoffDelay } from './timing/backoffDelay.js';
export type { Clock, TimerHandle } from './timing/Clock.js';
export { systemClock } from './timing/Clock.js';
export type { Ticker, TickerOptions } from './timing/createTicker.js';
export { createTicker, tickerFor } from './timing/createTicker.js';
export { parseRetryAfter } from './timing/parseRetryAfter.js';
export type { ReadRetryTimingOptions, RetryTiming } from './timing/readRetryTiming.js';
export { defaultMaxWaitMs, readRetryTiming } from './timing/readRetryTiming.js';
export type { RetryPolicyOptions } from './timing/retryPolicy.js';
export { defaultRetryPolicy, retryDelayForProblem, retryPolicy, shouldRetryProblem } from './timing/retryPolicy.js';
export type { ProblemInput, ProblemOptions } from './toProblem.js';
export { toProblem } from './toProblem.js';
export type {
  QueryClientWatcher,
  WatchableCache,
  WatchableQueryClient,
  WatchedProblemMeta,
  WatchQueryClientOptions,
} from './watchQueryClient.js';
export { watchQueryClient } from './watchQueryClient.js';
