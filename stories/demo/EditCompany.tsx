// The "edit company" page of a B2B buyer portal, written the way an app would write it with problemkit: only public
// exports, imported by package name. The app's root (here: the Storybook decorator, .storybook/StoryProviders.tsx)
// renders `<QueryClientProvider client={queryClient}><ProblemProvider queryClient={queryClient} probe=…>`, with the
// kit's query defaults on the client; everything below is the page itself.
//
// Each failure has one home on the page, so nothing is said twice:
// - 422 field errors → `ErrorSummary` above the form (focused once) and `FieldError` under each field;
// - 401 / 403 → `PermissionNotice` ("sign in again" / what is not allowed and whom to ask);
// - 429 → `RateLimitNotice` counting down beside `SubmitButton`, which is held until the wait is over;
// - 503 → the page-wide `MaintenanceBanner`, fed by the provider (no code here), which clears itself when the
//   provider's probe succeeds;
// - everything else (409, 5xx with its trace id, offline, …) → `ProblemNotice`.
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  type ApiFetch,
  apiFetch,
  ErrorSummary,
  FieldError,
  MaintenanceBanner,
  PermissionNotice,
  ProblemNotice,
  type ProblemNoticeRender,
  ProblemScope,
  RateLimitNotice,
  SubmitButton,
  useFieldProps,
} from 'problemkit';
import { QueryErrorBoundary } from 'problemkit/query';
import { type FormEvent, type ReactNode, useRef } from 'react';

/** A company as the B2B Edition API sends and takes it (the fields this page edits). */
export interface Company {
  readonly companyName: string;
  readonly email: string;
  readonly phone: string;
  readonly address: { readonly city: string; readonly postalCode: string };
  readonly contacts: readonly { readonly email: string }[];
}

/** B2B Edition wraps every answer: `{"code": 200, "data": …, "meta": {"message": "SUCCESS"}}`. */
interface B2bEnvelope<T> {
  readonly data: T;
}

/** Props of `EditCompany`. */
export interface EditCompanyProps {
  /** The company to edit. */
  readonly companyId: number;
  /** Where the API lives, e.g. `https://api.example.com/api/v3/io`. Default: this origin's `/api/demo`. */
  readonly baseUrl?: string;
  /**
   * The app's API client. Default: the kit's `apiFetch`. An app that injects a clock into `ProblemProvider` (tests,
   * stories) passes `createApiFetch({ clock })` with the same clock, so countdowns are measured on one time.
   */
  readonly api?: ApiFetch;
  /** "Sign in" after a 401: go to the sign-in page and come back to `returnTo`. */
  readonly onSignIn?: (returnTo: string) => void;
}

/**
 * The page: the maintenance banner, a heading, and the editor under an error boundary for the first load (a 404 or
 * 500 while loading the company replaces the editor with the right notice and "Try again").
 *
 * @example
 * ```tsx
 * <EditCompany companyId={7} onSignIn={(returnTo) => router.push(`/login?next=${encodeURIComponent(returnTo)}`)} />
 * ```
 */
export function EditCompany({
  companyId,
  baseUrl = '/api/demo',
  api = apiFetch,
  onSignIn,
}: EditCompanyProps): ReactNode {
  return (
    <div className="demo-EditCompany">
      {/* Appears on any 503 under the provider, says when the service is back, clears itself. */}
      <MaintenanceBanner />
      <h1>Edit company</h1>
      <QueryErrorBoundary onSignIn={onSignIn}>
        <CompanyEditor url={`${baseUrl}/companies/${companyId}`} api={api} onSignIn={onSignIn} />
      </QueryErrorBoundary>
    </div>
  );
}

interface EditorProps {
  readonly url: string;
  readonly api: ApiFetch;
  readonly onSignIn: ((returnTo: string) => void) | undefined;
}

/** Loads the company (the kit's query defaults: retries what can succeed later, throws a first-load failure). */
function CompanyEditor({ url, api, onSignIn }: EditorProps): ReactNode {
  const company = useQuery({
    queryKey: ['company', url],
    queryFn: async () => (await api<B2bEnvelope<Company>>(url)).data,
  });
  if (company.data !== undefined) {
    return <CompanyForm company={company.data} url={url} api={api} onSignIn={onSignIn} />;
  }
  // Failures the defaults keep inline (a validation problem on a read) land here; the rest go to the boundary.
  if (company.isError) return <ProblemNotice error={company.error} onRetry={() => company.refetch()} />;
  return <p>Loading the company…</p>;
}

/** Shows nothing: the kinds another component on the page already speaks for. */
const elsewhere: ProblemNoticeRender = () => null;

/** Field name → label, in the order of the form. The names are the API's paths, nested and indexed. */
const fields = {
  companyName: { label: 'Company name', type: 'text', autoComplete: 'organization' },
  email: { label: 'Email address', type: 'email', autoComplete: 'email' },
  phone: { label: 'Phone number', type: 'tel', autoComplete: 'tel' },
  'address.city': { label: 'Town or city', type: 'text', autoComplete: 'address-level2' },
  'address.postalCode': { label: 'Postcode', type: 'text', autoComplete: 'postal-code' },
  'contacts[0].email': { label: 'Email address of the main contact', type: 'email', autoComplete: 'off' },
} as const;

type FieldName = keyof typeof fields;

function text(data: FormData, name: FieldName): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

function readCompany(form: HTMLFormElement): Company {
  const data = new FormData(form);
  return {
    companyName: text(data, 'companyName'),
    email: text(data, 'email'),
    phone: text(data, 'phone'),
    address: { city: text(data, 'address.city'), postalCode: text(data, 'address.postalCode') },
    contacts: [{ email: text(data, 'contacts[0].email') }],
  };
}

/** The form: saves with PUT, and hands the save's error to everything inside through one `ProblemScope`. */
function CompanyForm({ company, url, api, onSignIn }: EditorProps & { readonly company: Company }): ReactNode {
  const form = useRef<HTMLFormElement>(null);
  const save = useMutation({
    mutationFn: (values: Company) => api<B2bEnvelope<Company>>(url, { method: 'PUT', body: values }),
    // Saving is the person's own action: answer it at once and let them decide (the notices offer "Try again",
    // the held button waits out a 429). The kit's defaults would repeat a PUT in the background, which suits reads.
    retry: false,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(readCompany(event.currentTarget));
  };
  const submitAgain = () => form.current?.requestSubmit();

  return (
    <ProblemScope error={save.error}>
      <ErrorSummary documentTitle />
      <PermissionNotice
        action="change this company's details"
        contact="your company's account administrator"
        onSignIn={onSignIn}
      />
      <ProblemNotice
        onRetry={submitAgain}
        render={{
          validation: elsewhere,
          unauthenticated: elsewhere,
          forbidden: elsewhere,
          'rate-limited': elsewhere,
          unavailable: elsewhere,
        }}
      />
      <form ref={form} noValidate aria-labelledby="edit-company-details" onSubmit={submit}>
        <fieldset>
          <legend id="edit-company-details">Company details</legend>
          <TextField name="companyName" defaultValue={company.companyName} />
          <TextField name="email" defaultValue={company.email} />
          <TextField name="phone" defaultValue={company.phone} />
        </fieldset>
        <fieldset>
          <legend>Address</legend>
          <TextField name="address.city" defaultValue={company.address.city} />
          <TextField name="address.postalCode" defaultValue={company.address.postalCode} />
        </fieldset>
        <fieldset>
          <legend>Main contact</legend>
          <TextField name="contacts[0].email" defaultValue={company.contacts[0]?.email ?? ''} />
        </fieldset>
        <RateLimitNotice />
        <p>
          <SubmitButton>Save company</SubmitButton>
        </p>
        {/* Present from the start: a live region announces a change, not its own arrival. */}
        <p role="status">{save.isSuccess ? 'Company saved.' : ''}</p>
      </form>
    </ProblemScope>
  );
}

/** GOV.UK's order: label, error message, input. `useFieldProps` wires `aria-invalid`, `aria-describedby`, clearing. */
function TextField({ name, defaultValue }: { readonly name: FieldName; readonly defaultValue: string }): ReactNode {
  const { label, type, autoComplete } = fields[name];
  const id = `company-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
  const field = useFieldProps(name, { id });
  return (
    <div className="demo-field">
      <label htmlFor={id}>{label}</label>
      <FieldError name={name} />
      <input {...field} type={type} defaultValue={defaultValue} autoComplete={autoComplete} spellCheck={false} />
    </div>
  );
}
