import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { axeViolations } from '../components/axeViolations.js';
import { served } from '../fixtures/served.js';
import { CompanyForm } from './CompanyForm.js';

const saveFailed = () =>
  new ApiError(
    served({
      status: 400,
      dialect: 'aspnet',
      fieldErrors: new Map([
        ['Contacts[1].Email', ['This email is already in use.']],
        ['Address.City', ['Enter a real city.', 'Use at most 40 characters.']],
        ['Plan', ['Your plan cannot be changed today.']],
      ]),
    }),
  );

describe('useServerValidation with React Aria Components', () => {
  it("shows each server message in its field's FieldError, wired to the input", () => {
    const { rerender } = render(<CompanyForm error={null} />);
    expect(screen.getByRole('textbox', { name: 'City' })).not.toHaveAttribute('aria-invalid');
    rerender(<CompanyForm error={saveFailed()} />);
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAccessibleDescription(
      'Enter a real city. Use at most 40 characters.',
    );
    expect(screen.getByRole('textbox', { name: 'Contact 2 email' })).toHaveAccessibleDescription(
      'This email is already in use.',
    );
    expect(screen.getByRole('radiogroup', { name: 'Plan' })).toHaveAccessibleDescription(
      'Your plan cannot be changed today.',
    );
    expect(screen.getByRole('textbox', { name: 'Company name' })).not.toHaveAttribute('aria-invalid');
  });

  it('focuses the first invalid field in document order, once per new error', () => {
    const error = saveFailed();
    const { rerender } = render(<CompanyForm error={null} />);
    rerender(<CompanyForm error={error} />);
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus();
    act(() => {
      screen.getByRole('textbox', { name: 'Company name' }).focus();
    });
    rerender(<CompanyForm error={error} />);
    expect(screen.getByRole('textbox', { name: 'Company name' })).toHaveFocus();
    rerender(<CompanyForm error={saveFailed()} />);
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus();
  });

  it('focuses the first radio of an invalid radio group when it comes first', () => {
    const { rerender } = render(<CompanyForm error={null} />);
    rerender(<CompanyForm error={new ApiError(served({ status: 422, fieldErrors: { plan: 'Pick a plan.' } }))} />);
    expect(screen.getByRole('radio', { name: 'Basic' })).toHaveFocus();
  });

  it('leaves focus in an error summary that took it', () => {
    const summary = <div className="problemkit-ErrorSummary" tabIndex={-1} data-testid="summary" />;
    const { rerender } = render(<CompanyForm error={null} before={summary} />);
    act(() => {
      screen.getByTestId('summary').focus();
    });
    rerender(<CompanyForm error={saveFailed()} before={summary} />);
    expect(screen.getByTestId('summary')).toHaveFocus();
  });

  it('moves no focus when disabled, or for problems that name no field', () => {
    const { rerender } = render(<CompanyForm error={null} options={{ enabled: false }} />);
    rerender(<CompanyForm error={saveFailed()} options={{ enabled: false }} />);
    expect(document.body).toHaveFocus();
    rerender(<CompanyForm error={new ApiError(served({ status: 503 }))} />);
    expect(document.body).toHaveFocus();
  });

  it('clears a server message once its changed value is committed (React Aria), keeps the others, re-shows them for a new error', async () => {
    const user = userEvent.setup();
    const first = saveFailed();
    const { rerender } = render(<CompanyForm error={first} />);
    const city = screen.getByRole('textbox', { name: 'City' });
    expect(city).toHaveFocus();
    await user.tab(); // leaving a field unchanged keeps its message
    expect(city).toHaveAttribute('aria-invalid', 'true');
    await user.type(city, 'x');
    await user.tab(); // the native change event: React Aria commits, and clears this field's server error
    expect(city).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'Contact 2 email' })).toHaveAttribute('aria-invalid', 'true');
    rerender(<CompanyForm error={first} />); // a re-render with the same error keeps it cleared
    expect(city).not.toHaveAttribute('aria-invalid');
    rerender(<CompanyForm error={saveFailed()} />);
    expect(city).toHaveAccessibleDescription('Enter a real city. Use at most 40 characters.');
  });

  it('works under StrictMode', () => {
    const { rerender } = render(
      <StrictMode>
        <CompanyForm error={null} />
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <CompanyForm error={saveFailed()} />
      </StrictMode>,
    );
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the names the form submits: FormData carries the values under the fields names', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<CompanyForm error={null} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const data = onSubmit.mock.calls[0]?.[0] as FormData;
    expect(data.get('address.city')).toBe('Berlin');
    expect(data.get('contacts[1].email')).toBe('bob@acme.test');
  });

  it('has no axe violations with server errors shown', async () => {
    const { container, rerender } = render(<CompanyForm error={null} />);
    rerender(<CompanyForm error={saveFailed()} />);
    await act(async () => {
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  it.each(['boom', 42, { fieldErrors: 'x' }])('does not crash on %j', (value) => {
    render(<CompanyForm error={value} />);
    expect(screen.getByRole('form', { name: 'Edit company' })).toBeInTheDocument();
  });
});
