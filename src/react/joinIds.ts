'use client';
/**
 * An id-list attribute (`aria-describedby`) from the ids the caller already has and the one the kit adds:
 * the non-blank ones, space-separated, or `undefined` when none is left, so the attribute is left out rather
 * than rendered empty.
 *
 * @example
 * ```ts
 * joinIds('email-hint', invalid ? messageId : undefined); // 'email-hint «r1»-email-error' or 'email-hint'
 * joinIds(undefined, undefined);                          // undefined
 * ```
 */
export function joinIds(...ids: readonly (string | undefined)[]): string | undefined {
  return (
    ids
      .map((id) => id?.trim())
      .filter(Boolean)
      .join(' ') || undefined
  );
}
