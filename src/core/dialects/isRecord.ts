// A JSON object (RFC 8259 §4, https://www.rfc-editor.org/rfc/rfc8259#section-4) as JSON.parse returns it.
/**
 * True for a JSON object (or any non-array object): the only values whose members a dialect reads.
 * Members are read by name, never by iterating prototypes, so `__proto__` or `constructor` keys are
 * ordinary data.
 *
 * @example
 * ```ts
 * isRecord({ title: 'x' }); // true
 * isRecord([{}]);           // false
 * ```
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
