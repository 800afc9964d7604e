import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type HeldActionOptions, useHeldAction } from '../../src/components/useHeldAction.js';
import { ApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { fakeClock } from '../react/fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

function tooMany(seconds: number, url?: string): ApiProblem {
  return toProblem({
    status: 429,
    headers: { 'Retry-After': String(seconds) },
    ...(url === undefined ? {} : { request: { method: 'POST', url } }),
  });
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

let buttonRenders = 0;

function SendButton(options: HeldActionOptions): ReactNode {
  buttonRenders += 1;
  const { held, reason, buttonProps, reasonProps } = useHeldAction(options);
  return (
    <>
      <button type="button" {...buttonProps}>
        Send
      </button>
      {held ? <p {...reasonProps}>{reason}</p> : null}
    </>
  );
}

describe('useHeldAction', () => {
  it('holds any button while the scope’s 429 lasts, describing it by the reason, and releases it once', () => {
    const onClick = vi.fn();
    const onRelease = vi.fn();
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={new ApiError(tooMany(2))}>
          <SendButton onClick={onClick} onRelease={onRelease} />
        </ProblemScope>
      </ProblemProvider>,
    );
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-state', 'held');
    expect(button).toHaveAccessibleDescription('Paused for 2 seconds because of too many requests.');
    expect(screen.getByText('Paused for 2 seconds because of too many requests.')).toBeInTheDocument();
    expect(fireEvent.click(button)).toBe(false);
    expect(onClick).not.toHaveBeenCalled();

    advance(2_000);
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).not.toHaveAttribute('aria-describedby');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    advance(10_000);
    expect(onRelease).toHaveBeenCalledTimes(1);
  });

  it('keeps the ids the button was already described by', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <p id="hint">We send it to your accountant.</p>
        <SendButton problem={tooMany(5)} aria-describedby="hint" />
      </ProblemProvider>,
    );
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(
      'We send it to your accountant. Paused for 5 seconds because of too many requests.',
    );
  });

  it('follows the provider’s rate limit for the origin it sends to, and ignores other origins', () => {
    let reporter: ProblemReporter | undefined;
    function Reporter(): ReactNode {
      reporter = useProblemReporter();
      return null;
    }
    render(
      <ProblemProvider clock={fakeClock()}>
        <Reporter />
        <SendButton target="https://api.example.com/v3/orders" />
      </ProblemProvider>,
    );
    act(() => reporter?.report(new ApiError(tooMany(30, 'https://other.example.net/x'))));
    expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
    act(() => reporter?.report(new ApiError(tooMany(30, 'https://api.example.com/v3/customers'))));
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('re-renders its component once per displayed second while held, and not at all otherwise', () => {
    let renders = 0;
    function Counted(): ReactNode {
      renders += 1;
      return <SendButton problem={tooMany(3)} />;
    }
    function Idle(): ReactNode {
      renders += 1;
      return <SendButton problem={null} />;
    }
    const { unmount } = render(
      <ProblemProvider clock={fakeClock()}>
        <Counted />
      </ProblemProvider>,
    );
    renders = 0;
    buttonRenders = 0;
    for (let tick = 0; tick < 8; tick += 1) advance(250);
    expect(buttonRenders).toBe(2); // 8 ticks, 2 displayed seconds
    expect(renders).toBe(0); // the hook re-renders SendButton, not its parent
    unmount();
    render(
      <ProblemProvider clock={fakeClock()}>
        <Idle />
      </ProblemProvider>,
    );
    renders = 0;
    buttonRenders = 0;
    advance(5_000);
    expect(renders + buttonRenders).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
