'use client';
import { type ReactNode, useEffect, useRef } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import type { ConditionsSnapshot } from '../core/conditions/ConditionsSnapshot.js';
import { useConditions } from '../react/useConditions.js';

/** The global condition a caught problem is waiting on, for the kinds that end by themselves. */
function waitingOn(problem: ApiProblem, conditions: ConditionsSnapshot): boolean | undefined {
  if (problem.kind === 'unavailable') return conditions.unavailable !== undefined;
  if (problem.kind === 'network') return conditions.offline !== undefined;
  return undefined;
}

/**
 * Resets an error boundary when the condition behind its problem ends: the 503 probe succeeded, or the browser came
 * back online. The maintenance banner clears itself then, and a page-level notice saying the same thing should not
 * linger until someone presses "Try again". Only a condition seen to hold and then end counts, so a boundary under
 * a provider that never heard of the outage (no watched query client, nothing reported) keeps its notice.
 */
export function ResetOnRecovery(props: { readonly problem: ApiProblem; readonly reset: () => void }): ReactNode {
  const { problem, reset } = props;
  const waiting = waitingOn(problem, useConditions());
  const seenWaiting = useRef(false);
  useEffect(() => {
    if (waiting === true) seenWaiting.current = true;
    else if (waiting === false && seenWaiting.current) {
      seenWaiting.current = false;
      reset();
    }
  }, [waiting, reset]);
  return null;
}
