import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitNotice } from '../../src/components/RateLimitNotice.js';
import { ApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { fakeClock } from '../react/fakeClock.js';
import { validationProblem } from '../react/validationProblem.js';
import { axeViolations } from './axeViolations.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

function tooMany(seconds?: number): ApiProblem {
  return toProblem({ status: 429, ...(seconds === undefined ? {} : { headers: { 'Retry-After': String(seconds) } }) });
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** The visible line (aria-hidden, so not found by role). */
function visible(): string {
  return document.querySelector('.problemkit-RateLimitNotice-text')?.textContent ?? '';
}

function spoken(): string {
  return screen.getByRole('status').textContent ?? '';
}

/** Every distinct text of the live region while `ms` pass, sampled at each tick of the shared ticker. */
function spokenOver(ms: number): string[] {
  const texts = [spoken()];
  for (let elapsed = 0; elapsed < ms; elapsed += 250) {
    advance(250);
    const now = spoken();
    if (now !== texts.at(-1)) texts.push(now);
  }
  return texts;
}

class VendorError extends Error {
  override name = 'VendorError';
}

describe('RateLimitNotice', () => {
  it('counts "Too many requests. Try again in 0:28." down from the deadline', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={new ApiError(tooMany(28))}>
          <RateLimitNotice />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(visible()).toBe('Too many requests. Try again in 0:28.');
    advance(1_000);
    expect(visible()).toBe('Too many requests. Try again in 0:27.');
    advance(17_000);
    expect(visible()).toBe('Too many requests. Try again in 0:10.');
    const root = document.querySelector('.problemkit-RateLimitNotice');
    expect(root).toHaveAttribute('data-state', 'counting');
  });

  it('counts down in German', () => {
    render(
      <ProblemProvider clock={fakeClock()} locale="de" catalogs={{ de: deMessages }}>
        <RateLimitNotice problem={tooMany(95)} />
      </ProblemProvider>,
    );
    expect(visible()).toBe('Zu viele Anfragen. Versuchen Sie es in 1:35 erneut.');
    expect(spoken()).toBe('Zu viele Anfragen Versuchen Sie es in 1 Minute und 35 Sekunden erneut.');
    advance(95_000);
    expect(visible()).toBe('Sie können es jetzt erneut versuchen.');
    expect(spoken()).toBe('Sie können es jetzt erneut versuchen.');
  });

  it('announces only when it appears, at 60, 30 and 10 seconds left, and at the end: never every second', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany(75)} />
      </ProblemProvider>,
    );
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('status')).toHaveAttribute('aria-atomic', 'true');
    expect(spokenOver(80_000)).toEqual([
      'Too many requests Try again in 1 minute and 15 seconds.',
      'Too many requests Try again in 1 minute.',
      'Too many requests Try again in 30 seconds.',
      'Too many requests Try again in 10 seconds.',
      'You can try again now.',
    ]);
  });

  it('starts its live region empty and fills it after mount, so the first announcement is heard', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const observer = new MutationObserver(() => {});
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany(28)} />
      </ProblemProvider>,
      { container },
    );
    const region = screen.getByRole('status');
    const changesInsideRegion = observer
      .takeRecords()
      .filter((record) => record.target === region && record.addedNodes.length > 0);
    observer.disconnect();
    expect(changesInsideRegion.length).toBeGreaterThan(0);
    expect(spoken()).toBe('Too many requests Try again in 28 seconds.');
    container.remove();
  });

  it('keeps the ticking line away from screen readers', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany(28)} />
      </ProblemProvider>,
    );
    const line = document.querySelector('.problemkit-RateLimitNotice-text');
    expect(line).toHaveAttribute('aria-hidden', 'true');
    expect(line).toHaveTextContent('0:28');
    // What a screen reader can reach is the live region alone.
    expect(screen.getByRole('status')).not.toHaveTextContent('0:28');
  });

  it('shows the right time when a sleeping tab wakes (computed from the deadline, not by counting ticks)', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany(28)} />
      </ProblemProvider>,
    );
    vi.setSystemTime(start + 20_000); // the tab slept: no timer ran for 20 s
    advance(250);
    expect(visible()).toBe('Too many requests. Try again in 0:08.');
    expect(spoken()).toBe('Too many requests Try again in 8 seconds.');
  });

  it('says to wait a moment when the server gave no time, and that it is over after the short hold', () => {
    const onExpire = vi.fn();
    render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany()} onExpire={onExpire} />
      </ProblemProvider>,
    );
    const root = document.querySelector('.problemkit-RateLimitNotice');
    expect(root).toHaveAttribute('data-state', 'waiting');
    expect(visible()).toBe('Too many requests. Wait a moment, then try again.');
    expect(spokenOver(12_000)).toEqual(['Too many requests. Wait a moment, then try again.', 'You can try again now.']);
    expect(root).toHaveAttribute('data-state', 'done');
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('calls onExpire exactly once and offers one "Try again" action when the wait is over', () => {
    const onExpire = vi.fn();
    const onRetry = vi.fn();
    const problem = tooMany(3);
    const { rerender } = render(
      <StrictMode>
        <ProblemProvider clock={fakeClock()}>
          <RateLimitNotice problem={problem} onExpire={onExpire} onRetry={onRetry} />
        </ProblemProvider>
      </StrictMode>,
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    advance(2_999);
    expect(onExpire).not.toHaveBeenCalled();
    advance(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.problemkit-RateLimitNotice')).toHaveAttribute('data-state', 'done');
    // Re-renders, new callbacks and more time do not call it again.
    rerender(
      <StrictMode>
        <ProblemProvider clock={fakeClock()}>
          <RateLimitNotice problem={problem} onExpire={() => onExpire()} onRetry={onRetry} />
        </ProblemProvider>
      </StrictMode>,
    );
    advance(60_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts down the provider’s global rate limit outside any scope', () => {
    let reporter: ProblemReporter | undefined;
    function Reporter(): ReactNode {
      reporter = useProblemReporter();
      return null;
    }
    render(
      <ProblemProvider clock={fakeClock()}>
        <Reporter />
        <RateLimitNotice />
      </ProblemProvider>,
    );
    expect(document.querySelector('.problemkit-RateLimitNotice')).toBeNull();
    act(() => reporter?.report(new ApiError(tooMany(30))));
    expect(visible()).toBe('Too many requests. Try again in 0:30.');
    advance(30_000);
    expect(visible()).toBe('You can try again now.');
  });

  it('goes away when the scope’s problem is replaced, e.g. by a successful submit', () => {
    const { rerender } = render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={tooMany(5)}>
          <RateLimitNotice />
        </ProblemScope>
      </ProblemProvider>,
    );
    advance(5_000);
    expect(visible()).toBe('You can try again now.');
    rerender(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={null}>
          <RateLimitNotice />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(document.querySelector('.problemkit-RateLimitNotice')).toBeNull();
  });

  it('renders nothing for other problems and for a wait that ended before it mounted', () => {
    const { container } = render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={validationProblem({ email: ['Enter an email address'] })} />
        <RateLimitNotice problem={{ ...tooMany(5), receivedAt: start - 60_000 }} />
        <ProblemScope error={toProblem({ status: 500 })}>
          <RateLimitNotice />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('re-renders only the countdown on a tick: once per displayed second, nothing around it', () => {
    const commits = { notice: 0, sibling: 0 };
    const clock = fakeClock();
    const problem = tooMany(10);
    render(
      <ProblemProvider clock={clock}>
        <Profiler id="sibling" onRender={() => (commits.sibling += 1)}>
          <p>Company details</p>
        </Profiler>
        <Profiler id="notice" onRender={() => (commits.notice += 1)}>
          <RateLimitNotice problem={problem} />
        </Profiler>
      </ProblemProvider>,
    );
    commits.notice = 0;
    commits.sibling = 0;
    // 12 ticks of the shared 250 ms ticker, each in its own act (a browser paints after each), 3 displayed seconds.
    for (let tick = 0; tick < 12; tick += 1) advance(250);
    expect(commits).toEqual({ notice: 3, sibling: 0 });
  });

  it.each([
    ['a string', 'boom'],
    ['a number', 429],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a foreign error class', new VendorError('nope')],
  ])('never crashes on %s as its error', (_name, value) => {
    const { container } = render(<RateLimitNotice error={value} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes a className, and children as a function of the countdown', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany(28)} className="notice">
          {({ state, seconds }) => `${state}: ${seconds} s`}
        </RateLimitNotice>
      </ProblemProvider>,
    );
    expect(visible()).toBe('counting: 28 s');
    expect(document.querySelector('.problemkit-RateLimitNotice')).toHaveClass('notice');
  });

  it('leaves no timer behind when it unmounts', () => {
    const { unmount } = render(
      <ProblemProvider clock={fakeClock()}>
        <RateLimitNotice problem={tooMany(28)} />
      </ProblemProvider>,
    );
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('has no axe violations while counting and when done', async () => {
    const counting = render(
      <main>
        <ProblemProvider clock={fakeClock()}>
          <RateLimitNotice problem={tooMany(2)} onRetry={() => {}} />
        </ProblemProvider>
      </main>,
    );
    const done = render(
      <aside aria-label="Order status">
        <ProblemProvider clock={fakeClock()}>
          <ProblemScope error={tooMany(1)}>
            <RateLimitNotice onRetry={() => {}} />
          </ProblemScope>
        </ProblemProvider>
      </aside>,
    );
    advance(1_000);
    expect(done.container.querySelector('[data-state="done"]')).not.toBeNull();
    expect(counting.container.querySelector('[data-state="counting"]')).not.toBeNull();
    vi.useRealTimers(); // axe schedules its own work
    expect(await axeViolations(counting.container)).toEqual([]);
    expect(await axeViolations(done.container)).toEqual([]);
  });
});
