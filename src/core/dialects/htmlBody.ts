// Shape: HTML error pages from proxies, CDNs and frameworks (nginx "502 Bad Gateway", Cloudflare, IIS), often
// labelled `application/json` by a misconfigured gateway (research/formats.md §9.2: "HTML (even when labelled
// JSON)"). HTML media type: https://www.iana.org/assignments/media-types/text/html. Body text is never rendered as
// markup (DESIGN.md "Safety"), so the title comes from the catalog.
import type { Dialect } from './Dialect.js';

/**
 * HTML: a text body whose media type is `text/html` or `application/xhtml+xml`, or whose first
 * non-blank character is `<` (whatever the media type said). It reads nothing: the title comes
 * from the catalog, and the markup stays in `body`, never rendered.
 *
 * @example
 * ```ts
 * toProblem({ status: 502, headers: { 'Content-Type': 'application/json' }, body: '<html><body>Bad Gateway</body></html>' });
 * // dialect 'html', titleSource 'catalog'
 * ```
 */
export const htmlBody: Dialect = {
  name: 'html',
  read: (body, context) =>
    typeof body === 'string' &&
    (/^(text\/html|application\/xhtml\+xml)$/.test(context.mediaType) || body.trimStart()[0] === '<')
      ? {}
      : undefined,
};
