import type { Meta, StoryObj } from '@storybook/react-vite';
import { FieldError, ProblemScope, useFieldProps } from 'problemkit';
import type { ProblemSpec } from 'problemkit/msw';
import { expect } from 'storybook/test';
import { storyWords, useMockProblem, WithProblem } from './storyProblem.js';

const companyNameRequired: ProblemSpec = {
  status: 422,
  dialect: 'bigcommerce-v3',
  fieldErrors: { companyName: 'Enter a company name' },
};

/** A labelled text field whose message `FieldError` shows, from an explicit problem (no scope needed). */
function Field({ name, label, spec }: { readonly name: string; readonly label: string; readonly spec: ProblemSpec }) {
  return (
    <WithProblem spec={spec}>
      {(problem) => (
        <div>
          <label htmlFor={name}>{label}</label>
          <FieldError name={name} problem={problem} />
          <input id={name} name={name} type="text" defaultValue="" />
        </div>
      )}
    </WithProblem>
  );
}

const meta = {
  tags: ['autodocs'],
  title: 'Components/FieldError',
  component: FieldError,
  parameters: {
    docs: {
      description: {
        component:
          "The server's message for one form field, under its label (GOV.UK's error message), with a visually hidden " +
          '"Error:" prefix. It matches the field in any path notation and clears when the person edits the field.',
      },
    },
  },
} satisfies Meta<typeof FieldError>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 422 with one message for the field. */
export const OneMessage: Story = {
  args: { name: 'companyName' },
  render: () => <Field name="companyName" label="Company name" spec={companyNameRequired} />,
  play: async ({ canvas, globals }) => {
    const message = canvas.getByText('Enter a company name');
    await expect(message.closest('p')).toHaveClass('problemkit-FieldError');
    // The prefix ("Error:") is read, not shown: it sits in a visually hidden span.
    await expect(message.closest('p')).toHaveTextContent(
      `${storyWords(globals).t('errorMessage.prefix')} Enter a company name`,
    );
  },
};

/** Several messages for one field, in the server's order. */
export const SeveralMessages: Story = {
  args: { name: 'email' },
  render: () => (
    <Field
      name="email"
      label="Email address"
      spec={{
        status: 400,
        dialect: 'aspnet',
        fieldErrors: {
          Email: ['Enter an email address in the correct format, like name@example.com', 'Email address is too long'],
        },
      }}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/like name@example.com Email address is too long/)).toBeVisible();
  },
};

/** ASP.NET's `Items[0].Sku` key found by the app's own name `items.0.sku`. */
export const AnyPathNotation: Story = {
  args: { name: 'items.0.sku' },
  render: () => (
    <Field
      name="items.0.sku"
      label="SKU of the first item"
      spec={{ status: 400, dialect: 'aspnet', fieldErrors: { 'Items[0].Sku': 'The Sku field is required.' } }}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The Sku field is required.')).toBeVisible();
  },
};

/**
 * A TypeScript server that validates with Zod (Hono's zValidator with Zod 4 sends the issues as JSON inside the
 * error's message): the issue at path `["items", 0, "sku"]` is found by the app's name `items.0.sku`.
 */
export const FromZod: Story = {
  args: { name: 'items.0.sku' },
  render: () => (
    <Field
      name="items.0.sku"
      label="SKU of the first item"
      spec={{ status: 400, dialect: 'zod', fieldErrors: { 'items.0.sku': 'Enter the SKU' } }}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Enter the SKU')).toBeVisible();
  },
};

/** No message for this field: nothing renders, and the input is not marked invalid. */
export const NoMessage: Story = {
  args: { name: 'phone' },
  render: () => (
    <Field
      name="phone"
      label="Phone number"
      spec={{ status: 422, dialect: 'rfc9457', fieldErrors: { '#/companyName': 'Enter a company name' } }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.problemkit-FieldError')).toBeNull();
  },
};

function ScopedForm() {
  const problem = useMockProblem(companyNameRequired);
  return (
    <ProblemScope problem={problem}>
      <ScopedField />
    </ProblemScope>
  );
}

function ScopedField() {
  const field = useFieldProps('companyName', { id: 'companyName' });
  return (
    <div>
      <label htmlFor="companyName">Company name</label>
      <FieldError name="companyName" />
      <input {...field} type="text" defaultValue="" />
    </div>
  );
}

/** In a `ProblemScope` with `useFieldProps`: the message is wired to the input and clears once it is edited. */
export const ClearsOnEdit: Story = {
  args: { name: 'companyName' },
  render: () => <ScopedForm />,
  play: async ({ canvas, globals, userEvent, step }) => {
    const input = canvas.getByRole('textbox', { name: 'Company name' });
    await step('the input is invalid and described by the message', async () => {
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAccessibleDescription(
        `${storyWords(globals).t('errorMessage.prefix')} Enter a company name`,
      );
    });
    await step('typing clears the message and the invalid state', async () => {
      await userEvent.type(input, 'Acme Trading Ltd');
      await expect(canvas.queryByText('Enter a company name')).toBeNull();
      await expect(input).not.toHaveAttribute('aria-invalid');
    });
  },
};
