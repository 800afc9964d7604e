import { reasonPhrase } from '../reasonPhrase.js';

// The envelope messages documented for BigCommerce B2B Edition (research/formats.md §4): "Bad Request Error"
// (v2 also spells it "Bad Requests Error"), "Not Found Error", "Parameter Error". Other statuses have no
// documented message; the reason phrase stands in.
const messages: ReadonlyMap<number, string> = new Map([
  [400, 'Bad Request Error'],
  [404, 'Not Found Error'],
  [422, 'Parameter Error'],
]);

/** The B2B Edition envelope message (`meta.message` / `message`) for a status. */
export function b2bMessage(status: number): string {
  return messages.get(status) ?? reasonPhrase(status);
}
