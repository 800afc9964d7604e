/**
 * A stateful msw resolver made by a scenario factory (`failTimes`, `rateLimitedFor`, `unavailableUntil`,
 * `offline`). Pass it to any msw handler: `http.post('/api/companies', failTimes(2, { status: 503 }))`.
 * Its state (requests counted, the moment the window opened) lives in this one instance: every factory call
 * starts fresh, and `reset()` starts this one over. Create scenarios inside a test or a story's
 * `beforeEach` — or call `reset()` there — so no state leaks between stories or tests.
 * Returning `undefined` (the `'next'` success) lets msw pass the request on to the next matching handler.
 *
 * @example
 * ```ts
 * const flaky = failTimes(2, { status: 503 });
 * server.use(http.get('/api/orders', flaky));
 * afterEach(() => flaky.reset());
 * ```
 */
export interface ScenarioResolver {
  (info: { readonly request: Request }): Promise<Response | undefined>;
  /** Forgets every request seen so far: the scenario starts over as if just created. */
  reset(): void;
}
