'use client';

/**
 * Runs `callback` once the browser has painted the next frame, and returns the function that cancels it. Form
 * adapters move focus this way: a field set invalid in the same task is often still disabled (fields disabled
 * while submitting) or about to re-render, and focus given then is lost — react-hook-form's `setFocus` right after
 * `setError` is the known case (react-hook-form#13138, discussion #13143: "wrap setFocus in requestAnimationFrame").
 * Without `requestAnimationFrame` (a server, a worker) nothing runs: there is nothing to focus.
 *
 * @example
 * ```ts
 * const cancel = afterNextFrame(() => form.setFocus('companyName'));
 * // on unmount, or when a newer problem arrives:
 * cancel();
 * ```
 */
export function afterNextFrame(callback: () => void): () => void {
  const view = typeof window === 'undefined' ? undefined : window;
  if (view === undefined || typeof view.requestAnimationFrame !== 'function') return () => {};
  let handle: number | undefined = view.requestAnimationFrame(() => {
    handle = undefined;
    callback();
  });
  return () => {
    if (handle === undefined) return;
    view.cancelAnimationFrame(handle);
    handle = undefined;
  };
}
