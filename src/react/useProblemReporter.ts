'use client';
import { useMemo } from 'react';
import type { ConditionName } from '../core/conditions/ConditionsSnapshot.js';
import type { ProblemReportMeta } from './ProblemContext.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * What `useProblemReporter` returns: the ways app code talks to the provider's conditions.
 *
 * @example
 * ```ts
 * const { report, signedIn }: ProblemReporter = useProblemReporter();
 * ```
 */
export interface ProblemReporter {
  /**
   * Reports anything `asProblem` accepts (an `ApiError`, an axios/ky error, a problem): a 429 holds actions, a
   * 503 raises the maintenance banner, a 401 signs out (once per burst), a network failure marks offline, and
   * `onProblem` hears about it, once per problem however often it is reported.
   */
  readonly report: (error: unknown, meta?: ProblemReportMeta) => void;
  /** A request succeeded: `unavailable` and `offline` clear. */
  readonly reportSuccess: () => void;
  /** The person signed in again: clears `signedOut` and re-arms `onUnauthenticated` for the next burst of 401s. */
  readonly signedIn: () => void;
  /** Clears one condition, or all (this does not re-arm `onUnauthenticated`; `signedIn` does). */
  readonly clear: (name?: ConditionName) => void;
}

/**
 * Feeds the provider's conditions from code the provider cannot see (another HTTP client, a WebSocket, a
 * server action), and re-arms the 401 latch after sign-in. Stable for the provider's life, so it is safe in
 * effect dependencies. Outside a provider every call does nothing.
 *
 * @example
 * ```tsx
 * function SignInForm() {
 *   const { signedIn, report } = useProblemReporter();
 *   const onSubmit = async (values: Credentials) => {
 *     try {
 *       await axios.post('/api/session', values);
 *       signedIn(); // the next burst of 401s calls onUnauthenticated again
 *     } catch (error) {
 *       report(error);
 *     }
 *   };
 *   return <CredentialsForm onSubmit={onSubmit} />;
 * }
 * ```
 */
export function useProblemReporter(): ProblemReporter {
  const { conditions, report } = useProblemContext();
  return useMemo(
    () => ({
      report,
      reportSuccess: () => conditions.reportSuccess(),
      signedIn: () => conditions.signedIn(),
      clear: (name?: ConditionName) => conditions.clear(name),
    }),
    [conditions, report],
  );
}
