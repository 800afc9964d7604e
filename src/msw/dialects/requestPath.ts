/** The path of a request URL (`/api/companies/7`), or undefined when there is no parsable URL. */
export function requestPath(request: { readonly url: string } | undefined): string | undefined {
  if (request === undefined) return undefined;
  try {
    return new URL(request.url, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}
