import { useForm } from '@tanstack/react-form';
import type { ReactNode } from 'react';
import { type UseApplyProblemOptions, useApplyProblem } from '../../src/tanstack-form/useApplyProblem.js';

export interface Company {
  companyName: string;
  address: { city: string };
  contacts: { email: string }[];
}

export const defaultValues: Company = {
  companyName: 'Acme',
  address: { city: 'Berlin' },
  contacts: [{ email: 'ada@acme.test' }, { email: 'bob@acme.test' }],
};

type Form = ReturnType<typeof useCompanyForm>;

function useCompanyForm(onSubmit: (value: Company) => void) {
  return useForm({ defaultValues, onSubmit: ({ value }) => onSubmit(value) });
}

interface Props {
  readonly error?: unknown;
  readonly useHook?: boolean;
  readonly applyOptions?: UseApplyProblemOptions;
  readonly onForm?: (form: Form) => void;
  readonly onSubmit?: (value: Company) => void;
  readonly before?: ReactNode;
  /** A submit button disabled while `canSubmit` is false, as TanStack Form's docs write it. */
  readonly disableOnCanSubmit?: boolean;
}

function Apply({ form, error, options }: { form: Form; error: unknown; options: UseApplyProblemOptions | undefined }) {
  useApplyProblem(form, error, options);
  return null;
}

function Errors({ id, errors }: { id: string; errors: readonly unknown[] }): ReactNode {
  return errors.length > 0 ? <p id={id}>{errors.map(String).join(' ')}</p> : null;
}

function described(errors: readonly unknown[], id: string) {
  return errors.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
}

/** A small "edit company" form written the way TanStack Form's docs write forms. */
export function CompanyForm({
  error,
  useHook = false,
  applyOptions,
  onForm,
  onSubmit,
  before,
  disableOnCanSubmit = false,
}: Props): ReactNode {
  const form = useCompanyForm(onSubmit ?? (() => {}));
  onForm?.(form);
  return (
    <form
      aria-label="Edit company"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      {useHook ? <Apply form={form} error={error} options={applyOptions} /> : null}
      {before}
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) => (errors.length > 0 ? <p role="alert">{errors.map(String).join(' ')}</p> : null)}
      </form.Subscribe>
      <form.Field
        name="companyName"
        validators={{ onChange: ({ value }) => (value.trim() === '' ? 'Enter the company name' : undefined) }}
      >
        {(field) => (
          <>
            <label htmlFor={field.name}>Company name</label>
            <input
              id={field.name}
              name={field.name}
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(event) => field.handleChange(event.target.value)}
              {...described(field.state.meta.errors, `${field.name}-error`)}
            />
            <Errors id={`${field.name}-error`} errors={field.state.meta.errors} />
          </>
        )}
      </form.Field>
      <form.Field name="address.city">
        {(field) => (
          <>
            <label htmlFor="city">City</label>
            <input
              id="city"
              name={field.name}
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(event) => field.handleChange(event.target.value)}
              {...described(field.state.meta.errors, 'city-error')}
            />
            <Errors id="city-error" errors={field.state.meta.errors} />
          </>
        )}
      </form.Field>
      <form.Field name="contacts" mode="array">
        {(contacts) => (
          <fieldset {...described(contacts.state.meta.errors, 'contacts-error')}>
            <legend>Contacts</legend>
            <Errors id="contacts-error" errors={contacts.state.meta.errors} />
            {contacts.state.value.map((_contact, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: TanStack Form names array items by index (its array-field docs)
              <form.Field key={index} name={`contacts[${index}].email`}>
                {(field) => (
                  <div>
                    <label htmlFor={`contact-${index}`}>{`Contact ${index + 1} email`}</label>
                    <input
                      id={`contact-${index}`}
                      name={field.name}
                      value={field.state.value}
                      onBlur={field.handleBlur}
                      onChange={(event) => field.handleChange(event.target.value)}
                      {...described(field.state.meta.errors, `contact-${index}-error`)}
                    />
                    <Errors id={`contact-${index}-error`} errors={field.state.meta.errors} />
                  </div>
                )}
              </form.Field>
            ))}
          </fieldset>
        )}
      </form.Field>
      <form.Subscribe selector={(state) => state.canSubmit}>
        {(canSubmit) => (
          <button type="submit" disabled={disableOnCanSubmit && !canSubmit}>
            Save
          </button>
        )}
      </form.Subscribe>
    </form>
  );
}
