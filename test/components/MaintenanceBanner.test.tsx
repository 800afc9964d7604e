import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { type ReactNode, StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaintenanceBanner, type MaintenanceBannerProps } from '../../src/components/MaintenanceBanner.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider, type ProblemProviderProps } from '../../src/react/ProblemProvider.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { fakeClock } from '../react/fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0); // Monday 23 November 2026, 09:00 UTC

// toProblem keeps a 503's Retry-After up to seven days by default: a planned outage can be announced for days ahead.
const unavailable = (retryAfterSeconds?: number) =>
  toProblem({
    status: 503,
    headers: retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) },
  });

let reporter: ProblemReporter;
function Reporter(): ReactNode {
  reporter = useProblemReporter();
  return null;
}

function renderBanner(
  bannerProps: MaintenanceBannerProps = {},
  providerProps: Omit<ProblemProviderProps, 'children'> = {},
  before: ReactNode = null,
) {
  const clock = fakeClock();
  const view = render(
    <ProblemProvider clock={clock} timeZone="UTC" {...providerProps}>
      {before}
      <Reporter />
      <MaintenanceBanner {...bannerProps} />
    </ProblemProvider>,
  );
  return { ...view, clock };
}

function report(problem = unavailable(7200)): void {
  act(() => reporter.report(problem));
}

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const banner = () => screen.getByRole('region', { name: 'The service is unavailable' });
const queryBanner = () => document.querySelector('.problemkit-MaintenanceBanner');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('MaintenanceBanner', () => {
  it('renders nothing while the service is available', () => {
    renderBanner();
    expect(queryBanner()).toBeNull();
  });

  it('appears on a 503 reported anywhere under the provider, as a region with a heading and the time it is back', () => {
    renderBanner();
    report(unavailable(7200));
    const region = banner();
    expect(within(region).getByRole('heading', { level: 2, name: 'The service is unavailable' })).toBeInTheDocument();
    expect(region).toHaveTextContent('You will be able to use the service from 11:00 AM today.');
    expect(region).toHaveAttribute('data-state', 'unavailable');
    expect(region.querySelector('[data-timing]')).toHaveAttribute('data-timing', 'time');
    expect(region).toHaveClass('problemkit-MaintenanceBanner');
  });

  it('announces itself politely when it appears, in words, without taking focus', () => {
    renderBanner();
    const before = document.activeElement;
    report(unavailable(7200));
    const status = within(banner()).getByRole('status');
    expect(status).toHaveTextContent(
      'The service is unavailable. You will be able to use the service from 11:00 AM today.',
    );
    expect(document.activeElement).toBe(before);
  });

  it('does not announce again for every further 503 while it shows', () => {
    renderBanner();
    report(unavailable(7200));
    const status = within(banner()).getByRole('status');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    report(unavailable(7200));
    report(unavailable(7200));
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it('names the day and date when the service is back on another day', () => {
    renderBanner();
    report(unavailable(2 * 86_400));
    expect(banner()).toHaveTextContent('You will be able to use the service from 9:00 AM on Wednesday, November 25.');
  });

  it('speaks German under a German provider', () => {
    renderBanner({}, { locale: 'de', catalogs: { de: deMessages } });
    report(unavailable(2 * 86_400));
    const region = screen.getByRole('region', { name: 'Der Dienst ist nicht verfügbar' });
    expect(region).toHaveTextContent('Sie können den Dienst ab Mittwoch, 25. November, 9:00 Uhr wieder nutzen.');
    expect(within(region).getByRole('button', { name: 'Diese Meldung ausblenden' })).toBeInTheDocument();
  });

  it('says "Try again later." when the server gave no time', () => {
    renderBanner();
    report(unavailable());
    expect(banner()).toHaveTextContent('Try again later.');
    expect(banner().querySelector('[data-timing]')).toHaveAttribute('data-timing', 'unknown');
  });

  it('says "in N minutes" within the hour and counts down in the last ten minutes', () => {
    renderBanner();
    report(unavailable(1800));
    expect(banner()).toHaveTextContent('You will be able to use the service again in 30 minutes.');
    act(() => {
      vi.advanceTimersByTime(20 * 60_000);
    });
    expect(banner()).toHaveTextContent('You will be able to use the service again in 10:00.');
    expect(banner().querySelector('[data-timing]')).toHaveAttribute('data-timing', 'countdown');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(banner()).toHaveTextContent('again in 9:59.');
  });

  it('hides with its button, gives focus back to where it was, and returns with the next 503', () => {
    const outside = <button type="button">Outside</button>;
    renderBanner({}, {}, outside);
    report(unavailable(7200));
    const previous = screen.getByRole('button', { name: 'Outside' });
    previous.focus();
    const dismiss = screen.getByRole('button', { name: 'Hide this message' });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(queryBanner()).toBeNull();
    expect(previous).toHaveFocus();

    report(unavailable(7200));
    expect(banner()).toBeInTheDocument();
  });

  it('hides with Escape while focus is inside it, and calls onDismiss', () => {
    const onDismiss = vi.fn();
    renderBanner({ onDismiss });
    report(unavailable(7200));
    const dismiss = screen.getByRole('button', { name: 'Hide this message' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(banner()).toBeInTheDocument();
    dismiss.focus();
    fireEvent.keyDown(dismiss, { key: 'Escape' });
    expect(queryBanner()).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('stays hidden for a remount while the same condition holds', () => {
    function Toggle({ show }: { show: boolean }): ReactNode {
      return show ? <MaintenanceBanner /> : null;
    }
    const clock = fakeClock();
    const view = render(
      <ProblemProvider clock={clock}>
        <Reporter />
        <Toggle show />
      </ProblemProvider>,
    );
    report(unavailable(7200));
    fireEvent.click(screen.getByRole('button', { name: 'Hide this message' }));
    view.rerender(
      <ProblemProvider clock={clock}>
        <Reporter />
        <Toggle show={false} />
      </ProblemProvider>,
    );
    view.rerender(
      <ProblemProvider clock={clock}>
        <Reporter />
        <Toggle show />
      </ProblemProvider>,
    );
    expect(queryBanner()).toBeNull();
  });

  it('cannot be hidden when not dismissible', () => {
    renderBanner({ dismissible: false });
    report(unavailable(7200));
    expect(within(banner()).queryByRole('button')).toBeNull();
    fireEvent.keyDown(banner(), { key: 'Escape' });
    expect(banner()).toBeInTheDocument();
  });

  it('clears itself when the probe succeeds, says the service is back, then goes', async () => {
    const probe = vi.fn(() => Promise.resolve('ok'));
    const { clock } = renderBanner({}, { probe });
    report(unavailable(60));
    const region = banner();
    const status = within(region).getByRole('status');

    await settle(59_999);
    expect(probe).not.toHaveBeenCalled();
    await settle(1);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'The service is unavailable' })).toBeNull();
    const back = screen.getByRole('region', { name: 'The service is available again.' });
    expect(back).toBe(region); // the same element, so its live region announces the change
    expect(back).toHaveAttribute('data-state', 'back');
    expect(status).toHaveTextContent('The service is available again.');

    await settle(4_999);
    expect(queryBanner()).not.toBeNull();
    await settle(1);
    expect(queryBanner()).toBeNull();
    expect(clock.scheduled).toHaveBeenCalledWith(5_000);
  });

  it('stays while the probe keeps failing', async () => {
    const probe = vi.fn(() => Promise.reject(new ApiError(unavailable())));
    renderBanner({}, { probe });
    report(unavailable(60));
    await settle(60_000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(banner()).toBeInTheDocument();
  });

  it('goes without news when backNoticeMs is 0, and gives no news of an outage the person hid', async () => {
    renderBanner({ backNoticeMs: 0 });
    report(unavailable(7200));
    act(() => reporter.reportSuccess());
    expect(queryBanner()).toBeNull();

    const second = renderBanner();
    second.unmount();
    renderBanner();
    report(unavailable(7200));
    fireEvent.click(screen.getByRole('button', { name: 'Hide this message' }));
    act(() => reporter.reportSuccess());
    expect(queryBanner()).toBeNull();
    await settle(10_000);
    expect(queryBanner()).toBeNull();
  });

  it('shows an explicit unavailable problem, hides it per problem, and ignores other kinds', () => {
    const first = unavailable(7200);
    const view = render(
      <ProblemProvider timeZone="UTC">
        <MaintenanceBanner problem={first} headingLevel={3} />
      </ProblemProvider>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'The service is unavailable' })).toBeInTheDocument();
    expect(banner()).toHaveTextContent('from 11:00 AM today');
    fireEvent.click(screen.getByRole('button', { name: 'Hide this message' }));
    expect(queryBanner()).toBeNull();
    view.rerender(
      <ProblemProvider timeZone="UTC">
        <MaintenanceBanner error={new ApiError(unavailable(60))} headingLevel={3} />
      </ProblemProvider>,
    );
    expect(banner()).toBeInTheDocument();
    view.rerender(
      <ProblemProvider timeZone="UTC">
        <MaintenanceBanner problem={toProblem({ status: 500 })} />
      </ProblemProvider>,
    );
    expect(queryBanner()).toBeNull();
  });

  it('does not fall back to the provider when given null', () => {
    renderBanner({ problem: null });
    report(unavailable(7200));
    expect(queryBanner()).toBeNull();
  });

  it('never crashes on what it is given', () => {
    class Weird {
      get name(): string {
        throw new Error('no');
      }
    }
    const { container } = render(
      <>
        <MaintenanceBanner error="503" />
        <MaintenanceBanner error={503} />
        <MaintenanceBanner error={new Weird()} />
        <MaintenanceBanner problem={{ kind: 'unavailable' }} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('renders the children function inside the region, labelled by the heading id it hands out', () => {
    renderBanner({
      children: ({ state, headingId, backAt, dismiss }) => (
        <>
          <h2 id={headingId}>Back at {new Date(backAt ?? 0).toISOString()}</h2>
          <button type="button" onClick={dismiss}>
            Hide ({state})
          </button>
        </>
      ),
    });
    report(unavailable(60));
    const region = screen.getByRole('region', { name: 'Back at 2026-11-23T09:01:00.000Z' });
    fireEvent.click(within(region).getByRole('button', { name: 'Hide (unavailable)' }));
    expect(queryBanner()).toBeNull();
  });

  it('appears, clears and goes the same way under StrictMode', async () => {
    const probe = vi.fn(() => Promise.resolve('ok'));
    render(
      <StrictMode>
        <ProblemProvider clock={fakeClock()} probe={probe}>
          <Reporter />
          <MaintenanceBanner />
        </ProblemProvider>
      </StrictMode>,
    );
    report(unavailable(30));
    expect(within(banner()).getByRole('status')).toHaveTextContent(
      'The service is unavailable. You will be able to use the service again in 30 seconds.',
    );
    await settle(30_000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('The service is available again.');
    await settle(5_000);
    expect(queryBanner()).toBeNull();
  });

  it('leaves no timer behind when unmounted while counting down', () => {
    const view = renderBanner();
    report(unavailable(120));
    expect(banner()).toHaveTextContent('again in 2:00');
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hydrates server HTML of an explicit problem without a mismatch, then tells the time relative to now', () => {
    const problem = unavailable(120);
    const tree = (
      <ProblemProvider clock={fakeClock()} timeZone="UTC">
        <MaintenanceBanner problem={problem} />
      </ProblemProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    expect(container).toHaveTextContent(
      'You will be able to use the service from 9:02 AM on Monday, November 23, 2026.',
    );
    vi.setSystemTime(start + 3_000);
    const onRecoverableError = vi.fn();
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, tree, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container).toHaveTextContent('You will be able to use the service again in 1:57.');
    act(() => root?.unmount());
    container.remove();
  });
});

describe('MaintenanceBanner accessibility', () => {
  it('has no axe violations while unavailable and once back', async () => {
    const probe = vi.fn(() => Promise.resolve('ok'));
    const { container } = renderBanner({}, { probe }, <main>Content</main>);
    report(unavailable(60));
    const rules = { 'color-contrast': { enabled: false } };
    vi.useRealTimers();
    expect((await axe.run(container, { rules })).violations).toEqual([]);
    vi.useFakeTimers();
    vi.setSystemTime(start);
    act(() => reporter.reportSuccess());
    expect(screen.getByRole('region', { name: 'The service is available again.' })).toBeInTheDocument();
    vi.useRealTimers();
    expect((await axe.run(container, { rules })).violations).toEqual([]);
  });
});
