import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRateLimitHold } from '../../src/components/useRateLimitHold.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import type { RateLimitHold } from '../../src/react/useRateLimit.js';
import { fakeClock } from '../react/fakeClock.js';

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

let hold: RateLimitHold | undefined;

function Probe({ problem, error }: { problem?: ApiProblem | null; error?: unknown }): ReactNode {
  hold = useRateLimitHold(problem, error);
  return null;
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('useRateLimitHold', () => {
  it('reads the scope’s 429 when given no problem', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={tooMany(30)}>
          <Probe />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(hold).toMatchObject({ held: true, until: start + 30_000, untilKnown: true, source: 'scope' });
  });

  it('holds from an explicit problem’s own time, ignoring the scope, and lets go at the deadline', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={tooMany(60)}>
          <Probe problem={tooMany(5)} />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(hold).toMatchObject({ held: true, until: start + 5_000, untilKnown: true });
    advance(5_000);
    expect(hold?.held).toBe(false);
    advance(55_000); // the scope's own hold still ran underneath; it ends too
    expect(hold?.held).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds an explicit 429 without a time for the same short while as the scope does', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <Probe error={tooMany()} />
      </ProblemProvider>,
    );
    expect(hold).toMatchObject({ held: true, until: start + 10_000, untilKnown: false });
    advance(10_000);
    expect(hold?.held).toBe(false);
  });

  it('treats an explicit null, or any problem but a 429, as nothing held, whatever the scope holds', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={tooMany(30)}>
          <Probe error={null} />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(hold?.held).toBe(false);
    render(<Probe error={toProblem({ status: 503, headers: { 'Retry-After': '30' } })} />);
    expect(hold?.held).toBe(false);
  });
});
