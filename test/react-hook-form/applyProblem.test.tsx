import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UseFormReturn } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { createTranslator } from '../../src/core/messages/createTranslator.js';
import { toProblem } from '../../src/core/toProblem.js';
import { applyProblem } from '../../src/react-hook-form/applyProblem.js';
import { type Company, CompanyForm, served } from './CompanyForm.js';

let form: UseFormReturn<Company> | undefined;
const keepForm = (value: UseFormReturn<Company>) => {
  form = value;
};

function renderForm(props: Parameters<typeof CompanyForm>[0] = {}) {
  const result = render(<CompanyForm onForm={keepForm} {...props} />);
  if (form === undefined) throw new Error('form not captured');
  return { ...result, form };
}

/** Lets the deferred focus run: our frame, then react-hook-form's own `setTimeout` inside `setFocus`. */
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

describe('applyProblem (react-hook-form)', () => {
  it.each([
    ['ASP.NET PascalCase', 'aspnet', 'Address.City', 'Contacts[1].Email'],
    ['RFC 9457 JSON Pointer', 'rfc9457', '#/address/city', '#/contacts/1/email'],
    ['BigCommerce dots', 'bigcommerce-v3', 'address.city', 'contacts.1.email'],
    ['JSON:API', 'json-api', '/data/attributes/address/city', '/data/attributes/contacts/1/email'],
  ] as const)('puts %s messages under the right fields', (_name, dialect, cityKey, emailKey) => {
    const { form } = renderForm();
    const problem = served({
      status: 422,
      dialect,
      fieldErrors: { [cityKey]: 'Enter a real city', [emailKey]: 'This email is already in use' },
    });
    act(() => {
      applyProblem(form, problem);
    });
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a real city');
    expect(screen.getByLabelText('Contact 2 email')).toHaveAccessibleDescription('This email is already in use');
    expect(screen.getByLabelText('Contact 1 email')).not.toHaveAttribute('aria-invalid');
    expect(form.getFieldState('address.city').error).toMatchObject({ type: 'server', message: 'Enter a real city' });
  });

  it('reads an ApiError, as a mutation hands it over', () => {
    const { form } = renderForm();
    const error = new ApiError(served({ status: 400, dialect: 'aspnet', fieldErrors: { CompanyName: ['Taken.'] } }));
    let applied: ReturnType<typeof applyProblem> | undefined;
    act(() => {
      applied = applyProblem(form, error);
    });
    expect(applied?.problem).toBe(error.problem);
    expect([...(applied?.fields ?? [])]).toEqual([['companyName', ['Taken.']]]);
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('Taken.');
  });

  it('joins several messages for one field and keeps each in types', () => {
    const { form } = renderForm();
    act(() => {
      applyProblem(
        form,
        served({ status: 400, dialect: 'aspnet', fieldErrors: { 'Address.City': ['Too long.', 'Unknown city.'] } }),
      );
    });
    expect(form.getFieldState('address.city').error).toMatchObject({
      type: 'server',
      message: 'Too long. Unknown city.',
      types: { server: 'Too long.', 'server-2': 'Unknown city.' },
    });
  });

  it('puts form-level messages and messages for fields the form lacks under errors.root.server, typed by status', () => {
    const { form } = renderForm();
    let applied: ReturnType<typeof applyProblem> | undefined;
    act(() => {
      applied = applyProblem(
        form,
        served({
          status: 422,
          dialect: 'aspnet',
          fieldErrors: { CompanyName: 'Taken.', TaxId: 'The TaxId field is required.' },
          formErrors: 'The company is locked by another user.',
        }),
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The company is locked by another user. The TaxId field is required.',
    );
    expect(form.formState.errors.root?.server?.type).toBe(422);
    expect(applied?.unmatched).toEqual([{ key: 'TaxId', messages: ['The TaxId field is required.'] }]);
    expect(applied?.root).toEqual(['The company is locked by another user.', 'The TaxId field is required.']);
  });

  it("puts a field array's own message under <name>.root", () => {
    const { form } = renderForm();
    let applied: ReturnType<typeof applyProblem> | undefined;
    act(() => {
      applied = applyProblem(
        form,
        served({ status: 422, dialect: 'laravel', fieldErrors: { contacts: 'Add at most 5.' } }),
      );
    });
    expect([...(applied?.fields.keys() ?? [])]).toEqual(['contacts.root']);
    expect(screen.getByRole('group', { name: 'Contacts' })).toHaveAccessibleDescription('Add at most 5.');
  });

  it("gives a problem that names no field its title in the translator's words, or its detail where it helps", () => {
    const { form } = renderForm();
    const translator = createTranslator({ overrides: { 'server.title': 'Der Dienst hat ein Problem' } });
    act(() => {
      applyProblem(form, toProblem({ status: 500 }), { translator });
    });
    expect(form.formState.errors.root?.server).toMatchObject({ type: 500 });
    expect(screen.getByRole('alert')).toHaveTextContent('Der Dienst hat ein Problem');
    act(() => {
      applyProblem(form, toProblem({ status: 500 }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem with the service');
    act(() => {
      applyProblem(form, served({ status: 409, dialect: 'rfc9457', detail: 'Someone renamed this company.' }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Someone renamed this company.');
  });

  it('uses its own root key, or none', () => {
    const { form } = renderForm();
    act(() => {
      applyProblem(form, served({ status: 422, formErrors: 'Locked.' }), { root: 'serverError' });
    });
    expect(form.getFieldState('root.serverError' as 'companyName').error?.message).toBe('Locked.');
    act(() => {
      form.clearErrors();
      applyProblem(form, served({ status: 422, formErrors: 'Locked.' }), { root: false });
    });
    expect(form.formState.errors.root).toBeUndefined();
  });

  it('maps keys through fieldName when the spelling differs beyond notation', () => {
    const { form } = renderForm();
    act(() => {
      applyProblem(form, served({ status: 422, dialect: 'drf', fieldErrors: { legal_name: 'Required.' } }), {
        fieldName: (key) => (key === 'legal_name' ? 'companyName' : undefined),
      });
    });
    expect(screen.getByLabelText('Company name')).toHaveAccessibleDescription('Required.');
  });

  it('focuses the first invalid field in document order, a frame later', () => {
    const { form } = renderForm();
    let applied: ReturnType<typeof applyProblem> | undefined;
    act(() => {
      applied = applyProblem(
        form,
        served({
          status: 422,
          fieldErrors: new Map([
            ['contacts.1.email', 'Taken.'],
            ['address.city', 'Unknown.'],
          ]),
        }),
      );
    });
    expect(applied?.focus).toBe('address.city');
    expect(screen.getByLabelText('City')).not.toHaveFocus();
    runFocus();
    expect(screen.getByLabelText('City')).toHaveFocus();
  });

  it('does not move focus with shouldFocus: false, when aborted, or when an error summary holds it', () => {
    const { form } = renderForm({
      before: <div className="problemkit-ErrorSummary" tabIndex={-1} data-testid="summary" />,
    });
    const problem = served({ status: 422, fieldErrors: { companyName: 'Taken.' } });
    act(() => {
      applyProblem(form, problem, { shouldFocus: false });
    });
    runFocus();
    expect(document.body).toHaveFocus();

    const controller = new AbortController();
    act(() => {
      applyProblem(form, problem, { signal: controller.signal });
    });
    controller.abort();
    runFocus();
    expect(document.body).toHaveFocus();

    screen.getByTestId('summary').focus();
    act(() => {
      applyProblem(form, problem);
    });
    runFocus();
    expect(screen.getByTestId('summary')).toHaveFocus();
  });

  it('lets the next submit through: messages it set clear when a submit starts', async () => {
    vi.useRealTimers(); // nothing here waits on a timer: react-hook-form's submit is promise-based
    const user = userEvent.setup();
    const onValid = vi.fn();
    const { form } = renderForm({ onValid });
    act(() => {
      applyProblem(
        form,
        served({ status: 422, fieldErrors: { contacts: 'Add at most 5.', 'address.city': 'Unknown.' } }),
        { shouldFocus: false },
      );
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenCalledTimes(1);
    expect(form.formState.errors.contacts).toBeUndefined();
  });

  it.each([null, undefined])('applies nothing for %s', (value) => {
    const { form } = renderForm();
    let applied: ReturnType<typeof applyProblem> | undefined;
    act(() => {
      applied = applyProblem(form, value);
    });
    expect(applied?.problem).toBeUndefined();
    expect(form.formState.errors).toEqual({});
  });

  it('applies nothing for an aborted request', () => {
    const { form } = renderForm();
    act(() => {
      applyProblem(form, new DOMException('The user aborted a request.', 'AbortError'));
    });
    expect(form.formState.errors).toEqual({});
  });

  it.each(['boom', 42, { errors: 'nope' }, new Error('kaput')])(
    'never crashes on %j: it shows a generic message',
    (value) => {
      const { form } = renderForm();
      act(() => {
        applyProblem(form, value);
      });
      expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    },
  );
});
