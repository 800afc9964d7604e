import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { type RateLimitHold, useRateLimit } from '../../src/react/useRateLimit.js';
import { fakeClock } from './fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

function tooMany(seconds: number | undefined, url?: string): ApiProblem {
  return toProblem({
    status: 429,
    ...(seconds === undefined ? {} : { headers: { 'Retry-After': String(seconds) } }),
    ...(url === undefined ? {} : { request: { method: 'POST', url } }),
  });
}

let hold: RateLimitHold | undefined;
let renders = 0;
let reporter: ProblemReporter | undefined;

function Hold({ target }: { target?: string }): ReactNode {
  renders += 1;
  hold = useRateLimit(target);
  reporter = useProblemReporter();
  return (
    <button type="submit" disabled={hold.held}>
      Save
    </button>
  );
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('useRateLimit', () => {
  it('holds actions until the scope’s 429 says, re-rendering once when it ends, not every second', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope problem={tooMany(30)}>
          <Hold />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(hold).toMatchObject({ held: true, until: start + 30_000, untilKnown: true, source: 'scope' });
    renders = 0;
    advance(29_999);
    expect(renders).toBe(0);
    advance(1);
    expect(renders).toBe(1);
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(hold?.held).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds a 429 without any time briefly, and says the time is not known', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope problem={tooMany(undefined)}>
          <Hold />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(hold).toMatchObject({ held: true, untilKnown: false, until: start + 10_000 });
    advance(10_000);
    expect(hold?.held).toBe(false);
  });

  it('holds on the provider’s global rate limit for the origin, and leaves other origins alone', () => {
    const view = render(
      <ProblemProvider clock={fakeClock()}>
        <Hold target="https://api.example.com/orders" />
      </ProblemProvider>,
    );
    act(() => reporter?.report(tooMany(20, 'https://api.example.com/carts')));
    expect(hold).toMatchObject({ held: true, origin: 'https://api.example.com', source: 'global' });
    view.rerender(
      <ProblemProvider clock={fakeClock()}>
        <Hold target="https://cdn.example.com/images" />
      </ProblemProvider>,
    );
    expect(hold?.held).toBe(false);
  });

  it('takes the later of the scope’s hold and the global one, the global one for the scope’s own origin', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope problem={tooMany(10, 'https://api.example.com/orders')}>
          <Hold />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(hold).toMatchObject({ until: start + 10_000, source: 'scope' });
    act(() => reporter?.report(tooMany(60, 'https://api.example.com/other')));
    expect(hold).toMatchObject({ until: start + 60_000, source: 'global' });
    act(() => reporter?.report(tooMany(120, 'https://elsewhere.example.com/x')));
    expect(hold?.until).toBe(start + 60_000);
    advance(60_000);
    expect(hold?.held).toBe(false);
  });

  it('is free outside any provider and scope', () => {
    render(<Hold />);
    expect(hold).toMatchObject({ held: false, until: undefined, source: undefined });
  });
});
