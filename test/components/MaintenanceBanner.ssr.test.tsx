// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaintenanceBanner } from '../../src/components/MaintenanceBanner.js';
import { MaintenanceTime } from '../../src/components/MaintenanceTime.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

const text = (html: string) => html.replaceAll('<!-- -->', '');

describe('server rendering of the maintenance banner', () => {
  it('renders nothing from the provider: the server sees no condition', () => {
    expect(typeof window).toBe('undefined');
    expect(renderToString(<ProblemProvider>{<MaintenanceBanner />}</ProblemProvider>)).toBe('');
  });

  it('renders an explicit 503 with its heading, its time in words and an empty live region, with no timer', () => {
    const html = text(
      renderToString(
        <ProblemProvider timeZone="Europe/Berlin" locale="de" catalogs={{ de: deMessages }}>
          <MaintenanceBanner problem={toProblem({ status: 503, headers: { 'Retry-After': '1800' } })} />
        </ProblemProvider>,
      ),
    );
    expect(html).toMatch(/^<section class="problemkit-MaintenanceBanner" data-state="unavailable" aria-labelledby="/);
    expect(html).toContain('>Der Dienst ist nicht verfügbar</h2>');
    expect(html).toContain('Sie können den Dienst ab Montag, 23. November 2026, 10:30 Uhr wieder nutzen.');
    expect(html).toContain('<span class="problemkit-visually-hidden" role="status"></span>');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('renders MaintenanceTime without a time as "Try again later."', () => {
    expect(text(renderToString(<MaintenanceTime backAt={undefined} />))).toBe(
      '<span class="problemkit-MaintenanceTime" data-timing="unknown">Try again later.</span>',
    );
  });
});
