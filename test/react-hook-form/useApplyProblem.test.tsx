import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { type Company, CompanyForm, served } from './CompanyForm.js';

let form: UseFormReturn<Company> | undefined;
const keepForm = (value: UseFormReturn<Company>) => {
  form = value;
};

const saveFailed = () =>
  new ApiError(
    served({
      status: 400,
      dialect: 'aspnet',
      fieldErrors: new Map([
        ['Contacts[1].Email', ['This email is already in use.']],
        ['Address.City', ['Enter a real city.']],
        ['CompanyName', ['A company with this name exists.']],
      ]),
    }),
  );

function Harness({ error, strict = false, ...rest }: { error: unknown; strict?: boolean } & Record<string, unknown>) {
  const tree = <CompanyForm useHook error={error} onForm={keepForm} {...rest} />;
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}

/** user-event paces its steps on real timers (as test/components/SubmitButton.test.tsx notes): nothing asserted here waits on one. */
function typingUser() {
  vi.useRealTimers();
  return userEvent.setup();
}

function runFocus() {
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  form = undefined;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useApplyProblem (react-hook-form)', () => {
  it('applies a new error: messages under their fields, focus on the first invalid field in document order', () => {
    const { rerender } = render(<Harness error={null} />);
    expect(screen.getByLabelText('Company name')).not.toHaveAttribute('aria-invalid');
    rerender(<Harness error={saveFailed()} />);
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('A company with this name exists.');
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city.');
    expect(screen.getByLabelText('Contact 2 email')).toHaveAccessibleDescription('This email is already in use.');
    runFocus();
    expect(screen.getByLabelText('Company name')).toHaveFocus();
  });

  it('clears a message when its field changes, and only that one; tabbing through keeps it', async () => {
    render(<Harness error={saveFailed()} />);
    runFocus();
    expect(screen.getByLabelText('Company name')).toHaveFocus();
    const user = typingUser();
    await user.tab(); // leave "Company name" without changing it
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('A company with this name exists.');
    await user.type(screen.getByLabelText('City'), 'x');
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('This email is already in use.')).toBeInTheDocument();
    expect(screen.getByText('A company with this name exists.')).toBeInTheDocument();
  });

  it('keeps a message cleared once its field changed, even when typed back to the old value', async () => {
    render(<Harness error={saveFailed()} />);
    runFocus();
    const user = typingUser();
    const city = screen.getByLabelText('City');
    await user.type(city, 'x');
    expect(city).not.toHaveAttribute('aria-invalid');
    await user.type(city, '{Backspace}');
    expect(city).not.toHaveAttribute('aria-invalid'); // cleared once: it stays cleared until the next error
  });

  it('never applies the same error object twice, and applies each new one', async () => {
    const first = saveFailed();
    const { rerender } = render(<Harness error={first} />);
    runFocus();
    const user = typingUser();
    await user.type(screen.getByLabelText('City'), 'x');
    rerender(<Harness error={first} />);
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    rerender(<Harness error={saveFailed()} />);
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city.');
  });

  it('replaces the previous messages when a different problem arrives', () => {
    const { rerender } = render(<Harness error={saveFailed()} />);
    rerender(
      <Harness
        error={new ApiError(served({ status: 422, dialect: 'aspnet', fieldErrors: { 'Address.City': 'Too long.' } }))}
      />,
    );
    expect(screen.getByLabelText('Company name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Too long.');
  });

  it('clears its messages when the error goes away (mutate runs again, or reset)', () => {
    const { rerender } = render(<Harness error={saveFailed()} />);
    rerender(<Harness error={null} />);
    expect(form?.formState.errors).toEqual({});
  });

  it('keeps a client-side error that replaced a server message', async () => {
    const { rerender } = render(<Harness error={saveFailed()} />);
    runFocus();
    const user = typingUser();
    await user.click(screen.getByRole('button', { name: 'Save' })); // react-hook-form now revalidates on change
    rerender(<Harness error={saveFailed()} />);
    await user.clear(screen.getByLabelText('Company name'));
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('Enter the company name');
    rerender(<Harness error={null} />);
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('Enter the company name');
  });

  it('lets the next submit through, with every server message gone', async () => {
    const onValid = vi.fn();
    render(
      <Harness
        error={
          new ApiError(
            served({
              status: 422,
              dialect: 'aspnet',
              fieldErrors: { Contacts: 'Add at most 5.' },
              formErrors: 'Locked.',
            }),
          )
        }
        onValid={onValid}
      />,
    );
    runFocus();
    const user = typingUser();
    expect(screen.getByRole('alert')).toHaveTextContent('Locked.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets the next submit through under StrictMode too', async () => {
    const onValid = vi.fn();
    render(
      <Harness
        strict
        error={new ApiError(served({ status: 422, dialect: 'aspnet', fieldErrors: { Contacts: 'Add at most 5.' } }))}
        onValid={onValid}
      />,
    );
    runFocus();
    const user = typingUser();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenCalledTimes(1);
  });

  it('applies once and still moves focus under StrictMode', () => {
    const { rerender } = render(<Harness strict error={null} />);
    const setError = vi.spyOn(form as UseFormReturn<Company>, 'setError');
    rerender(<Harness strict error={saveFailed()} />);
    runFocus();
    expect(screen.getByLabelText('Company name')).toHaveFocus();
    expect(setError).toHaveBeenCalledTimes(3);
  });

  it('moves focus with shouldFocus unless told not to, and leaves it in an error summary', () => {
    const { rerender } = render(<Harness error={saveFailed()} applyOptions={{ shouldFocus: false }} />);
    runFocus();
    expect(document.body).toHaveFocus();
    const summary = <div className="problemkit-ErrorSummary" tabIndex={-1} data-testid="summary" />;
    rerender(<Harness error={null} before={summary} />);
    screen.getByTestId('summary').focus();
    rerender(<Harness error={saveFailed()} before={summary} />);
    runFocus();
    expect(screen.getByTestId('summary')).toHaveFocus();
  });

  it('cancels the pending focus on unmount', () => {
    const { unmount } = render(<Harness error={saveFailed()} />);
    const setFocus = vi.spyOn(form as UseFormReturn<Company>, 'setFocus');
    unmount();
    runFocus();
    expect(setFocus).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("words a problem that names no field in the provider's words", () => {
    render(
      <ProblemProvider messages={{ 'unavailable.title': 'Wir warten gerade den Dienst' }}>
        <Harness error={toProblem({ status: 503 })} />
      </ProblemProvider>,
    );
    expect(form?.formState.errors.root?.server?.type).toBe(503);
    expect(screen.getByRole('alert')).toHaveTextContent('Wir warten gerade den Dienst');
  });

  it.each(['boom', 0, { fieldErrors: 7 }])('does not crash on %j', (value) => {
    render(<Harness error={value} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
  });
});
