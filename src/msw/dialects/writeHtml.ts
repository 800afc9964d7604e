// An HTML error page, the shape nginx (and most gateways) serve for a 502/503/504 in front of an API
// (`<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>…`).
// The kit must show a catalog title for it and never render the markup (research/formats.md §9.2, §9.9).
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** text/html error page. */
export const writeHtml: DialectWriter = (input) => {
  const heading = escapeHtml(`${input.status} ${input.title ?? reasonPhrase(input.status)}`);
  const detail = input.detail === undefined ? '' : `<p>${escapeHtml(input.detail)}</p>\r\n`;
  return {
    contentType: 'text/html; charset=utf-8',
    text: `<html>\r\n<head><title>${heading}</title></head>\r\n<body>\r\n<center><h1>${heading}</h1></center>\r\n${detail}<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
  };
};
