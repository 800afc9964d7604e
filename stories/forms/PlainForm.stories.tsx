import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMutation } from '@tanstack/react-query';
import { ErrorSummary, FieldError, ProblemScope, useFieldProps } from 'problemkit';
import type { FormEvent, ReactNode } from 'react';
import { expect, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { useStoryApiFetch } from '../components/storyProblem.js';
import { type CompanyValues, company, companyHandlers, companyUrl, messages } from './companyApi.js';
import { companyFields, expectFieldMessages } from './companyFields.js';

// A plain <form> with `name` attributes and no form library: the values are read with FormData, and the kit's own
// pieces do the rest — `ProblemScope` hands the save's error to everything inside, `useFieldProps(name)` wires
// `aria-invalid`, `aria-describedby` and clear-on-edit, `FieldError` shows the message, `ErrorSummary` lists them
// all (form-level ones included) and takes focus once per failed save.

function TextField({
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
  const id = `plain-${name.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <FieldError name={name} />
      <input {...useFieldProps(name, { id })} type={type} defaultValue={defaultValue} autoComplete="off" />
    </div>
  );
}

function readCompany(form: HTMLFormElement): CompanyValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    companyName: text('companyName'),
    address: { city: text('address.city') },
    contacts: [{ email: text('contacts[0].email') }, { email: text('contacts[1].email') }],
  };
}

function CompanyForm(): ReactNode {
  const api = useStoryApiFetch();
  const save = useMutation({
    mutationFn: (values: CompanyValues) => api(companyUrl, { method: 'PUT', body: values }),
    retry: false,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(readCompany(event.currentTarget));
  };
  return (
    <ProblemScope error={save.error}>
      <ErrorSummary />
      <form noValidate aria-label="Edit company" onSubmit={submit}>
        <TextField name="companyName" label="Company name" defaultValue={company.companyName} />
        <TextField name="address.city" label="Town or city" defaultValue={company.address.city} />
        {company.contacts.map((contact, index) => (
          <TextField
            key={contact.email}
            name={`contacts[${index}].email`}
            label={`Email address of contact ${index + 1}`}
            type="email"
            defaultValue={contact.email}
          />
        ))}
        <p>
          <button type="submit" className="problemkit-action">
            Save company
          </button>
        </p>
      </form>
    </ProblemScope>
  );
}

const meta = {
  title: 'Forms/Plain form (FormData)',
  component: CompanyForm,
  parameters: {
    docs: {
      description: {
        component:
          'No form library: a `<form>` read with `FormData`, `ProblemScope` around it, `useFieldProps(name)` on each ' +
          'input and `FieldError` beside it. The ASP.NET keys find the inputs by their `name` (`address.city`, ' +
          '`contacts[1].email`); the summary takes focus and links to each field.',
      },
    },
  },
  beforeEach: ({ msw, ...context }) => {
    msw.use(...companyHandlers(storyClock(context)));
  },
} satisfies Meta<typeof CompanyForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press "Save company": the summary takes focus, each field says why, and editing a field clears its message. */
export const ServerErrors: Story = {
  name: '400 from ASP.NET (PascalCase keys)',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const fields = companyFields(canvas);
    const { city, secondContact } = fields;
    await step('save: the summary takes focus and lists everything, form-level messages included', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save company' }));
      await waitFor(() => expect(canvasElement.querySelector('.problemkit-ErrorSummary')).toHaveFocus());
      const alert = canvas.getByRole('alert');
      await expect(alert).toHaveTextContent(messages.form);
      await expect(alert).toHaveTextContent(messages.taxId);
    });
    await step('every message is under its field', async () => {
      await expectFieldMessages(fields);
    });
    await step('a summary link focuses its field (Contacts[1].Email ≡ contacts[1].email)', async () => {
      await userEvent.click(canvas.getByRole('link', { name: messages.email }));
      await expect(secondContact).toHaveFocus();
    });
    await step('editing a field clears its message, and only that one', async () => {
      await userEvent.clear(secondContact);
      await userEvent.type(secondContact, 'ben.weber@acme.example');
      await expect(secondContact).not.toHaveAttribute('aria-invalid');
      await expect(city).toHaveAttribute('aria-invalid', 'true');
    });
  },
};
