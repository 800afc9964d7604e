import { act, render, screen, within } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaintenanceBanner } from '../../src/components/MaintenanceBanner.js';
import { RateLimitNotice } from '../../src/components/RateLimitNotice.js';
import { SubmitButton } from '../../src/components/SubmitButton.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { type ChannelHub, channelHub } from '../core/conditions/channelHub.js';
import { fakeClock } from './fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
const reporters = new Map<string, ProblemReporter>();
let hub: ChannelHub;

function Reporter({ tab }: { readonly tab: string }): ReactNode {
  reporters.set(tab, useProblemReporter());
  return null;
}

/** One tab of the app: its own provider, in its own region of the page so the test can tell them apart. */
function Tab({ name, share = true }: { readonly name: string; readonly share?: boolean | string }): ReactNode {
  const [clock] = useState(fakeClock); // a new clock would be a new store
  return (
    <section aria-label={name}>
      <ProblemProvider clock={clock} timeZone="UTC" shareAcrossTabs={share}>
        <Reporter tab={name} />
        <MaintenanceBanner />
        <RateLimitNotice />
        <SubmitButton>Save company</SubmitButton>
      </ProblemProvider>
    </section>
  );
}

/** Tabs that open and close while the others keep their state (each stays at its place in the tree). */
function Tabs({ one, two }: { readonly one: boolean; readonly two: boolean }): ReactNode {
  return (
    <>
      {one ? <Tab name="Tab one" /> : null}
      {two ? <Tab name="Tab two" /> : null}
    </>
  );
}

const tab = (name: string) => within(screen.getByRole('region', { name }));
const report = (name: string, status: number, retryAfter?: number) =>
  act(() => {
    reporters
      .get(name)
      ?.report(toProblem({ status, headers: retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) } }));
  });
const deliver = () => act(() => hub.deliver());

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  hub = channelHub();
  vi.stubGlobal('BroadcastChannel', hub.BroadcastChannel);
  reporters.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ProblemProvider shareAcrossTabs', () => {
  it('holds the other tab’s submit button and counts down there too when one tab gets a 429', () => {
    render(
      <>
        <Tab name="Tab one" />
        <Tab name="Tab two" />
      </>,
    );
    deliver();
    report('Tab one', 429, 30);
    expect(tab('Tab two').getByRole('button', { name: 'Save company' })).not.toHaveAttribute('aria-disabled');
    deliver();

    const button = tab('Tab two').getByRole('button', { name: 'Save company' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Paused for 30 seconds because of too many requests.');
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(tab('Tab one').getByRole('button', { name: 'Save company' })).not.toHaveAttribute('aria-disabled');
  });

  it('raises the maintenance banner in every tab, and an unmounted tab does not lower it in the others', () => {
    const view = render(<Tabs one two />);
    deliver();
    report('Tab one', 503, 3600);
    deliver();
    expect(tab('Tab two').getByRole('region', { name: 'The service is unavailable' })).toBeInTheDocument();

    view.rerender(<Tabs one={false} two />); // tab one closes: its store clears as it unmounts
    deliver();
    expect(tab('Tab two').getByRole('region', { name: 'The service is unavailable' })).toBeInTheDocument();
  });

  it('tells a tab opened during a wait about it', () => {
    const view = render(<Tabs one two={false} />);
    report('Tab one', 429, 30);
    view.rerender(<Tabs one two />);
    deliver();
    expect(tab('Tab two').getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('closes its channel when it unmounts or stops sharing, and opens one only when asked', () => {
    const view = render(<Tabs one two />);
    expect(hub.openCount()).toBe(2);
    view.rerender(<Tab name="Tab one" share={false} />);
    expect(hub.openCount()).toBe(0);
    view.rerender(<Tab name="Tab one" share="admin" />);
    expect(hub.openCount()).toBe(1);
    view.unmount();
    expect(hub.openCount()).toBe(0);
  });

  it('shares nothing unless asked, and only within the channel it names', () => {
    render(
      <>
        <Tab name="Shop" share="shop" />
        <Tab name="Admin" share="admin" />
        <Tab name="Alone" share={false} />
        <Tab name="Shop too" share="shop" />
      </>,
    );
    deliver();
    report('Shop', 429, 30);
    deliver();
    expect(tab('Shop too').getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-disabled', 'true');
    expect(tab('Admin').getByRole('button', { name: 'Save company' })).not.toHaveAttribute('aria-disabled');
    expect(tab('Alone').getByRole('button', { name: 'Save company' })).not.toHaveAttribute('aria-disabled');
  });
});
