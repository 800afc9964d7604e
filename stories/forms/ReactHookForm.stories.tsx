import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMutation } from '@tanstack/react-query';
import { useApplyProblem } from 'problemkit/react-hook-form';
import type { ReactNode } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { expect, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { useStoryApiFetch } from '../components/storyProblem.js';
import { type CompanyValues, company, companyHandlers, companyUrl, messages } from './companyApi.js';
import { companyFields, expectFieldMessages } from './companyFields.js';
import { FormField, invalidProps } from './FormField.js';

// react-hook-form, written the way its docs write a form, saving with a TanStack mutation. One line connects the
// server: `useApplyProblem(form, save.error)`. The mocked ASP.NET API answers with PascalCase keys; the messages
// land on `companyName`, `address.city` and `contacts.1.email`, the form-level one and the one for a field the form
// lacks (`TaxId`) under `errors.root.server`.

function CompanyForm(): ReactNode {
  const api = useStoryApiFetch();
  const form = useForm<CompanyValues>({ defaultValues: company });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const save = useMutation({
    mutationFn: (values: CompanyValues) => api(companyUrl, { method: 'PUT', body: values }),
    retry: false,
  });
  useApplyProblem(form, save.error);
  const { errors } = form.formState;

  return (
    <form noValidate aria-label="Edit company" onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      {errors.root?.server ? (
        <p role="alert" className="problemkit-FieldError">
          {errors.root.server.message}
        </p>
      ) : null}
      <FormField id="companyName" label="Company name" message={errors.companyName?.message}>
        <input
          id="companyName"
          autoComplete="organization"
          {...form.register('companyName')}
          {...invalidProps('companyName', errors.companyName?.message)}
        />
      </FormField>
      <FormField id="city" label="Town or city" message={errors.address?.city?.message}>
        <input
          id="city"
          autoComplete="address-level2"
          {...form.register('address.city')}
          {...invalidProps('city', errors.address?.city?.message)}
        />
      </FormField>
      {contacts.fields.map((contact, index) => (
        <FormField
          key={contact.id}
          id={`contact-${index}`}
          label={`Email address of contact ${index + 1}`}
          message={errors.contacts?.[index]?.email?.message}
        >
          <input
            id={`contact-${index}`}
            type="email"
            autoComplete="off"
            {...form.register(`contacts.${index}.email`)}
            {...invalidProps(`contact-${index}`, errors.contacts?.[index]?.email?.message)}
          />
        </FormField>
      ))}
      <p>
        <button type="submit" className="problemkit-action">
          Save company
        </button>
      </p>
    </form>
  );
}

const meta = {
  title: 'Forms/react-hook-form',
  component: CompanyForm,
  parameters: {
    docs: {
      description: {
        component:
          '`problemkit/react-hook-form`: `useApplyProblem(form, save.error)` puts an ASP.NET 400 into a `useForm` ' +
          'form — each message under its field whatever the key spelling, form-level ones under ' +
          '`errors.root.server`, focus on the first invalid field, and each message cleared when its field changes.',
      },
    },
  },
  beforeEach: ({ msw, ...context }) => {
    msw.use(...companyHandlers(storyClock(context)));
  },
} satisfies Meta<typeof CompanyForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press "Save company": the server refuses four things; the form shows each where it belongs. */
export const ServerErrors: Story = {
  name: '400 from ASP.NET (PascalCase keys)',
  play: async ({ canvas, userEvent, step }) => {
    const fields = companyFields(canvas);
    const { name, city } = fields;
    await step('save: every message lands under its field', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save company' }));
      await expectFieldMessages(fields);
      await expect(canvas.getByRole('textbox', { name: 'Email address of contact 1' })).not.toHaveAttribute(
        'aria-invalid',
      );
    });
    await step('the form-level message and the one for a field the form lacks are in errors.root.server', async () => {
      await expect(canvas.getByRole('alert')).toHaveTextContent(`${messages.form} ${messages.taxId}`);
    });
    await step('focus is on the first invalid field', async () => {
      await waitFor(() => expect(name).toHaveFocus());
    });
    await step('changing a field clears its message, and only that one', async () => {
      await userEvent.type(name, ' AG');
      await expect(name).not.toHaveAttribute('aria-invalid');
      await expect(name).not.toHaveAccessibleDescription();
      await expect(city).toHaveAttribute('aria-invalid', 'true');
    });
  },
};
