/** True for a canonical array index segment (`0`, `12`; not `01`, `-1`, `1.5`). */
export function isIndex(segment: string): boolean {
  return /^(?:0|[1-9]\d{0,8})$/.test(segment);
}
