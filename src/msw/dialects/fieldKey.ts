import type { FieldEntry, WriterInput } from './DialectWriter.js';

/** The key to write for a field: as written, or re-spelled by `native` when the spec asked for native keys. */
export function fieldKey(
  input: WriterInput,
  field: FieldEntry,
  native: (segments: readonly string[]) => string,
): string {
  return input.native ? native(field.segments) : field.key;
}
