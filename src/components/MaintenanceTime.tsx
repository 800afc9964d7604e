'use client';
import type { ReactNode } from 'react';
import { useCountdown } from '../react/useCountdown.js';
import { useProblemContext } from '../react/useProblemContext.js';
import { classNames } from './classNames.js';

/** How the time is told: a time (and day), a live countdown, or no time known. */
export type MaintenanceTiming = 'time' | 'countdown' | 'unknown';

/**
 * Props of `MaintenanceTime`.
 *
 * @example
 * ```tsx
 * const props: MaintenanceTimeProps = { backAt: condition.backAt, countdownMs: 5 * 60_000 };
 * ```
 */
export interface MaintenanceTimeProps {
  /** Epoch ms (provider clock) when the service should be back; `undefined` when the server did not say. */
  readonly backAt: number | undefined;
  /** From how long before `backAt` a live `m:ss` countdown replaces the time in words. Default 10 minutes. */
  readonly countdownMs?: number;
  /** Added to the default class `problemkit-MaintenanceTime`. */
  readonly className?: string;
}

const defaultCountdownMs = 600_000;

/**
 * When the service should be back, in the person's language and time zone, following GOV.UK's
 * service-unavailable pattern (say the day, date and time; research/anchors.md §5): "You will be able to use the
 * service from 9:00 AM on Monday 19 November.", "… from 2:30 PM today.", "… again in 45 minutes.", then a live
 * countdown in the last minutes ("… again in 4:59."). Without a time it says "Try again later." Only this text
 * re-renders as the time passes (one shared ticker). Server rendering and hydration show the date and time
 * without reading the clock, so they match; set the provider's `timeZone` when you render on a server.
 *
 * @example
 * ```tsx
 * const { backAt } = useMaintenance();
 * <p><MaintenanceTime backAt={backAt} /></p>
 * ```
 */
export function MaintenanceTime({ backAt, countdownMs, className }: MaintenanceTimeProps): ReactNode {
  const { translator } = useProblemContext();
  const target = typeof backAt === 'number' && Number.isFinite(backAt) ? backAt : undefined;
  const { remainingMs } = useCountdown(target);
  const near =
    typeof countdownMs === 'number' && Number.isFinite(countdownMs) && countdownMs >= 0
      ? countdownMs
      : defaultCountdownMs;
  const { t, format } = translator;

  let timing: MaintenanceTiming;
  let text: string;
  if (target === undefined || remainingMs === 0) {
    // No time given, or the time has passed and the service is still down: no promise we cannot keep.
    timing = 'unknown';
    text = t('maintenance.unknownTime');
  } else if (remainingMs === undefined) {
    // Server render and hydration: the clock is not read, so say the day, date and time, which need no "now".
    timing = 'time';
    text = t('maintenance.backAt', { time: format.time(target), date: format.date(target) });
  } else if (remainingMs <= near) {
    timing = 'countdown';
    text = t('maintenance.backIn', { duration: format.countdown(remainingMs) });
  } else {
    timing = 'time';
    text = translator.backAtText(target, target - remainingMs);
  }

  return (
    <span className={classNames('problemkit-MaintenanceTime', className)} data-timing={timing}>
      {text}
    </span>
  );
}
