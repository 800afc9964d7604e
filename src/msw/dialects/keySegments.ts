/**
 * Splits an app-style field path into segments: `items.0.sku`, `items[0].sku`, `items[0][sku]`,
 * `#/items/0/sku`, `/items/0/sku` and `$.items[0].sku` all give `['items', '0', 'sku']`. JSON Pointer
 * escapes (`~1`, `~0`) are decoded. A form-level path (`''`, `$`, `#`, `/`) gives `[]`.
 * Only used to re-spell keys for `keys: 'native'`; reading paths is the core's `fieldPath`.
 */
export function keySegments(key: string): string[] {
  let path = key.trim();
  if (path.startsWith('#')) path = path.slice(1);
  else if (path.startsWith('$')) path = path.slice(1);
  if (path.startsWith('/')) {
    return path
      .split('/')
      .filter((segment) => segment.length > 0)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return path
    .replace(/\[([^\]]*)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment.length > 0);
}
