import type { ProblemSpec } from 'problemkit/msw';

/**
 * The field errors a gallery answer carries, as `[key, messages]` pairs in the spec's order: the form fields the
 * example shows, and the messages its play function expects. Read from the spec (what the server was told to send),
 * not from the parsed problem, so the stories check the kit's reading instead of repeating it.
 *
 * @example
 * ```ts
 * specFieldErrors({ status: 422, fieldErrors: { name: 'Please provide a name.' } }); // [['name', ['Please provide a name.']]]
 * ```
 */
export function specFieldErrors(spec: ProblemSpec): readonly (readonly [string, readonly string[]])[] {
  const given = spec.fieldErrors;
  if (given === undefined) return [];
  const pairs: Iterable<readonly [string, string | readonly string[]]> =
    Symbol.iterator in given
      ? (given as Iterable<readonly [string, string | readonly string[]]>)
      : Object.entries(given as { readonly [key: string]: string | readonly string[] });
  return [...pairs].map(([key, messages]) => [key, typeof messages === 'string' ? [messages] : [...messages]] as const);
}
