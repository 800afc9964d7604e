/**
 * Key → messages pairs with duplicate keys merged in first-seen order (two spec keys can re-spell to the
 * same wire key, e.g. `items.0.sku` and `items[0].sku` in native mode), ready for `jsonRecord`.
 */
export function mergeMessages(pairs: Iterable<readonly [string, readonly string[]]>): [string, string[]][] {
  const merged = new Map<string, string[]>();
  for (const [key, messages] of pairs) merged.set(key, [...(merged.get(key) ?? []), ...messages]);
  return [...merged];
}
