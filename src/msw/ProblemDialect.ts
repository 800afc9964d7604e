/**
 * The error dialects `mockProblem` can speak: every wire format problemkit's core reads (research/formats.md),
 * plus the three non-JSON answers (`text`, `html`, `empty`). Names follow the wire format; the core reports a few
 * under a shared reader's name (`rfc7807` and `spring` as `rfc9457`, `spring-boot` as `spring`,
 * `b2b-edition-v2` as `b2b-edition`, a Shopify map without a Shopify header as `rails`).
 *
 * @example
 * ```ts
 * const dialect: ProblemDialect = 'aspnet';
 * ```
 */
export type ProblemDialect =
  | 'rfc9457'
  | 'rfc7807'
  | 'aspnet'
  | 'spring'
  | 'spring-boot'
  | 'bigcommerce-v3'
  | 'bigcommerce-v2'
  | 'b2b-edition'
  | 'b2b-edition-v2'
  | 'json-api'
  | 'graphql'
  | 'laravel'
  | 'nestjs'
  | 'rails'
  | 'drf'
  | 'stripe'
  | 'shopify'
  | 'zod'
  | 'text'
  | 'html'
  | 'empty';

/**
 * Every `ProblemDialect`, in a stable order (standards first, then vendors, then non-JSON answers).
 * Handy for galleries and for tests that must cover every dialect.
 *
 * @example
 * ```ts
 * for (const dialect of problemDialects) server.use(problemHandler('get', `/api/${dialect}`, { status: 500, dialect }));
 * ```
 */
export const problemDialects: readonly ProblemDialect[] = [
  'rfc9457',
  'rfc7807',
  'aspnet',
  'spring',
  'spring-boot',
  'bigcommerce-v3',
  'bigcommerce-v2',
  'b2b-edition',
  'b2b-edition-v2',
  'json-api',
  'graphql',
  'laravel',
  'nestjs',
  'rails',
  'drf',
  'stripe',
  'shopify',
  'zod',
  'text',
  'html',
  'empty',
];
