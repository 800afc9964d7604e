import type { ReactNode } from 'react';
import { type SubmitHandler, type UseFormProps, type UseFormReturn, useFieldArray, useForm } from 'react-hook-form';

export { served } from '../fixtures/served.js';

import { type UseApplyProblemOptions, useApplyProblem } from '../../src/react-hook-form/useApplyProblem.js';

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

interface Props {
  /** With it, the form calls `useApplyProblem(form, error, applyOptions)`. */
  readonly error?: unknown;
  readonly useHook?: boolean;
  readonly applyOptions?: UseApplyProblemOptions;
  readonly formOptions?: UseFormProps<Company>;
  readonly onForm?: (form: UseFormReturn<Company>) => void;
  readonly onValid?: SubmitHandler<Company>;
  readonly before?: ReactNode;
}

function Message({ id, message }: { id: string; message: string | undefined }): ReactNode {
  return message ? <p id={id}>{message}</p> : null;
}

/** A small "edit company" form written the way react-hook-form's docs write forms. */
export function CompanyForm({ error, useHook = false, applyOptions, formOptions, onForm, onValid, before }: Props) {
  const form = useForm<Company>({ defaultValues, ...formOptions });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  onForm?.(form);
  return (
    <>
      {useHook ? <Apply form={form} error={error} options={applyOptions} /> : null}
      <FormBody form={form} contacts={contacts.fields} onValid={onValid ?? (() => {})} before={before} />
    </>
  );
}

function Apply({
  form,
  error,
  options,
}: {
  form: UseFormReturn<Company>;
  error: unknown;
  options: UseApplyProblemOptions | undefined;
}): ReactNode {
  useApplyProblem(form, error, options);
  return null;
}

function FormBody({
  form,
  contacts,
  onValid,
  before,
}: {
  form: UseFormReturn<Company>;
  contacts: readonly { id: string }[];
  onValid: SubmitHandler<Company>;
  before: ReactNode;
}): ReactNode {
  const { errors } = form.formState;
  const described = (invalid: boolean, id: string) =>
    invalid ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
  return (
    <form aria-label="Edit company" onSubmit={form.handleSubmit(onValid)} noValidate>
      {before}
      {errors.root?.server ? <p role="alert">{errors.root.server.message}</p> : null}
      <label htmlFor="companyName">Company name</label>
      <input
        id="companyName"
        {...form.register('companyName', { required: 'Enter the company name' })}
        {...described(!!errors.companyName, 'companyName-error')}
      />
      <Message id="companyName-error" message={errors.companyName?.message} />
      <label htmlFor="city">City</label>
      <input id="city" {...form.register('address.city')} {...described(!!errors.address?.city, 'city-error')} />
      <Message id="city-error" message={errors.address?.city?.message} />
      <fieldset aria-describedby={errors.contacts?.root ? 'contacts-error' : undefined}>
        <legend>Contacts</legend>
        <Message id="contacts-error" message={errors.contacts?.root?.message} />
        {contacts.map((contact, index) => (
          <div key={contact.id}>
            <label htmlFor={`contact-${index}`}>{`Contact ${index + 1} email`}</label>
            <input
              id={`contact-${index}`}
              {...form.register(`contacts.${index}.email`)}
              {...described(!!errors.contacts?.[index]?.email, `contact-${index}-error`)}
            />
            <Message id={`contact-${index}-error`} message={errors.contacts?.[index]?.email?.message} />
          </div>
        ))}
      </fieldset>
      <button type="submit">Save</button>
    </form>
  );
}
