// A plain-text error, as proxies, gateways and bare frameworks send it (research/formats.md §9.2): the detail,
// else the title, else the reason phrase. The kit shows a catalog title for these, never the text.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';

/** text/plain error body. */
export const writeText: DialectWriter = (input) => ({
  contentType: 'text/plain; charset=utf-8',
  text: input.detail ?? input.title ?? reasonPhrase(input.status),
});
