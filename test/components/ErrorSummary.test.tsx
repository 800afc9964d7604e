import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/components/ErrorSummary.js';
import { FieldError } from '../../src/components/FieldError.js';
import { ApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { validationProblem } from '../react/validationProblem.js';
import { axeViolations } from './axeViolations.js';

// jsdom has no scrollIntoView: a spy stands in for it and records which element was scrolled.
let scrollIntoView: ReturnType<typeof vi.fn>;
beforeEach(() => {
  scrollIntoView = vi.fn();
  Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { configurable: true, value: scrollIntoView });
  document.title = 'Company details';
});
afterEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
});

function Field({ name, label }: { name: string; label: string }): ReactNode {
  const props = useFieldProps(name);
  return (
    <div>
      <label htmlFor={props.id}>{label}</label>
      <input {...props} />
      <FieldError name={name} />
    </div>
  );
}

function CompanyForm({ error, summary = <ErrorSummary /> }: { error: unknown; summary?: ReactNode }): ReactNode {
  return (
    <ProblemScope error={error}>
      {summary}
      <form noValidate>
        <Field name="companyName" label="Company name" />
        <Field name="email" label="Email address" />
        <Field name="items[0].sku" label="SKU" />
        <button type="button">Save</button>
      </form>
    </ProblemScope>
  );
}

const threeFields = () =>
  validationProblem(
    {
      email: ['Enter an email address in the correct format, like name@example.com'],
      companyName: ['Enter a company name'],
      'Items[0].Sku': ['Enter a SKU'],
    },
    ['The company could not be saved'],
  );

class VendorError extends Error {
  override name = 'VendorError';
}

describe('ErrorSummary', () => {
  it('shows "There is a problem" and one link per field message in server order, after the form messages', () => {
    render(<CompanyForm error={new ApiError(threeFields())} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'There is a problem' });
    const alert = screen.getByRole('alert');
    expect(alert).toContainElement(heading);
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'The company could not be saved',
      'Enter an email address in the correct format, like name@example.com',
      'Enter a company name',
      'Enter a SKU',
    ]);
    expect(within(items[0] as HTMLElement).queryByRole('link')).toBeNull();
    expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Enter a company name',
      'Enter a SKU',
    ]);
  });

  it('words each link exactly like the field’s inline message and points it at the field', () => {
    render(<CompanyForm error={threeFields()} />);
    for (const label of ['Company name', 'Email address', 'SKU']) {
      const input = screen.getByRole('textbox', { name: label });
      const inline = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      const text = inline?.textContent?.replace(/^Error: /, '') ?? '';
      expect(screen.getByRole('link', { name: text })).toHaveAttribute('href', `#${input.id}`);
    }
  });

  it('puts role="alert" on an inner element, not on the root', () => {
    render(<CompanyForm error={threeFields()} />);
    const alert = screen.getByRole('alert');
    const root = alert.parentElement as HTMLElement;
    expect(root).toHaveClass('problemkit-ErrorSummary');
    expect(root).not.toHaveAttribute('role');
    expect(root).toHaveAttribute('data-kind', 'validation');
  });

  it('speaks German under a German provider', () => {
    render(
      <ProblemProvider locale="de-AT" catalogs={{ de: deMessages }}>
        <CompanyForm error={validationProblem({ email: ['Geben Sie eine E-Mail-Adresse ein'] })} />
      </ProblemProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Es ist ein Problem aufgetreten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Geben Sie eine E-Mail-Adresse ein' })).toBeInTheDocument();
  });

  it('moves focus to the summary once per new problem, with tabindex -1 only while focused', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = render(<CompanyForm error={threeFields()} />);
    const root = screen.getByRole('alert').parentElement as HTMLElement;
    expect(root).toHaveFocus();
    expect(root).toHaveAttribute('tabindex', '-1');

    const email = screen.getByRole('textbox', { name: 'Email address' });
    await user.click(email);
    expect(root).not.toHaveAttribute('tabindex');
    // Typing clears the field's message and re-renders; focus stays where the person is.
    await user.type(email, 'a');
    expect(email).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const error = new ApiError(validationProblem({ companyName: ['Enter a company name'] }));
    rerender(<CompanyForm error={error} />);
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    await user.click(email);
    rerender(<CompanyForm error={error} />);
    expect(email).toHaveFocus();
  });

  it('does not take focus again when it remounts for the same problem, also in StrictMode', () => {
    const problem = threeFields();
    const { rerender } = render(
      <StrictMode>
        <CompanyForm error={problem} />
      </StrictMode>,
    );
    const email = screen.getByRole('textbox', { name: 'Email address' });
    act(() => email.focus());
    rerender(
      <StrictMode>
        <CompanyForm error={problem} summary={<ErrorSummary key="remounted" />} />
      </StrictMode>,
    );
    expect(email).toHaveFocus();
  });

  it('leaves focus alone with disableAutoFocus', () => {
    render(<CompanyForm error={threeFields()} summary={<ErrorSummary disableAutoFocus />} />);
    expect(screen.getByRole('alert').parentElement).not.toHaveFocus();
    expect(screen.getByRole('alert').parentElement).not.toHaveAttribute('tabindex');
  });

  it("scrolls the field's label into view, then focuses the field without scrolling again", async () => {
    const user = userEvent.setup({ delay: null });
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    render(<CompanyForm error={threeFields()} />);
    focus.mockClear();
    await user.click(screen.getByRole('link', { name: 'Enter a company name' }));
    const input = screen.getByRole('textbox', { name: 'Company name' });
    expect(input).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(screen.getByText('Company name', { selector: 'label' }));
    expect(focus.mock.contexts.at(-1)).toBe(input);
    expect(focus.mock.calls.at(-1)).toEqual([{ preventScroll: true }]);
    // The scroll came first.
    expect(scrollIntoView.mock.invocationCallOrder[0]).toBeLessThan(focus.mock.invocationCallOrder.at(-1) ?? 0);
  });

  it('finds a field without the registry by its name in the nearest form, in any notation', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <ErrorSummary problem={validationProblem({ 'Items[0].Sku': ['Enter a SKU'] })} />
        <form>
          <label>
            SKU
            <input name="items.0.sku" />
          </label>
        </form>
      </>,
    );
    const link = screen.getByRole('link', { name: 'Enter a SKU' });
    expect(link).toHaveAttribute('href', '#Items[0].Sku');
    await user.click(link);
    const input = screen.getByRole('textbox', { name: 'SKU' });
    expect(input).toHaveFocus();
    expect(scrollIntoView.mock.contexts[0]).toBe(input.closest('label'));
  });

  it("scrolls a radio group's legend into view and focuses its first option", async () => {
    const user = userEvent.setup({ delay: null });
    function Plan(): ReactNode {
      const first = useFieldProps('plan', { id: 'plan-basic' });
      return (
        <fieldset>
          <legend>Which plan do you want?</legend>
          <input type="radio" value="basic" {...first} />
          <label htmlFor="plan-basic">Basic</label>
          <input type="radio" id="plan-pro" name="plan" value="pro" />
          <label htmlFor="plan-pro">Pro</label>
        </fieldset>
      );
    }
    render(
      <ProblemScope error={validationProblem({ plan: ['Select a plan'] })}>
        <ErrorSummary />
        <Plan />
      </ProblemScope>,
    );
    await user.click(screen.getByRole('link', { name: 'Select a plan' }));
    expect(screen.getByRole('radio', { name: 'Basic' })).toHaveFocus();
    expect(scrollIntoView.mock.contexts[0]).toBe(screen.getByText('Which plan do you want?'));
  });

  it('leaves modified clicks (a new tab) and links to unknown fields to the browser', () => {
    render(<ErrorSummary problem={validationProblem({ nowhere: ['Enter something'] })} />);
    const link = screen.getByRole('link', { name: 'Enter something' });
    expect(fireEvent.click(link)).toBe(true); // not cancelled: no field to focus
    render(<CompanyForm error={threeFields()} summary={<ErrorSummary disableAutoFocus />} />);
    const companyLink = screen.getByRole('link', { name: 'Enter a company name' });
    expect(fireEvent.click(companyLink, { ctrlKey: true })).toBe(true);
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(fireEvent.click(companyLink)).toBe(false);
  });

  it('prefixes the document title with "Error: " while shown and restores it afterwards', () => {
    const { rerender } = render(
      <CompanyForm error={threeFields()} summary={<ErrorSummary documentTitle disableAutoFocus />} />,
    );
    expect(document.title).toBe('Error: Company details');
    rerender(<CompanyForm error={null} summary={<ErrorSummary documentTitle disableAutoFocus />} />);
    expect(document.title).toBe('Company details');
  });

  it('prefixes the title in German, and leaves a title the app changed meanwhile alone', () => {
    const { unmount } = render(
      <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
        <ErrorSummary problem={threeFields()} documentTitle />
      </ProblemProvider>,
    );
    expect(document.title).toBe('Fehler: Company details');
    document.title = 'Orders';
    unmount();
    expect(document.title).toBe('Orders');
  });

  it('lists the detail of a validation problem that named no field', () => {
    const problem = toProblem({
      status: 422,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({ title: 'Unprocessable', detail: 'The order total must be more than zero' }),
    });
    render(<ErrorSummary problem={problem} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('The order total must be more than zero');
  });

  it('summarises a bad request with form-level messages', () => {
    const problem: ApiProblem = { ...toProblem({ status: 400 }), formErrors: ['Choose at least one product'] };
    render(<ErrorSummary problem={problem} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Choose at least one product');
  });

  it.each([
    [500, 'server'],
    [409, 'conflict'],
    [429, 'rate-limited'],
    [404, 'not-found'],
    [400, 'bad-request'],
  ])('renders nothing for a %i with no field errors (ProblemNotice shows %s)', (status) => {
    const problem: ApiProblem = {
      ...toProblem({ status }),
      formErrors: status === 400 ? [] : ['Internal error'],
    };
    const { container } = render(<ErrorSummary problem={problem} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing without a problem, and nothing once the scope clears', () => {
    const { container, rerender } = render(<CompanyForm error={threeFields()} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<CompanyForm error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('.problemkit-ErrorSummary')).toBeNull();
  });

  it('renders markup from a response body as text, never as HTML', () => {
    const body = JSON.stringify({
      errors: { name: '<img src=x onerror="window.hacked=1">', note: '<a href="javascript:alert(1)">x</a>' },
    });
    const { container } = render(
      <ErrorSummary problem={toProblem({ status: 422, headers: { 'content-type': 'application/json' }, body })} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getByRole('link', { name: '<img src=x onerror="window.hacked=1">' })).toHaveAttribute(
      'href',
      '#name',
    );
  });

  it.each([
    ['a string', 'boom'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a foreign error class', new VendorError('nope')],
    ['a problem-shaped impostor', { status: 422, kind: 'validation', fieldErrors: 'nope' }],
  ])('never crashes on %s as its error, and shows nothing', (_name, value) => {
    const { container } = render(<ErrorSummary error={value} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes a className, a heading level and a description as a function of the items', () => {
    render(
      <ErrorSummary problem={threeFields()} className="summary" headingLevel={3} disableAutoFocus>
        {({ items }) => <p>{items.length} answers need changing</p>}
      </ErrorSummary>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByText('4 answers need changing')).toBeInTheDocument();
    expect(screen.getByRole('alert').parentElement).toHaveClass('problemkit-ErrorSummary', 'summary');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Company details</h1>
        <CompanyForm error={threeFields()} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
