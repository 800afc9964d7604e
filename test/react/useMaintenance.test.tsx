import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { useMaintenance } from '../../src/react/useMaintenance.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { fakeClock } from './fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

let reporter: ProblemReporter | undefined;
let toggle: () => void = () => {};

function Banner({ label }: { label: string }): ReactNode {
  const { show, backAt, dismiss } = useMaintenance();
  if (!show) return null;
  return (
    <section aria-label={label}>
      back at {backAt === undefined ? 'unknown' : new Date(backAt).toISOString()}
      <button type="button" onClick={dismiss}>
        Hide {label}
      </button>
    </section>
  );
}

function Page(): ReactNode {
  reporter = useProblemReporter();
  const [mounted, setMounted] = useState(true);
  toggle = () => setMounted((value) => !value);
  return (
    <>
      <Banner label="top" />
      {mounted ? <Banner label="bottom" /> : null}
    </>
  );
}

const unavailable = (seconds?: number) =>
  toProblem({ status: 503, ...(seconds === undefined ? {} : { headers: { 'Retry-After': String(seconds) } }) });

describe('useMaintenance', () => {
  it('shows the back-at time, and clears itself when the server’s time comes and there is no probe', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <Page />
      </ProblemProvider>,
    );
    expect(screen.queryByRole('region', { name: 'top' })).toBeNull();
    act(() => reporter?.report(unavailable(60)));
    expect(screen.getByRole('region', { name: 'top' })).toHaveTextContent('back at 2026-11-23T09:01:00.000Z');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.queryByRole('region', { name: 'top' })).toBeNull();
  });

  it('dismisses every banner under the provider, stays dismissed on remount, and returns with the next 503', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <Page />
      </ProblemProvider>,
    );
    act(() => reporter?.report(unavailable()));
    fireEvent.click(screen.getByRole('button', { name: 'Hide top' }));
    expect(screen.queryByRole('region', { name: 'top' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'bottom' })).toBeNull();
    act(() => toggle());
    act(() => toggle());
    expect(screen.queryByRole('region', { name: 'bottom' })).toBeNull();

    act(() => reporter?.report(unavailable()));
    expect(screen.getByRole('region', { name: 'top' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'bottom' })).toBeInTheDocument();
  });

  it('returns when the outage recurs after it cleared', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <Page />
      </ProblemProvider>,
    );
    act(() => reporter?.report(unavailable()));
    fireEvent.click(screen.getByRole('button', { name: 'Hide top' }));
    act(() => reporter?.reportSuccess());
    act(() => reporter?.report(unavailable()));
    expect(screen.getByRole('region', { name: 'top' })).toBeInTheDocument();
  });

  it('shows nothing outside a provider, and dismiss is harmless', () => {
    let dismiss: (() => void) | undefined;
    function Probe(): ReactNode {
      const state = useMaintenance();
      dismiss = state.dismiss;
      return <p>{String(state.show)}</p>;
    }
    render(<Probe />);
    act(() => dismiss?.());
    expect(screen.getByText('false')).toBeInTheDocument();
  });
});
