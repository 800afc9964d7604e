import { act, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useCountdown } from '../../src/react/useCountdown.js';
import { useFieldElementIds } from '../../src/react/useFieldElementIds.js';
import { useFieldErrors } from '../../src/react/useFieldErrors.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { useRateLimit } from '../../src/react/useRateLimit.js';
import { fakeClock } from './fakeClock.js';
import { validationProblem } from './validationProblem.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

function EmailField(): ReactNode {
  const props = useFieldProps('email');
  const { messages, id } = useFieldErrors('email');
  return (
    <>
      <label htmlFor={props.id}>Email</label>
      <input {...props} />
      {messages.length > 0 ? <p id={id}>{messages.join(' ')}</p> : null}
    </>
  );
}

function SummaryLink(): ReactNode {
  const target = useFieldElementIds().get('email');
  return target === undefined ? <span>Enter an email address</span> : <a href={`#${target}`}>Enter an email address</a>;
}

function Wait({ deadline }: { deadline: number }): ReactNode {
  const { seconds } = useCountdown(deadline);
  const { held } = useRateLimit();
  return (
    <p>
      wait: {seconds ?? 'pending'}, held: {String(held)}
    </p>
  );
}

describe('hydration', () => {
  it('hydrates server HTML rendered seconds earlier without a mismatch, then fills in the time and links', () => {
    const clock = fakeClock();
    const rateLimited = new ApiError(toProblem({ status: 429, headers: { 'Retry-After': '30' } }));
    const tree = (
      <ProblemProvider clock={clock} timeZone="UTC">
        <ProblemScope error={new ApiError(validationProblem({ email: ['Enter an email address'] }))}>
          <SummaryLink />
          <EmailField />
        </ProblemScope>
        <ProblemScope error={rateLimited}>
          <Wait deadline={start + 30_000} />
        </ProblemScope>
      </ProblemProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    expect(container.textContent).toContain('wait: pending, held: true');

    vi.setSystemTime(start + 3_000); // the page hydrates three seconds after the server rendered it
    const onRecoverableError = vi.fn();
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, tree, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toContain('wait: 27, held: true');
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAccessibleDescription('Enter an email address');
    expect(screen.getByRole('link', { name: 'Enter an email address' })).toHaveAttribute('href', `#${input.id}`);

    act(() => {
      vi.advanceTimersByTime(27_000);
    });
    expect(container.textContent).toContain('wait: 0, held: false');
    act(() => root?.unmount());
    container.remove();
    expect(vi.getTimerCount()).toBe(0);
  });
});
