import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { FieldError } from '../../src/components/FieldError.js';
import { ApiError } from '../../src/core/ApiError.js';
import { asProblem } from '../../src/core/asProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { validationProblem } from '../react/validationProblem.js';
import { axeViolations } from './axeViolations.js';

function CompanyName(): ReactNode {
  return (
    <>
      <label htmlFor="companyName">Company name</label>
      <input {...useFieldProps('companyName', { id: 'companyName' })} />
      <FieldError name="companyName" />
    </>
  );
}

class VendorError extends Error {
  override name = 'VendorError';
}

describe('FieldError', () => {
  it("shows the server's message with a visually hidden Error: prefix, where the field's description points", () => {
    render(
      <ProblemScope error={new ApiError(validationProblem({ companyName: ['Enter a company name'] }))}>
        <CompanyName />
      </ProblemScope>,
    );
    const input = screen.getByRole('textbox', { name: 'Company name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Error: Enter a company name');
    const message = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(message?.tagName).toBe('P');
    expect(message).toHaveClass('problemkit-FieldError');
    expect(message).toHaveAttribute('data-field', 'companyName');
    expect(message).toHaveTextContent('Error: Enter a company name');
    expect(screen.getByText('Error:')).toHaveClass('problemkit-visually-hidden');
  });

  it('says the prefix in the provider’s language', () => {
    render(
      <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
        <ProblemScope error={validationProblem({ companyName: ['Geben Sie einen Firmennamen ein'] })}>
          <CompanyName />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Company name' })).toHaveAccessibleDescription(
      'Fehler: Geben Sie einen Firmennamen ein',
    );
    expect(screen.getByText('Fehler:')).toBeInTheDocument();
  });

  it('renders nothing when the field has no message, and nothing outside any scope', () => {
    const { container } = render(
      <>
        <ProblemScope error={validationProblem({ email: ['Enter an email address'] })}>
          <FieldError name="companyName" />
        </ProblemScope>
        <FieldError name="email" />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('clears when the person edits the field and returns with the next failed submit', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = render(
      <ProblemScope error={validationProblem({ companyName: ['Enter a company name'] })}>
        <CompanyName />
      </ProblemScope>,
    );
    const input = screen.getByRole('textbox', { name: 'Company name' });
    await user.type(input, 'A');
    expect(screen.queryByText('Enter a company name')).not.toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
    rerender(
      <ProblemScope error={validationProblem({ companyName: ['Company name must be 40 characters or fewer'] })}>
        <CompanyName />
      </ProblemScope>,
    );
    expect(input).toHaveAccessibleDescription('Error: Company name must be 40 characters or fewer');
  });

  it('finds the field in any path notation and ignores case', () => {
    render(
      <ProblemScope error={validationProblem({ 'Items[0].Sku': ["'Sku' must not be empty."] })}>
        <FieldError name="items.0.sku" />
        <FieldError name="#/items/0/sku" />
      </ProblemScope>,
    );
    expect(screen.getAllByText("'Sku' must not be empty.")).toHaveLength(2);
  });

  it('shows every message for the field, in server order, in one element', () => {
    render(
      <ProblemScope
        error={validationProblem({ password: ['Password must be 8 characters or more', 'Include a number'] })}
      >
        <FieldError name="password" />
      </ProblemScope>,
    );
    expect(screen.getByText(/Password must/)).toHaveTextContent(
      'Error: Password must be 8 characters or more Include a number',
    );
  });

  it('reads an explicit problem or error instead of the scope', () => {
    render(
      <ProblemScope error={validationProblem({ email: ['From the scope'] })}>
        <FieldError name="email" problem={validationProblem({ email: ['From the problem prop'] })} />
        <FieldError name="email" error={new ApiError(validationProblem({ email: ['From the error prop'] }))} />
        <FieldError name="email" error={null} />
      </ProblemScope>,
    );
    expect(screen.getByText('From the problem prop')).toBeInTheDocument();
    expect(screen.getByText('From the error prop')).toBeInTheDocument();
    expect(screen.queryByText('From the scope')).not.toBeInTheDocument();
  });

  it("reads another HTTP client's error through a scope or asProblem, not by itself", () => {
    const axiosError = {
      isAxiosError: true,
      name: 'AxiosError',
      message: 'Request failed with status code 422',
      response: {
        status: 422,
        headers: {},
        data: { message: 'The given data was invalid.', errors: { email: ['Enter an email address'] } },
      },
      config: { method: 'post', url: '/api/companies' },
    };
    const { container } = render(<FieldError name="email" error={axiosError} />);
    expect(container).toBeEmptyDOMElement();
    render(
      <>
        <FieldError name="email" problem={asProblem(axiosError)} />
        <ProblemScope error={axiosError}>
          <FieldError name="email" />
        </ProblemScope>
      </>,
    );
    expect(screen.getAllByText('Enter an email address')).toHaveLength(2);
  });

  it('renders markup from a response body as text, never as HTML', () => {
    const body = JSON.stringify({ errors: { name: '<img src=x onerror="window.hacked=1">Name is required' } });
    const { container } = render(
      <FieldError
        name="name"
        problem={toProblem({ status: 422, headers: { 'content-type': 'application/json' }, body })}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="window.hacked=1">Name is required');
  });

  it.each([
    ['a string', 'boom'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a foreign error class', new VendorError('nope')],
    ['false', false],
    ['an array', [1, 2]],
  ])('never crashes on %s as its error, and shows nothing', (_name, value) => {
    const { container } = render(<FieldError name="email" error={value} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes a className after its default class, and children as a function of the messages', () => {
    render(
      <ProblemScope error={validationProblem({ email: ['Enter an email address', 'Use your work address'] })}>
        <FieldError name="email" className="form-error">
          {({ messages }) => <strong>{messages.length} problems</strong>}
        </FieldError>
      </ProblemScope>,
    );
    const element = screen.getByText('2 problems').parentElement;
    expect(element).toHaveClass('problemkit-FieldError', 'form-error');
    expect(element).toHaveTextContent('Error: 2 problems');
  });

  it('re-renders only the FieldError of the field whose messages changed', () => {
    const renders = new Map<string, number>();
    // A stable children function per field counts that FieldError's renders (it is called on each one).
    const counters = new Map(
      ['companyName', 'email', 'phone'].map((name) => [
        name,
        ({ messages }: { messages: readonly string[] }) => {
          renders.set(name, (renders.get(name) ?? 0) + 1);
          return messages.join(' ');
        },
      ]),
    );
    function Form({ error }: { error: unknown }): ReactNode {
      // The fields are created anew on every render of the form, as in any app.
      return (
        <ProblemScope error={error}>
          {[...counters].map(([name, counter]) => (
            <FieldError key={name} name={name}>
              {counter}
            </FieldError>
          ))}
        </ProblemScope>
      );
    }
    const { rerender } = render(
      <Form error={validationProblem({ companyName: ['Enter a company name'], email: ['Enter an email address'] })} />,
    );
    expect(Object.fromEntries(renders)).toEqual({ companyName: 1, email: 1 });
    renders.clear();
    rerender(
      <Form
        error={validationProblem({ companyName: ['Enter a company name'], email: ['Enter a valid email address'] })}
      />,
    );
    expect(Object.fromEntries(renders)).toEqual({ email: 1 });
    expect(screen.getByText('Enter a valid email address')).toBeInTheDocument();
    renders.clear();
    act(() => rerender(<Form error={null} />));
    expect(Object.fromEntries(renders)).toEqual({});
    expect(screen.queryByText('Enter a company name')).not.toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <ProblemScope error={validationProblem({ companyName: ['Enter a company name'] })}>
          <CompanyName />
        </ProblemScope>
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
