import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import type { TanStackForm } from '../../src/tanstack-form/TanStackForm.js';
import { served } from '../fixtures/served.js';
import { CompanyForm } from './CompanyForm.js';

let form: TanStackForm | undefined;
const keepForm = (value: TanStackForm) => {
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
      ]),
      formErrors: 'Check the highlighted fields.',
    }),
  );

function Harness({ error, strict = false, ...rest }: { error: unknown; strict?: boolean } & Record<string, unknown>) {
  const tree = <CompanyForm useHook error={error} onForm={keepForm} {...rest} />;
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}

function runFocus() {
  act(() => {
    vi.advanceTimersToNextFrame();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  form = undefined;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useApplyProblem (TanStack Form)', () => {
  it('applies a new error: messages under their fields, the form message, focus on the first invalid field', () => {
    const { rerender } = render(<Harness error={null} />);
    rerender(<Harness error={saveFailed()} />);
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city.');
    expect(screen.getByLabelText('Contact 2 email')).toHaveAccessibleDescription('This email is already in use.');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields.');
    runFocus();
    expect(screen.getByLabelText('City')).toHaveFocus();
  });

  it('clears a message when its field changes and keeps it through a blur', () => {
    render(<Harness error={saveFailed()} />);
    runFocus();
    fireEvent.blur(screen.getByLabelText('City'));
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city.');
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Hamburg' } });
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Contact 2 email')).toHaveAccessibleDescription('This email is already in use.');
  });

  it('never applies the same error object twice, and applies each new one', () => {
    const first = saveFailed();
    const { rerender } = render(<Harness error={first} />);
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Hamburg' } });
    rerender(<Harness error={first} />);
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    rerender(<Harness error={saveFailed()} />);
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city.');
  });

  it('replaces the previous messages when another problem arrives, and takes them back when the error goes', () => {
    const { rerender } = render(<Harness error={saveFailed()} />);
    rerender(
      <Harness
        error={new ApiError(served({ status: 422, dialect: 'aspnet', fieldErrors: { CompanyName: 'Taken.' } }))}
      />,
    );
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('Taken.');
    rerender(<Harness error={null} />);
    expect(screen.getByLabelText('Company name')).not.toHaveAttribute('aria-invalid');
    expect(form?.state.errors).toEqual([]);
  });

  it('lets the next submit through even when the button follows canSubmit, once the fields are fixed', async () => {
    const onSubmit = vi.fn();
    render(<Harness error={saveFailed()} onSubmit={onSubmit} disableOnCanSubmit />);
    runFocus();
    vi.useRealTimers();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('City'), 'x');
    await user.type(screen.getByLabelText('Contact 2 email'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('applies once and still moves focus under StrictMode', () => {
    const { rerender } = render(<Harness strict error={null} />);
    const setFieldMeta = vi.spyOn(form as TanStackForm, 'setFieldMeta');
    rerender(<Harness strict error={saveFailed()} />);
    expect(setFieldMeta).toHaveBeenCalledTimes(2);
    runFocus();
    expect(screen.getByLabelText('City')).toHaveFocus();
    fireEvent.blur(screen.getByLabelText('City'));
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city.');
  });

  it('stops watching and cancels the pending focus on unmount', () => {
    // (TanStack Form's devtools client keeps a connect interval of its own, so timers are not counted here.)
    const { unmount } = render(<Harness error={saveFailed()} />);
    const target = form as TanStackForm;
    const cancelFrame = vi.spyOn(window, 'cancelAnimationFrame');
    unmount();
    expect(cancelFrame).toHaveBeenCalledTimes(1);
    runFocus();
    expect(document.body).toHaveFocus();
    // What TanStack's blur validation does; a live watch would put the message back.
    target.setFieldMeta('address.city', (previous) => ({
      ...previous,
      isBlurred: true,
      errorMap: { ...previous.errorMap, onServer: undefined },
    }));
    expect(target.getFieldMeta('address.city')?.errorMap.onServer).toBeUndefined();
  });

  it('moves no focus with shouldFocus: false', () => {
    render(<Harness error={saveFailed()} applyOptions={{ shouldFocus: false }} />);
    runFocus();
    expect(document.body).toHaveFocus();
  });

  it.each(['boom', 0, { fieldErrors: 7 }])('does not crash on %j', (value) => {
    render(<Harness error={value} />);
    expect(screen.getByRole('form', { name: 'Edit company' })).toBeInTheDocument();
  });
});
