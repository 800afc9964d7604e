import type { ScenarioResolver } from './ScenarioResolver.js';

/** Binds a stateful resolver and the function that clears its state into a `ScenarioResolver`. Internal. */
export function createScenario(
  resolve: (request: Request) => Promise<Response | undefined>,
  reset: () => void,
): ScenarioResolver {
  const resolver = (info: { readonly request: Request }) => resolve(info.request);
  return Object.assign(resolver, { reset });
}
