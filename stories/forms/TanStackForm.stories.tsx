import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from '@tanstack/react-form';
import { useMutation } from '@tanstack/react-query';
import { useApplyProblem } from 'problemkit/tanstack-form';
import type { ReactNode } from 'react';
import { expect, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { useStoryApiFetch } from '../components/storyProblem.js';
import { type CompanyValues, company, companyHandlers, companyUrl, messages } from './companyApi.js';
import { companyFields, expectFieldMessages } from './companyFields.js';
import { FormField, invalidProps } from './FormField.js';

// TanStack Form, written the way its docs write a form, saving with a TanStack mutation. One line connects the
// server: `useApplyProblem(form, save.error)`. The ASP.NET keys land on the fields `companyName`, `address.city` and
// `contacts[1].email` (their `errorMap.onServer`), the form-level messages on the form (`form.state.errors`).

function CompanyForm(): ReactNode {
  const api = useStoryApiFetch();
  const save = useMutation({
    mutationFn: (values: CompanyValues) => api(companyUrl, { method: 'PUT', body: values }),
    retry: false,
  });
  const form = useForm({ defaultValues: company, onSubmit: ({ value }) => save.mutate(value) });
  useApplyProblem(form, save.error);

  return (
    <form
      noValidate
      aria-label="Edit company"
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) =>
          errors.length > 0 ? (
            <p role="alert" className="problemkit-FieldError">
              {errors.map(String).join(' ')}
            </p>
          ) : null
        }
      </form.Subscribe>
      <form.Field name="companyName">
        {(field) => {
          const message = field.state.meta.errors.join(' ') || undefined;
          return (
            <FormField id={field.name} label="Company name" message={message}>
              <input
                id={field.name}
                name={field.name}
                autoComplete="organization"
                value={field.state.value}
                onBlur={field.handleBlur}
                onChange={(event) => field.handleChange(event.target.value)}
                {...invalidProps(field.name, message)}
              />
            </FormField>
          );
        }}
      </form.Field>
      <form.Field name="address.city">
        {(field) => {
          const message = field.state.meta.errors.join(' ') || undefined;
          return (
            <FormField id="city" label="Town or city" message={message}>
              <input
                id="city"
                name={field.name}
                autoComplete="address-level2"
                value={field.state.value}
                onBlur={field.handleBlur}
                onChange={(event) => field.handleChange(event.target.value)}
                {...invalidProps('city', message)}
              />
            </FormField>
          );
        }}
      </form.Field>
      <form.Field name="contacts" mode="array">
        {(contacts) =>
          contacts.state.value.map((_contact, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: TanStack Form names array items by index (its array-field docs)
            <form.Field key={index} name={`contacts[${index}].email`}>
              {(field) => {
                const message = field.state.meta.errors.join(' ') || undefined;
                return (
                  <FormField id={`contact-${index}`} label={`Email address of contact ${index + 1}`} message={message}>
                    <input
                      id={`contact-${index}`}
                      name={field.name}
                      type="email"
                      autoComplete="off"
                      value={field.state.value}
                      onBlur={field.handleBlur}
                      onChange={(event) => field.handleChange(event.target.value)}
                      {...invalidProps(`contact-${index}`, message)}
                    />
                  </FormField>
                );
              }}
            </form.Field>
          ))
        }
      </form.Field>
      <p>
        <button type="submit" className="problemkit-action">
          Save company
        </button>
      </p>
    </form>
  );
}

const meta = {
  title: 'Forms/TanStack Form',
  component: CompanyForm,
  parameters: {
    docs: {
      description: {
        component:
          '`problemkit/tanstack-form`: `useApplyProblem(form, save.error)` puts an ASP.NET 400 into a TanStack Form ' +
          "form — each message as its field's `onServer` error whatever the key spelling, form-level ones on the " +
          'form, focus on the first invalid field; a message stays through a blur and clears when its field changes.',
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
    const { name, city, secondContact } = fields;
    await step('save: every message lands under its field', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save company' }));
      await expectFieldMessages(fields);
    });
    await step('the form-level message and the one for a field the form lacks are the form error', async () => {
      await expect(canvas.getByRole('alert')).toHaveTextContent(`${messages.form} ${messages.taxId}`);
    });
    await step('focus is on the first invalid field', async () => {
      await waitFor(() => expect(name).toHaveFocus());
    });
    await step('leaving a field unchanged keeps its message; changing it clears it', async () => {
      await userEvent.tab();
      await expect(name).toHaveAccessibleDescription(`Error: ${messages.companyName}`);
      await userEvent.type(city, ' Mitte');
      await expect(city).not.toHaveAttribute('aria-invalid');
      await expect(secondContact).toHaveAttribute('aria-invalid', 'true');
    });
  },
};
