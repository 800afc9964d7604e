/**
 * An HTTP method as msw's `http` namespace names it (`all` matches any method), in lower or upper case.
 *
 * @example
 * ```ts
 * const method: MockMethod = 'POST';
 * ```
 */
export type MockMethod =
  | 'all'
  | 'head'
  | 'get'
  | 'post'
  | 'put'
  | 'delete'
  | 'patch'
  | 'options'
  | 'ALL'
  | 'HEAD'
  | 'GET'
  | 'POST'
  | 'PUT'
  | 'DELETE'
  | 'PATCH'
  | 'OPTIONS';
