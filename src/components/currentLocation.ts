'use client';
/**
 * Where to come back to after signing in: `returnTo` when the app gave a non-blank one (trimmed), else where the
 * person is, as a path with its query and hash (`/orders?page=2#latest`). Relative on purpose: a return-to URL
 * that can only be a path on this site cannot send anyone elsewhere after sign-in (an open redirect). `'/'` where
 * there is no `window` (server rendering) or no usable location.
 *
 * @example
 * ```ts
 * onSignIn(currentLocation());            // '/orders?page=2#latest'
 * onSignIn(currentLocation(' /cart '));   // '/cart'
 * ```
 */
export function currentLocation(returnTo?: unknown): string {
  if (typeof returnTo === 'string' && returnTo.trim() !== '') return returnTo.trim();
  try {
    const { pathname, search, hash } = window.location;
    const path = `${pathname}${search}${hash}`;
    // "//evil.example" is a protocol-relative URL, not a path: never hand that on.
    return path.startsWith('/') && !path.startsWith('//') ? path : '/';
  } catch {
    // No window (a server), or no usable location.
    return '/';
  }
}
