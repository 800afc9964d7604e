'use client';
import type { Translator } from '../core/messages/createTranslator.js';
import { useProblemContext } from './useProblemContext.js';

/**
 * The translator for the provider's locale, message overrides and per-`type` texts (English outside a
 * provider): `t(key, values)`, `titleFor(problem)`, `bodyFor(problem)`, the rate-limit and maintenance sentences,
 * and locale-bound `Intl` formatting. Every string a component shows comes from here.
 *
 * @example
 * ```tsx
 * function TryAgain({ onClick }: { onClick: () => void }) {
 *   const { t } = useMessages();
 *   return <button type="button" onClick={onClick}>{t('action.tryAgain')}</button>;
 * }
 * ```
 */
export function useMessages(): Translator {
  return useProblemContext().translator;
}
