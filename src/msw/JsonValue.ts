/**
 * A JSON value: what a mocked body is made of, and what `mockProblem` hands back as the parsed body.
 * Objects are read-only records so literal bodies in stories type-check without `as const`.
 *
 * @example
 * ```ts
 * const data: JsonValue = { id: 7, tags: ['b2b'], archived: null };
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };
