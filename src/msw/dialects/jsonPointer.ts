/** A JSON Pointer (RFC 6901) for segments, with `~` and `/` escaped, after `prefix` (`'#'`, `''`, `'/data/attributes'`). */
export function jsonPointer(segments: readonly string[], prefix: string): string {
  return `${prefix}/${segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}
