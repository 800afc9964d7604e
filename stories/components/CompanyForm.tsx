// The small "edit company" form the form-side stories share: a `ProblemScope` fed by a TanStack mutation that
// posts to the mocked API with `apiFetch`, an `ErrorSummary` above the fields, `FieldError` under each label, a
// `RateLimitNotice` and a `SubmitButton`. Only public exports, as an app would write it.
import { useMutation } from '@tanstack/react-query';
import {
  type ApiProblem,
  ErrorSummary,
  FieldError,
  ProblemScope,
  RateLimitNotice,
  SubmitButton,
  useFieldProps,
} from 'problemkit';
import type { FormEvent, ReactNode } from 'react';
import { useStoryApiFetch } from './storyProblem.js';

/** The fields of the form, as the API names them. */
export interface Company {
  readonly companyName: string;
  readonly email: string;
}

/** A labelled input wired to the scope: `aria-invalid`, `aria-describedby` and clear-on-edit come from `useFieldProps`. */
export function TextField({
  name,
  label,
  type = 'text',
  defaultValue = '',
}: {
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'email';
  readonly defaultValue?: string;
}): ReactNode {
  const field = useFieldProps(name, { id: name });
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <FieldError name={name} />
      <input {...field} type={type} defaultValue={defaultValue} autoComplete="off" />
    </div>
  );
}

/** The form's fields and buttons, for a scope given from outside (an explicit problem). */
export function CompanyFields({
  onSubmit,
  saved = false,
}: {
  readonly onSubmit?: (company: Company) => void;
  readonly saved?: boolean;
}): ReactNode {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmit?.({ companyName: String(data.get('companyName') ?? ''), email: String(data.get('email') ?? '') });
  };
  return (
    <form noValidate aria-label="Company details" onSubmit={submit}>
      <TextField name="companyName" label="Company name" defaultValue="Acme" />
      <TextField name="email" label="Email address" type="email" defaultValue="sales@acme" />
      <RateLimitNotice />
      <p>
        <SubmitButton>Save company</SubmitButton>
      </p>
      {/* Present from the start: a live region announces changes, not its own arrival. */}
      <p role="status">{saved ? 'Company saved.' : ''}</p>
    </form>
  );
}

/** The form with an explicit problem: what the person sees right after a failed submit. */
export function CompanyFormWithProblem({ problem }: { readonly problem: ApiProblem }): ReactNode {
  return (
    <ProblemScope problem={problem}>
      <ErrorSummary />
      <CompanyFields />
    </ProblemScope>
  );
}

/** The form saving to `endpoint` on the mocked API (POST, JSON body). */
export function CompanyForm({ endpoint }: { readonly endpoint: string }): ReactNode {
  const apiFetch = useStoryApiFetch();
  const save = useMutation({
    mutationFn: (company: Company) => apiFetch<unknown>(endpoint, { method: 'POST', body: company }),
  });
  return (
    <ProblemScope error={save.error}>
      <ErrorSummary />
      <CompanyFields onSubmit={(company) => save.mutate(company)} saved={save.isSuccess} />
    </ProblemScope>
  );
}
