import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaintenanceTime } from '../../src/components/MaintenanceTime.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { fakeClock } from '../react/fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0); // Monday 23 November 2026, 09:00 UTC
const minute = 60_000;

function renderTime(backAt: number | undefined, locale = 'en-GB', countdownMs?: number) {
  return render(
    <ProblemProvider clock={fakeClock()} locale={locale} catalogs={{ de: deMessages }} timeZone="Europe/London">
      <p>
        <MaintenanceTime backAt={backAt} countdownMs={countdownMs} className="when" />
      </p>
    </ProblemProvider>,
  );
}

const time = () => document.querySelector('.problemkit-MaintenanceTime');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('MaintenanceTime', () => {
  it('names the day, date and time on another day (GOV.UK service-unavailable pattern)', () => {
    renderTime(start + 2 * 24 * 60 * minute);
    expect(time()).toHaveTextContent('You will be able to use the service from 9:00 on Wednesday 25 November.');
    expect(time()).toHaveAttribute('data-timing', 'time');
    expect(time()).toHaveClass('problemkit-MaintenanceTime', 'when');
  });

  it('says "today" with the time later the same day, in the given time zone', () => {
    renderTime(start + 5 * 60 * minute);
    expect(time()).toHaveTextContent('You will be able to use the service from 14:00 today.');
  });

  it('says "in N minutes" within the hour, then counts down from the countdown threshold', () => {
    renderTime(start + 15 * minute, 'en-GB', 5 * minute);
    expect(time()).toHaveTextContent('You will be able to use the service again in 15 minutes.');
    act(() => {
      vi.advanceTimersByTime(10 * minute);
    });
    expect(time()).toHaveTextContent('again in 5:00.');
    expect(time()).toHaveAttribute('data-timing', 'countdown');
  });

  it('says "Try again later." without a time, and once the time has passed', () => {
    const view = renderTime(undefined);
    expect(time()).toHaveTextContent('Try again later.');
    expect(time()).toHaveAttribute('data-timing', 'unknown');
    view.unmount();
    renderTime(start + 2_000);
    expect(time()).toHaveTextContent('again in 0:02.');
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(time()).toHaveTextContent('Try again later.');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('speaks German', () => {
    renderTime(start + 2 * 24 * 60 * minute, 'de');
    expect(screen.getByText('Sie können den Dienst ab Mittwoch, 25. November, 9:00 Uhr wieder nutzen.')).toBe(time());
  });

  it('ignores a time that is not a finite number', () => {
    renderTime(Number.NaN);
    expect(time()).toHaveTextContent('Try again later.');
  });
});
