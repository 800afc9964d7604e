export type { ApiErrorBoundaryProps } from './components/ApiErrorBoundary.js';
export { ApiErrorBoundary } from './components/ApiErrorBoundary.js';
export type { ErrorSummaryItem, ErrorSummaryProps, ErrorSummaryRenderState } from './components/ErrorSummary.js';
export { ErrorSummary } from './components/ErrorSummary.js';
export type { FieldErrorProps, FieldErrorRenderState } from './components/FieldError.js';
export { FieldError } from './components/FieldError.js';
export type { HeadingLevel } from './components/HeadingLevel.js';
export type {
  MaintenanceBannerProps,
  MaintenanceBannerRenderProps,
  MaintenanceBannerState,
} from './components/MaintenanceBanner.js';
export { MaintenanceBanner } from './components/MaintenanceBanner.js';
export type { MaintenanceTimeProps, MaintenanceTiming } from './components/MaintenanceTime.js';
export { MaintenanceTime } from './components/MaintenanceTime.js';
export type { NoticeAnnouncement, NoticeFocus } from './components/NoticeFrame.js';
export type {
  PermissionKind,
  PermissionNoticeProps,
  PermissionNoticeRenderProps,
} from './components/PermissionNotice.js';
export { PermissionNotice } from './components/PermissionNotice.js';
export type { ProblemNoticeProps, ProblemNoticeRender, ProblemNoticeRenderProps } from './components/ProblemNotice.js';
export { ProblemNotice } from './components/ProblemNotice.js';
export type {
  RateLimitNoticeProps,
  RateLimitNoticeRenderState,
  RateLimitNoticeState,
} from './components/RateLimitNotice.js';
export { RateLimitNotice } from './components/RateLimitNotice.js';
export type { SubmitButtonProps, SubmitButtonRenderState } from './components/SubmitButton.js';
export { SubmitButton } from './components/SubmitButton.js';
export type { TraceIdCopyState, TraceIdProps, TraceIdRenderProps } from './components/TraceId.js';
export { TraceId } from './components/TraceId.js';
export type { HeldAction, HeldActionOptions, HeldButtonProps } from './components/useHeldAction.js';
export { useHeldAction } from './components/useHeldAction.js';
export * from './core/index.js';
export type {
  ProblemBoundaryProps,
  ProblemBoundaryResetDetails,
  ProblemFallbackProps,
} from './react/ProblemBoundary.js';
export { ProblemBoundary } from './react/ProblemBoundary.js';
export type { ProblemBoundaryContextValue } from './react/ProblemBoundaryContext.js';
export { ProblemBoundaryContext } from './react/ProblemBoundaryContext.js';
export type { DismissedUnavailable, ProblemContextValue, ProblemReportMeta } from './react/ProblemContext.js';
export { ProblemContext } from './react/ProblemContext.js';
export type { ProblemProviderProps } from './react/ProblemProvider.js';
export { ProblemProvider } from './react/ProblemProvider.js';
export type { ProblemScopeProps } from './react/ProblemScope.js';
export { ProblemScope } from './react/ProblemScope.js';
export { useConditions } from './react/useConditions.js';
export type { Countdown } from './react/useCountdown.js';
export { useCountdown } from './react/useCountdown.js';
export { useFieldElementIds } from './react/useFieldElementIds.js';
export type { FieldErrorsState } from './react/useFieldErrors.js';
export { useFieldErrors } from './react/useFieldErrors.js';
export type { FieldElement, FieldProps, FieldPropsOptions } from './react/useFieldProps.js';
export { useFieldProps } from './react/useFieldProps.js';
export type { Maintenance } from './react/useMaintenance.js';
export { useMaintenance } from './react/useMaintenance.js';
export { useMessages } from './react/useMessages.js';
export { useProblem } from './react/useProblem.js';
export type { ProblemBoundaryApi } from './react/useProblemBoundary.js';
export { useProblemBoundary } from './react/useProblemBoundary.js';
export type { ProblemReporter } from './react/useProblemReporter.js';
export { useProblemReporter } from './react/useProblemReporter.js';
export type { RateLimitHold } from './react/useRateLimit.js';
export { useRateLimit } from './react/useRateLimit.js';
export { useSummaryFocus } from './react/useSummaryFocus.js';
