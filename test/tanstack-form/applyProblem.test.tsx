import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { applyProblem } from '../../src/tanstack-form/applyProblem.js';
import type { TanStackForm } from '../../src/tanstack-form/TanStackForm.js';
import { served } from '../fixtures/served.js';
import { CompanyForm } from './CompanyForm.js';

let form: TanStackForm | undefined;

function renderForm(props: Parameters<typeof CompanyForm>[0] = {}) {
  const result = render(
    <CompanyForm
      onForm={(value) => {
        form = value;
      }}
      {...props}
    />,
  );
  if (form === undefined) throw new Error('form not captured');
  return { ...result, form };
}

function apply(target: TanStackForm, problem: unknown, options?: Parameters<typeof applyProblem>[2]) {
  let applied: ReturnType<typeof applyProblem> | undefined;
  act(() => {
    applied = applyProblem(target, problem, options);
  });
  if (applied === undefined) throw new Error('not applied');
  return applied;
}

function runFocus() {
  act(() => {
    vi.advanceTimersToNextFrame();
  });
}

/** user-event paces its steps on real timers; nothing asserted after it waits on one. */
function typingUser() {
  vi.useRealTimers();
  return userEvent.setup();
}

const aspNet = () =>
  new ApiError(
    served({
      status: 400,
      dialect: 'aspnet',
      fieldErrors: new Map([
        ['Contacts[1].Email', ['This email is already in use.']],
        ['Address.City', ['Enter a real city.', 'Use at most 40 characters.']],
        ['CompanyName', ['A company with this name exists.']],
      ]),
    }),
  );

beforeEach(() => {
  vi.useFakeTimers();
  form = undefined;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('applyProblem (TanStack Form)', () => {
  it.each([
    ['ASP.NET PascalCase', 'aspnet', 'Address.City', 'Contacts[1].Email'],
    ['RFC 9457 JSON Pointer', 'rfc9457', '#/address/city', '#/contacts/1/email'],
    ['Laravel dots', 'laravel', 'address.city', 'contacts.1.email'],
    ['Rails brackets', 'rails', 'address[city]', 'contacts[1][email]'],
  ] as const)('puts %s messages under the right fields', (_name, dialect, cityKey, emailKey) => {
    const { form } = renderForm();
    const applied = apply(
      form,
      served({ status: 422, dialect, fieldErrors: { [cityKey]: 'Enter a real city', [emailKey]: 'Already in use' } }),
    );
    expect([...applied.fields.keys()]).toEqual(['address.city', 'contacts[1].email']);
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city');
    expect(screen.getByLabelText('Contact 2 email')).toHaveAccessibleDescription('Already in use');
    expect(screen.getByLabelText('Contact 1 email')).not.toHaveAttribute('aria-invalid');
    expect(form.getFieldMeta('address.city')?.errorMap.onServer).toEqual(['Enter a real city']);
  });

  it("lists several messages as separate errors, and puts a field array's own message on the array field", () => {
    const { form } = renderForm();
    apply(form, aspNet());
    expect(form.getFieldMeta('address.city')?.errors).toEqual(['Enter a real city.', 'Use at most 40 characters.']);
    apply(form, served({ status: 422, dialect: 'laravel', fieldErrors: { contacts: 'Add at most 5.' } }));
    expect(screen.getByRole('group', { name: 'Contacts' })).toHaveAccessibleDescription('Add at most 5.');
  });

  it('shows form-level messages and those for fields the form lacks as the form error', () => {
    const { form } = renderForm();
    const applied = apply(
      form,
      served({
        status: 422,
        dialect: 'aspnet',
        fieldErrors: { CompanyName: 'Taken.', TaxId: 'The TaxId field is required.' },
        formErrors: 'The company is locked.',
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The company is locked. The TaxId field is required.');
    expect(applied.unmatched).toEqual([{ key: 'TaxId', messages: ['The TaxId field is required.'] }]);
    expect(applied.formErrors).toEqual(['The company is locked.', 'The TaxId field is required.']);
  });

  it('keeps a problem that names nothing to fix out of the form, where it would block submitting', () => {
    const { form } = renderForm();
    const applied = apply(form, toProblem({ status: 500 }));
    expect(applied.problem?.kind).toBe('server');
    expect(form.state.errors).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('focuses the first invalid field in document order, a frame later', () => {
    const { form } = renderForm();
    const applied = apply(
      form,
      served({
        status: 422,
        fieldErrors: new Map([
          ['contacts.1.email', 'Taken.'],
          ['address.city', 'Unknown.'],
        ]),
      }),
    );
    expect(applied.focus).toBe('address.city');
    expect(screen.getByLabelText('City')).not.toHaveFocus();
    runFocus();
    expect(screen.getByLabelText('City')).toHaveFocus();
  });

  it('looks for the controls in the container it is given', () => {
    const { form } = renderForm();
    const other = document.createElement('div');
    other.innerHTML = '<input name="companyName" aria-label="elsewhere">';
    document.body.prepend(other);
    apply(form, served({ status: 422, fieldErrors: { companyName: 'Taken.' } }), {
      container: screen.getByRole('form', { name: 'Edit company' }),
    });
    runFocus();
    expect(screen.getByLabelText('Company name')).toHaveFocus();
    other.remove();
  });

  it('does not move focus with shouldFocus: false, when aborted, or when an error summary holds it', () => {
    const { form } = renderForm({
      before: <div className="problemkit-ErrorSummary" tabIndex={-1} data-testid="summary" />,
    });
    const problem = served({ status: 422, fieldErrors: { companyName: 'Taken.' } });
    apply(form, problem, { shouldFocus: false });
    runFocus();
    expect(document.body).toHaveFocus();
    const controller = new AbortController();
    apply(form, problem, { signal: controller.signal });
    controller.abort();
    runFocus();
    expect(document.body).toHaveFocus();
    screen.getByTestId('summary').focus();
    apply(form, problem);
    runFocus();
    expect(screen.getByTestId('summary')).toHaveFocus();
  });

  it('keeps a message until its field changes: blurring a field with validators does not clear it', () => {
    const { form } = renderForm();
    apply(form, aspNet(), { shouldFocus: false });
    const companyName = screen.getByLabelText('Company name');
    fireEvent.focus(companyName);
    fireEvent.blur(companyName);
    expect(companyName).toHaveAccessibleDescription('A company with this name exists.');
    fireEvent.blur(screen.getByLabelText('City'));
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city. Use at most 40 characters.');
  });

  it('clears a message when its field changes, with or without validators, and only that one', () => {
    const { form } = renderForm();
    apply(form, aspNet(), { shouldFocus: false });
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Hamburg' } });
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: 'Acme GmbH' } });
    expect(screen.getByLabelText('Company name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Contact 2 email')).toHaveAccessibleDescription('This email is already in use.');
  });

  it("shows the field's own validation error once an edit replaced the server message", () => {
    const { form } = renderForm();
    apply(form, aspNet(), { shouldFocus: false });
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: ' ' } });
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('Enter the company name');
  });

  it('lets the next submit through, taking every server message back', async () => {
    const onSubmit = vi.fn();
    const { form } = renderForm({ onSubmit });
    apply(form, aspNet(), { shouldFocus: false });
    apply(form, served({ status: 422, dialect: 'aspnet', formErrors: 'Locked.' }), { shouldFocus: false });
    const user = typingUser();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Company name')).not.toHaveAttribute('aria-invalid');
  });

  it('stops watching after a reset: a later blur does not bring a message back', () => {
    const { form } = renderForm();
    apply(form, aspNet(), { shouldFocus: false });
    act(() => {
      (form as unknown as { reset: () => void }).reset();
    });
    const city = screen.getByLabelText('City');
    fireEvent.blur(city);
    expect(city).not.toHaveAttribute('aria-invalid');
  });

  it('takes nothing back that someone else set afterwards', () => {
    const { form } = renderForm();
    apply(form, aspNet(), { shouldFocus: false });
    act(() => {
      form.setFieldMeta('address.city', (previous) => ({
        ...previous,
        errorMap: { ...previous.errorMap, onServer: ['From the app.'] },
      }));
    });
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Hamburg' } });
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('From the app.');
  });

  it.each([null, undefined])('applies nothing for %s', (value) => {
    const { form } = renderForm();
    expect(apply(form, value).problem).toBeUndefined();
  });

  it('applies nothing for an aborted request', () => {
    const { form } = renderForm();
    expect(apply(form, new DOMException('Aborted', 'AbortError')).problem).toBeUndefined();
    expect(form.state.errors).toEqual([]);
  });

  it.each(['boom', 42, { fieldErrors: 'nope' }])('never crashes on %j', (value) => {
    const { form } = renderForm();
    expect(apply(form, value).fields.size).toBe(0);
    expect(screen.getByRole('form', { name: 'Edit company' })).toBeInTheDocument();
  });
});
