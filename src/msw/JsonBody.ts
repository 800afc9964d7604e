/**
 * Anything a mock can send as JSON: an object (your own interfaces included), an array, a string, a number,
 * a boolean or `null`. Wider than `JsonValue` on purpose, so typed data (`Company`, `Order[]`) needs no cast.
 *
 * @example
 * ```ts
 * interface Company { id: number; name: string }
 * const data: JsonBody = { id: 7, name: 'Acme' } satisfies Company;
 * ```
 */
export type JsonBody = object | string | number | boolean | null;
