import { act, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/components/ErrorSummary.js';
import { FieldError } from '../../src/components/FieldError.js';
import { RateLimitNotice } from '../../src/components/RateLimitNotice.js';
import { SubmitButton } from '../../src/components/SubmitButton.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { fakeClock } from '../react/fakeClock.js';
import { validationProblem } from '../react/validationProblem.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

function Email(): ReactNode {
  const props = useFieldProps('email');
  return (
    <>
      <label htmlFor={props.id}>Email address</label>
      <input {...props} />
      <FieldError name="email" />
    </>
  );
}

/** Server HTML into the document, then hydration a few seconds later (the page arrived and its script ran). */
function serverThenHydrate(tree: ReactNode, laterMs: number): { container: HTMLElement; root: Root } {
  const container = document.createElement('div');
  container.innerHTML = renderToString(tree);
  document.body.append(container);
  vi.setSystemTime(Date.now() + laterMs);
  const onRecoverableError = vi.fn();
  let root: Root | undefined;
  act(() => {
    root = hydrateRoot(container, tree, { onRecoverableError });
  });
  // A mismatch makes React re-render on the client and report it here (and on the console, which fails the test).
  expect(onRecoverableError).not.toHaveBeenCalled();
  return { container, root: root as Root };
}

describe('hydrating the form components', () => {
  it('hydrates FieldError and ErrorSummary without a mismatch, then links to the field and takes focus', () => {
    const tree = (
      <ProblemProvider clock={fakeClock()} locale="de" catalogs={{ de: deMessages }}>
        <ProblemScope error={new ApiError(validationProblem({ email: ['Geben Sie eine E-Mail-Adresse ein'] }))}>
          <ErrorSummary />
          <Email />
        </ProblemScope>
      </ProblemProvider>
    );
    const { container, root } = serverThenHydrate(tree, 3_000);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).toHaveAccessibleDescription('Fehler: Geben Sie eine E-Mail-Adresse ein');
    expect(screen.getByRole('link', { name: 'Geben Sie eine E-Mail-Adresse ein' })).toHaveAttribute(
      'href',
      `#${input.id}`,
    );
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    act(() => root.unmount());
    container.remove();
  });

  it('hydrates RateLimitNotice and SubmitButton without a mismatch, then fills in the time the browser sees', () => {
    const problem = toProblem({ status: 429, headers: { 'Retry-After': '30' } });
    const tree = (
      <ProblemProvider clock={fakeClock()}>
        <ProblemScope error={new ApiError(problem)}>
          <RateLimitNotice />
          <SubmitButton>Save</SubmitButton>
        </ProblemScope>
      </ProblemProvider>
    );
    const { container, root } = serverThenHydrate(tree, 3_000);
    expect(container.querySelector('.problemkit-RateLimitNotice-text')).toHaveTextContent(
      'Too many requests. Try again in 0:27.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Too many requests Try again in 27 seconds.');
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAccessibleDescription('Paused for 27 seconds because of too many requests.');
    act(() => {
      vi.advanceTimersByTime(27_000);
    });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.');
    act(() => root.unmount());
    container.remove();
    expect(vi.getTimerCount()).toBe(0);
  });
});
