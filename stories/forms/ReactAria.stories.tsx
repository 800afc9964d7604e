import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMutation } from '@tanstack/react-query';
import { ErrorSummary } from 'problemkit';
import { useServerValidation } from 'problemkit/react-aria';
import type { ReactNode } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { expect, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { useStoryApiFetch } from '../components/storyProblem.js';
import { type CompanyValues, company, companyHandlers, companyUrl, messages } from './companyApi.js';
import { companyFields, expectFieldMessages } from './companyFields.js';

// React Aria Components, written the way its forms guide writes a form with server validation, saving FormData with
// a TanStack mutation. One line connects the server: `useServerValidation(save.error)` gives `<Form>` its
// `validationErrors` (each `TextField` finds its messages by `name`, whatever the server's spelling) and a `ref`
// through which focus moves to the first invalid field — what React Aria does not do for server errors (#9256).

function readCompany(form: HTMLFormElement): CompanyValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    companyName: text('companyName'),
    address: { city: text('address.city') },
    contacts: [{ email: text('contacts[0].email') }, { email: text('contacts[1].email') }],
  };
}

function Field({
  name,
  label,
  type = 'text',
  defaultValue,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue: string;
}) {
  return (
    <TextField name={name} type={type} defaultValue={defaultValue}>
      <Label>{label}</Label>
      <Input autoComplete="off" />
      <FieldError className="problemkit-FieldError" />
    </TextField>
  );
}

function CompanyForm({ summary }: { readonly summary: boolean }): ReactNode {
  const api = useStoryApiFetch();
  const save = useMutation({
    mutationFn: (values: CompanyValues) => api(companyUrl, { method: 'PUT', body: values }),
    retry: false,
  });
  const { validationErrors, ref } = useServerValidation(save.error);
  return (
    <Form
      ref={ref}
      aria-label="Edit company"
      validationErrors={validationErrors}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(readCompany(event.currentTarget));
      }}
    >
      {/* Form-level messages (and the one for TaxId, a field this form lacks) have no field: the summary lists them. */}
      <ErrorSummary error={save.error} disableAutoFocus={!summary} />
      <Field name="companyName" label="Company name" defaultValue={company.companyName} />
      <Field name="address.city" label="Town or city" defaultValue={company.address.city} />
      {company.contacts.map((contact, index) => (
        <Field
          key={contact.email}
          name={`contacts[${index}].email`}
          label={`Email address of contact ${index + 1}`}
          type="email"
          defaultValue={contact.email}
        />
      ))}
      <p>
        <Button type="submit" className="problemkit-action">
          Save company
        </Button>
      </p>
    </Form>
  );
}

const meta = {
  title: 'Forms/React Aria Components',
  component: CompanyForm,
  args: { summary: false },
  argTypes: {
    summary: { name: 'Error summary takes focus', control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`problemkit/react-aria`: `useServerValidation(save.error)` turns an ASP.NET 400 into `<Form ' +
          "validationErrors>` keyed by the fields' own names, and moves focus to the first invalid field (or leaves " +
          'it in an `ErrorSummary` that took it). React Aria clears each message once its changed value is committed.',
      },
    },
  },
  beforeEach: ({ msw, ...context }) => {
    msw.use(...companyHandlers(storyClock(context)));
  },
} satisfies Meta<typeof CompanyForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press "Save company": each field shows its message in `<FieldError>`, and focus lands on the first one. */
export const ServerErrors: Story = {
  name: '400 from ASP.NET (PascalCase keys)',
  play: async ({ canvas, userEvent, step }) => {
    const fields = companyFields(canvas);
    const { name, city } = fields;
    await step('save: every message lands in its field', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save company' }));
      // React Aria's own FieldError says the message alone, without the kit's hidden "Error: ".
      await expectFieldMessages(fields, '');
      await expect(canvas.getByRole('textbox', { name: 'Email address of contact 1' })).not.toHaveAttribute(
        'aria-invalid',
      );
    });
    await step('focus is on the first invalid field', async () => {
      await waitFor(() => expect(name).toHaveFocus());
    });
    await step('the summary lists the form-level message and the one for a field the form lacks', async () => {
      const alert = canvas.getByRole('alert');
      await expect(alert).toHaveTextContent(messages.form);
      await expect(alert).toHaveTextContent(messages.taxId);
    });
    await step('a changed value, once committed, clears its message; the others stay', async () => {
      await userEvent.type(name, ' AG');
      await userEvent.tab();
      await expect(name).not.toHaveAttribute('aria-invalid');
      await expect(city).toHaveAttribute('aria-invalid', 'true');
    });
  },
};

/** With the GOV.UK pattern, the error summary takes focus; the field focus leaves it there. */
export const WithErrorSummary: Story = {
  name: 'Error summary keeps focus',
  args: { summary: true },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save company' }));
    const name = canvas.getByRole('textbox', { name: 'Company name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(canvasElement.querySelector('.problemkit-ErrorSummary')).toHaveFocus());
    await userEvent.click(canvas.getByRole('link', { name: messages.city }));
    await expect(canvas.getByRole('textbox', { name: 'Town or city' })).toHaveFocus();
  },
};
