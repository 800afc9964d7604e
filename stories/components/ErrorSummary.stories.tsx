import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { ErrorSummary, ProblemScope } from 'problemkit';
import { failTimes, type ProblemSpec } from 'problemkit/msw';
import { expect, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { CompanyFields, CompanyForm, CompanyFormWithProblem, TextField } from './CompanyForm.js';
import { isolatedInDocs, storyWords, useMockProblem, WithProblem } from './storyProblem.js';

const twoFields: ProblemSpec = {
  status: 422,
  dialect: 'rfc9457',
  title: 'Your request is not valid.',
  fieldErrors: new Map([
    ['#/companyName', 'Company name must be 3 characters or more'],
    ['#/email', 'Enter an email address in the correct format, like name@example.com'],
  ]),
};

const meta = {
  tags: ['autodocs'],
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  parameters: {
    docs: {
      description: {
        component:
          'GOV.UK\'s error summary for a failed submit: "There is a problem" and one link per field message, in the ' +
          "server's order. It takes focus once per new problem; a link scrolls the field's label into view and " +
          'focuses the field.',
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 422 with two field messages, above the form: focus moves to the summary, and a link focuses its field. */
export const FieldMessages: Story = {
  render: () => <WithProblem spec={twoFields}>{(problem) => <CompanyFormWithProblem problem={problem} />}</WithProblem>,
  play: async ({ canvas, canvasElement, globals, userEvent, step }) => {
    const summary = canvasElement.querySelector<HTMLElement>('.problemkit-ErrorSummary');
    await step('focus moves to the summary', async () => {
      await waitFor(() => expect(summary).toHaveFocus());
      await expect(canvas.getByRole('alert')).toHaveTextContent(storyWords(globals).t('errorSummary.heading'));
    });
    await step('a link focuses its field', async () => {
      await userEvent.click(canvas.getByRole('link', { name: /Enter an email address/ }));
      await expect(canvas.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
    });
  },
};

/** Messages about the whole form come first and are not links (DRF `non_field_errors`). */
export const WithFormMessage: Story = {
  render: () => (
    <WithProblem
      spec={{
        status: 400,
        dialect: 'drf',
        fieldErrors: { email: 'Enter a valid email address.' },
        formErrors: 'A company with this name and email address already exists.',
      }}
    >
      {(problem) => <CompanyFormWithProblem problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent('A company with this name and email address already exists.');
    await expect(items[0]?.querySelector('a')).toBeNull();
    await expect(canvas.getByRole('link', { name: 'Enter a valid email address.' })).toHaveAttribute('href', '#email');
  },
};

/** ASP.NET's nested keys (`Items[0].Sku`) link to the fields the app named `items.0.sku`. */
export const NestedFields: Story = {
  render: () => <NestedForm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('link', { name: 'The Quantity field must be between 1 and 999.' }));
    await expect(canvas.getByRole('textbox', { name: 'Quantity of the second item' })).toHaveFocus();
  },
};

function NestedForm() {
  const problem = useMockProblem(nestedSpec);
  return (
    <ProblemScope problem={problem}>
      <ErrorSummary />
      <form noValidate aria-label="Order lines">
        <TextField name="items.0.sku" label="SKU of the first item" defaultValue="" />
        <TextField name="items.1.quantity" label="Quantity of the second item" defaultValue="0" />
      </form>
    </ProblemScope>
  );
}

const nestedSpec: ProblemSpec = {
  status: 400,
  dialect: 'aspnet',
  fieldErrors: new Map([
    ['Items[0].Sku', 'The Sku field is required.'],
    ['Items[1].Quantity', 'The Quantity field must be between 1 and 999.'],
  ]),
  traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00',
};

/** A 422 that names no field still gets a summary, with the server's explanation. */
export const ValidationWithoutFields: Story = {
  render: () => (
    <WithProblem
      spec={{
        status: 422,
        dialect: 'b2b-edition',
        title: 'Parameter Error',
        detail: 'The price list cannot start after it ends.',
      }}
    >
      {(problem) => (
        <ProblemScope problem={problem}>
          <ErrorSummary />
          <CompanyFields />
        </ProblemScope>
      )}
    </WithProblem>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('listitem')).toHaveTextContent('The price list cannot start after it ends.');
  },
};

/** Not the person's to fix (a 500): the summary renders nothing; `ProblemNotice` is the right component. */
export const NothingToFix: Story = {
  render: () => (
    <WithProblem spec={{ status: 500, dialect: 'rfc9457', detail: 'Database timeout.' }}>
      {(problem) => (
        <>
          <ErrorSummary problem={problem} />
          <p>The summary shows nothing for a server error.</p>
        </>
      )}
    </WithProblem>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.problemkit-ErrorSummary')).toBeNull();
  },
};

const saveEndpoint = '/api/stories/error-summary/companies';

/**
 * Keyboard only, against the mocked API: Enter submits, the 422's summary takes focus, Tab walks its links in the
 * server's order, Enter on a link lands on the field, and the next submit (now accepted) saves.
 */
export const KeyboardSubmitAndFix: Story = {
  parameters: isolatedInDocs,
  beforeEach: ({ msw, ...context }) => {
    msw.use(
      http.post(
        saveEndpoint,
        failTimes(1, twoFields, { status: 201, data: { id: 7 } }, { clock: storyClock(context) }),
      ),
    );
  },
  render: () => <CompanyForm endpoint={saveEndpoint} />,
  play: async ({ canvas, canvasElement, globals, userEvent, step }) => {
    const name = canvas.getByRole('textbox', { name: 'Company name' });
    const email = canvas.getByRole('textbox', { name: 'Email address' });
    const button = canvas.getByRole('button', { name: 'Save company' });
    await step('tab order: company name, email address, the submit button', async () => {
      await userEvent.click(name);
      await expect(name).toHaveFocus();
      await userEvent.tab();
      await expect(email).toHaveFocus();
      await userEvent.tab();
      await expect(button).toHaveFocus();
    });
    await step('Enter in a field submits; focus moves to the summary', async () => {
      await userEvent.click(name);
      await userEvent.keyboard('{Enter}');
      const summary = await canvas.findByRole('alert');
      await waitFor(() => expect(canvasElement.querySelector('.problemkit-ErrorSummary')).toHaveFocus());
      await expect(summary).toHaveTextContent(storyWords(globals).t('errorSummary.heading'));
    });
    await step('Tab walks the summary links in order; Enter on a link focuses its field', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('link', { name: /3 characters or more/ })).toHaveFocus();
      await userEvent.tab();
      await expect(canvas.getByRole('link', { name: /Enter an email address/ })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(email).toHaveFocus();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
    });
    await step('fixing the field clears its message; the next submit saves', async () => {
      await userEvent.clear(email);
      await userEvent.type(email, 'sales@acme.example');
      await expect(email).not.toHaveAttribute('aria-invalid');
      await userEvent.keyboard('{Enter}');
      await expect(await canvas.findByText('Company saved.')).toBeInTheDocument();
      await expect(canvas.queryByRole('alert')).toBeNull();
    });
  },
};
