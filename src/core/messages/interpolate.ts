import type { MessageFormatter } from './MessageFormatter.js';

/**
 * Fills `{name}` placeholders in a catalog string from `values`: strings as they are, numbers
 * through the locale's number format, anything else through `String`. A placeholder without a
 * value stays as written, so a missing value shows up in tests and review instead of becoming an
 * empty gap in a sentence. Values are inserted as plain text; nothing here is HTML.
 *
 * @example
 * ```ts
 * interpolate('Try again in {countdown}.', { countdown: '0:28' }, format); // 'Try again in 0:28.'
 * ```
 */
export function interpolate(template: string, values: object, format: MessageFormatter): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([A-Za-z_$][\w$]*)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(values, name)) return placeholder;
    const value: unknown = (values as Record<string, unknown>)[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return format.number(value);
    return value === undefined || value === null ? placeholder : String(value);
  });
}
