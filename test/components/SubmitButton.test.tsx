import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmitButton } from '../../src/components/SubmitButton.js';
import { ApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { fakeClock } from '../react/fakeClock.js';
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

function Form({ error, onSubmit, children }: { error: unknown; onSubmit: () => void; children?: ReactNode }) {
  return (
    <ProblemProvider clock={fakeClock()}>
      <ProblemScope error={error}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <label htmlFor="companyName">Company name</label>
          <input id="companyName" name="companyName" />
          {children ?? <SubmitButton>Save company</SubmitButton>}
        </form>
      </ProblemScope>
    </ProblemProvider>
  );
}

describe('SubmitButton', () => {
  it('is a submit button named by its children, "Continue" by default, ready without a rate limit', () => {
    const onSubmit = vi.fn();
    render(
      <Form error={null} onSubmit={onSubmit}>
        <SubmitButton />
      </Form>,
    );
    const button = screen.getByRole('button', { name: 'Continue' });
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription();
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('is held while a 429 lasts: aria-disabled, still focusable, and says why', () => {
    render(<Form error={new ApiError(tooMany(28))} onSubmit={() => {}} />);
    const button = screen.getByRole('button', { name: 'Save company' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-state', 'held');
    expect(button).toBeEnabled(); // not `disabled`: it keeps focus and stays in the tab order
    act(() => button.focus());
    expect(button).toHaveFocus();
    expect(button).toHaveAccessibleDescription('Paused for 28 seconds because of too many requests.');
    advance(1_000);
    expect(button).toHaveAccessibleDescription('Paused for 27 seconds because of too many requests.');
  });

  it('says why in German', () => {
    render(
      <ProblemProvider clock={fakeClock()} locale="de" catalogs={{ de: deMessages }}>
        <SubmitButton problem={tooMany(28)} />
      </ProblemProvider>,
    );
    const button = screen.getByRole('button', { name: 'Weiter' });
    expect(button).toHaveAccessibleDescription('Wegen zu vieler Anfragen für 28 Sekunden pausiert.');
  });

  it('keeps the focus of the person who pressed it when the 429 arrives', () => {
    const { rerender } = render(<Form error={null} onSubmit={() => {}} />);
    const button = screen.getByRole('button', { name: 'Save company' });
    act(() => button.focus());
    rerender(<Form error={tooMany(28)} onSubmit={() => {}} />);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
  });

  it('cancels clicks and the Enter key in a text field while held', async () => {
    const onSubmit = vi.fn();
    const onClick = vi.fn();
    render(
      <Form error={tooMany(28)} onSubmit={onSubmit}>
        <SubmitButton onClick={onClick}>Save company</SubmitButton>
      </Form>,
    );
    const button = screen.getByRole('button', { name: 'Save company' });
    expect(fireEvent.click(button)).toBe(false);
    // Implicit submission: Enter in a text field clicks the form's default button (HTML "implicit submission"),
    // and that click is cancelled. user-event waits on real timers between steps; the hold needs no tick here.
    vi.useRealTimers();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Company name' }), 'Acme{Enter}');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('lets the Enter key in a text field submit through it when it is not held', async () => {
    vi.useRealTimers();
    const onSubmit = vi.fn();
    render(<Form error={null} onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Company name' }), 'Acme{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('re-enables exactly once, at the end of the wait', () => {
    const onSubmit = vi.fn();
    const onRelease = vi.fn();
    render(
      <Form error={tooMany(3)} onSubmit={onSubmit}>
        <SubmitButton onRelease={onRelease}>Save company</SubmitButton>
      </Form>,
    );
    const button = screen.getByRole('button', { name: 'Save company' });
    const changes: (string | null)[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) changes.push(button.getAttribute(record.attributeName ?? ''));
    });
    observer.observe(button, { attributes: true, attributeFilter: ['aria-disabled'] });
    advance(2_999);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    advance(1);
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription();
    advance(60_000);
    changes.push(...observer.takeRecords().map(() => button.getAttribute('aria-disabled')));
    observer.disconnect();
    expect(changes).toEqual([null]);
    expect(onRelease).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says it is paused for a moment when the server gave no time, then releases after the short hold', () => {
    render(<Form error={tooMany()} onSubmit={() => {}} />);
    const button = screen.getByRole('button', { name: 'Save company' });
    expect(button).toHaveAccessibleDescription('Paused for a moment because of too many requests.');
    advance(10_000);
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('joins its reason with the ids it is already described by', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <p id="save-hint">Saving replaces the draft.</p>
        <SubmitButton problem={tooMany(5)} aria-describedby="save-hint">
          Save
        </SubmitButton>
      </ProblemProvider>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAccessibleDescription(
      'Saving replaces the draft. Paused for 5 seconds because of too many requests.',
    );
  });

  it('takes a className, other button attributes, and children as a function of the state', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <SubmitButton problem={tooMany(5)} className="primary" form="company" name="intent" value="save">
          {({ held }) => (held ? 'Waiting' : 'Save')}
        </SubmitButton>
      </ProblemProvider>,
    );
    const button = screen.getByRole('button', { name: 'Waiting' });
    expect(button).toHaveClass('problemkit-SubmitButton', 'primary');
    expect(button).toHaveAttribute('form', 'company');
    expect(button).toHaveAttribute('name', 'intent');
  });

  it.each([
    ['a string', 'boom'],
    ['a number', 429],
    ['null', null],
    ['an empty object', {}],
    ['a foreign error class', new (class VendorError extends Error {})('nope')],
  ])('never crashes on %s as its error, and stays ready', (_name, value) => {
    render(<SubmitButton error={value}>Save</SubmitButton>);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('data-state', 'ready');
  });

  it('has no axe violations while held', async () => {
    const { container } = render(
      <main>
        <Form error={tooMany(28)} onSubmit={() => {}} />
      </main>,
    );
    vi.useRealTimers(); // axe schedules its own work
    expect(await axeViolations(container)).toEqual([]);
  });
});
