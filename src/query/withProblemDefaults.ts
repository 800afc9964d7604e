import type { DefaultError, DefaultOptions } from '@tanstack/react-query';
import { createQueryDefaults, type QueryDefaultsOptions } from './createQueryDefaults.js';
import { queryDefaults } from './queryDefaults.js';

/** The members of `value` that are set: an explicit `undefined` means "not configured", not "turn it off". */
function setMembers<T extends object>(value: T | undefined): Partial<T> {
  const result: Partial<T> = {};
  if (typeof value !== 'object' || value === null) return result;
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) result[key] = value[key];
  }
  return result;
}

/**
 * Adds the kit's query and mutation defaults (`queryDefaults`, or `createQueryDefaults(problemOptions)`) to default
 * options you already have, without taking any of yours away: every option you set wins, including your own `retry`
 * or `throwOnError` (remove them to get the kit's), and everything else (`staleTime`, `gcTime`, `hydrate`,
 * `dehydrate` …) is kept as it is. Returns a new object; the argument is not changed.
 *
 * @example
 * ```ts
 * // A new client with options of its own:
 * const queryClient = new QueryClient({ defaultOptions: withProblemDefaults({ queries: { staleTime: 60_000 } }) });
 * // A client that already exists (created elsewhere, e.g. by a framework integration):
 * existingClient.setDefaultOptions(withProblemDefaults(existingClient.getDefaultOptions()));
 * ```
 */
export function withProblemDefaults<TError = DefaultError>(
  options?: DefaultOptions<TError>,
  problemOptions?: QueryDefaultsOptions,
): DefaultOptions<TError> {
  const ours = problemOptions === undefined ? queryDefaults : createQueryDefaults(problemOptions);
  return {
    ...setMembers(options),
    queries: { ...ours.queries, ...setMembers(options?.queries) },
    mutations: { ...ours.mutations, ...setMembers(options?.mutations) },
  };
}
