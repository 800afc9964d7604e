import type { ApiProblem } from './ApiProblem.js';

/** What accompanies a published problem. */
export interface ProblemEventMeta {
  /** Who produced it: `'apiFetch'`, or a name of your own when you publish yourself. */
  readonly source: string;
  /** The error that carried it (the `ApiError` apiFetch rejected with), so a subscriber can tell duplicates. */
  readonly error?: unknown;
}

/** A subscriber to `problemEvents`. */
export type ProblemListener = (problem: ApiProblem, meta: ProblemEventMeta) => void;

const listeners = new Set<{ readonly listener: ProblemListener }>();

/**
 * Reports a listener's exception the way `EventTarget` does: without stopping the other listeners or the
 * publisher (an `apiFetch` call must reject with its own error, not a subscriber's), yet visibly, as an
 * uncaught error in the host's console and error tracker.
 */
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/**
 * A tiny framework-free channel for problems: `apiFetch` publishes every problem it produces, and
 * `ProblemProvider` subscribes while mounted, so plain `apiFetch` calls feed the global conditions (rate
 * limit, maintenance, signed out) without per-call code. Listeners run synchronously in subscription order; one
 * that throws does not stop the rest (its error is reported asynchronously). Nothing runs at import.
 *
 * @example
 * ```ts
 * const unsubscribe = problemEvents.subscribe((problem, meta) => {
 *   if (problem.kind === 'unauthenticated') signIn();
 * });
 * problemEvents.publish(toProblem({ status: 401 }), { source: 'my-client' });
 * unsubscribe();
 * ```
 */
export const problemEvents = {
  /** Calls `listener` for every published problem until the returned function is called. */
  subscribe(listener: ProblemListener): () => void {
    const entry = { listener };
    listeners.add(entry);
    return () => {
      listeners.delete(entry);
    };
  },
  /** Hands `problem` to every current listener. */
  publish(problem: ApiProblem, meta: ProblemEventMeta): void {
    for (const entry of [...listeners]) {
      if (!listeners.has(entry)) continue;
      try {
        entry.listener(problem, meta);
      } catch (error) {
        reportLater(error);
      }
    }
  },
  /** How many listeners are subscribed (for leak checks in tests). */
  listenerCount(): number {
    return listeners.size;
  },
};
