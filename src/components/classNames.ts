'use client';
/**
 * A component's class attribute: its default class, then the app's `className` when it gave one.
 *
 * @example
 * ```ts
 * classNames('problemkit-FieldError', 'form-error'); // 'problemkit-FieldError form-error'
 * classNames('problemkit-FieldError', undefined);    // 'problemkit-FieldError'
 * ```
 */
export function classNames(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base;
}
