import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tickerFor } from '../../src/core/timing/createTicker.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { type Countdown, useCountdown } from '../../src/react/useCountdown.js';
import { fakeClock } from './fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

const renders = { parent: 0, sibling: 0, countdown: 0 };
beforeEach(() => {
  reset();
});
let latest: Countdown | undefined;

function Seconds({ deadline }: { deadline: number | undefined }): ReactNode {
  renders.countdown += 1;
  latest = useCountdown(deadline);
  return <p>{latest.done ? 'done' : `${latest.seconds} s`}</p>;
}

function Sibling(): ReactNode {
  renders.sibling += 1;
  return <p>Too many requests</p>;
}

function Parent({ deadline }: { deadline: number | undefined }): ReactNode {
  renders.parent += 1;
  return (
    <>
      <Sibling />
      <Seconds deadline={deadline} />
    </>
  );
}

function reset(): void {
  renders.parent = 0;
  renders.sibling = 0;
  renders.countdown = 0;
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('useCountdown', () => {
  it('counts whole seconds down from the deadline, rounding up, and is done exactly at it', () => {
    const clock = fakeClock();
    render(
      <ProblemProvider clock={clock}>
        <Seconds deadline={start + 2_500} />
      </ProblemProvider>,
    );
    expect(screen.getByText('3 s')).toBeInTheDocument();
    expect(latest).toEqual({ seconds: 3, remainingMs: 2_500, done: false });
    advance(500);
    expect(screen.getByText('2 s')).toBeInTheDocument();
    expect(latest?.remainingMs).toBe(2_000);
    advance(1_999);
    expect(screen.getByText('1 s')).toBeInTheDocument();
    advance(1);
    expect(screen.getByText('done')).toBeInTheDocument();
    expect(latest).toEqual({ seconds: 0, remainingMs: 0, done: true });
  });

  it('shows a deadline off the ticker grid at most one tick (250 ms) late, never early', () => {
    const clock = fakeClock();
    render(
      <ProblemProvider clock={clock}>
        <Seconds deadline={start + 1_100} />
      </ProblemProvider>,
    );
    expect(screen.getByText('2 s')).toBeInTheDocument();
    advance(250); // 2 s → 1 s happened at +100; the tick at +250 shows it
    expect(screen.getByText('1 s')).toBeInTheDocument();
    advance(850); // now +1100: the deadline, between ticks
    expect(screen.getByText('1 s')).toBeInTheDocument();
    advance(150); // the tick at +1250
    expect(screen.getByText('done')).toBeInTheDocument();
  });

  it('is done at once with no deadline, a past one or one that is not a finite number, and holds no timer', () => {
    const clock = fakeClock();
    const none = { seconds: undefined, remainingMs: undefined, done: true };
    const cases: [number | undefined, Countdown][] = [
      [undefined, none],
      [Number.NaN, none],
      [Number.POSITIVE_INFINITY, none],
      [start - 1, { seconds: 0, remainingMs: 0, done: true }],
    ];
    for (const [deadline, expected] of cases) {
      const view = render(
        <ProblemProvider clock={clock}>
          <Seconds deadline={deadline} />
        </ProblemProvider>,
      );
      expect(latest).toEqual(expected);
      expect(vi.getTimerCount()).toBe(0);
      view.unmount();
    }
  });

  it('re-renders only the countdown, once per displayed second, however often the ticker ticks', () => {
    const clock = fakeClock();
    let commits = 0;
    render(
      <Profiler id="tree" onRender={() => (commits += 1)}>
        <ProblemProvider clock={clock}>
          <Parent deadline={start + 5_300} />
        </ProblemProvider>
      </Profiler>,
    );
    reset();
    commits = 0;
    advance(500); // 6 s → 5 s at +300, seen by the tick at +500
    expect(renders).toEqual({ parent: 0, sibling: 0, countdown: 1 });
    expect(commits).toBe(1);
    for (let second = 4; second >= 1; second -= 1) {
      reset();
      commits = 0;
      for (let quarter = 0; quarter < 4; quarter += 1) advance(250);
      expect(screen.getByText(`${second} s`)).toBeInTheDocument();
      expect(renders).toEqual({ parent: 0, sibling: 0, countdown: 1 });
      expect(commits).toBe(1);
    }
    reset();
    advance(1_000);
    expect(screen.getByText('done')).toBeInTheDocument();
    expect(renders).toEqual({ parent: 0, sibling: 0, countdown: 1 });
  });

  it('lets go of the ticker when done, while still mounted', () => {
    const clock = fakeClock();
    render(
      <ProblemProvider clock={clock}>
        <Seconds deadline={start + 1_000} />
      </ProblemProvider>,
    );
    expect(vi.getTimerCount()).toBe(1);
    advance(1_000);
    expect(latest?.done).toBe(true);
    expect(tickerFor(clock).isIdle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    reset();
    advance(10_000);
    expect(renders.countdown).toBe(0);
  });

  it('shares one timer between every countdown on the page', () => {
    const clock = fakeClock();
    render(
      <ProblemProvider clock={clock}>
        <Seconds deadline={start + 10_000} />
        <Seconds deadline={start + 20_000} />
        <Seconds deadline={start + 30_000} />
      </ProblemProvider>,
    );
    expect(vi.getTimerCount()).toBe(1);
  });

  it('is right when a sleeping tab wakes: it reads the deadline, not the ticks it missed', () => {
    const clock = fakeClock();
    render(
      <ProblemProvider clock={clock}>
        <Seconds deadline={start + 120_000} />
      </ProblemProvider>,
    );
    expect(screen.getByText('120 s')).toBeInTheDocument();
    // The tab sleeps for 100 s: the clock moves on, no timer fires meanwhile.
    vi.setSystemTime(start + 100_000);
    advance(250);
    expect(screen.getByText('20 s')).toBeInTheDocument();
  });

  it('leaves the shared ticker idle and no timer after 10,000 mount/unmount cycles', () => {
    const clock = fakeClock();
    const view = render(<ProblemProvider clock={clock}>{null}</ProblemProvider>);
    // Each rerender is its own act(), so every cycle really mounts (subscribes) and unmounts (unsubscribes).
    for (let cycle = 0; cycle < 10_000; cycle += 1) {
      view.rerender(
        <ProblemProvider clock={clock}>
          <Seconds deadline={start + 60_000} />
        </ProblemProvider>,
      );
      view.rerender(<ProblemProvider clock={clock}>{null}</ProblemProvider>);
    }
    expect(renders.countdown).toBe(10_000);
    expect(tickerFor(clock).isIdle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  }, 60_000); // 20,000 commits: a budget for slow shared CI machines, not a timing assertion

  it('works without a provider, on the system clock', () => {
    render(<Seconds deadline={start + 1_500} />);
    expect(screen.getByText('2 s')).toBeInTheDocument();
    advance(1_500);
    expect(screen.getByText('done')).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });
});
