/**
 * The key a rate limit is held under for a request URL or an origin: the URL's origin
 * (`https://api.example.com`) for absolute http(s) URLs, `'self'` for relative ones (they go to the
 * page's own origin, which core cannot read without `window`), `undefined` for anything else
 * (then the limit is global). Never throws.
 *
 * @example
 * ```ts
 * originOf('https://api.example.com/v3/catalog?page=2'); // 'https://api.example.com'
 * originOf('/api/companies');                           // 'self'
 * originOf(42);                                         // undefined
 * ```
 */
export function originOf(target: unknown): string | undefined {
  if (typeof target !== 'string' || target.trim() === '') return undefined;
  const text = target.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(text)) {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
    } catch {
      return undefined;
    }
  }
  // Protocol-relative (`//api.example.com/x`) names a host; keep it under the https origin.
  if (text.startsWith('//')) return originOf(`https:${text}`);
  return 'self';
}
