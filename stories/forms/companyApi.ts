// What the form-library stories share: one company, the URL it is saved to, and the mocked server's answer — an
// ASP.NET Core API (ValidationProblemDetails), whose keys are PascalCase C# paths (`Address.City`,
// `Contacts[1].Email`) while every form below names its fields in camelCase JavaScript (`address.city`,
// `contacts.1.email`, `contacts[1].email`). problemkit matches the two; no story maps a key by hand.
import type { Clock } from 'problemkit';
import { type ProblemSpec, problemHandler } from 'problemkit/msw';

/** The company as the forms edit it. */
export interface CompanyValues {
  companyName: string;
  address: { city: string };
  contacts: { email: string }[];
}

export const company: CompanyValues = {
  companyName: 'Acme Supplies GmbH',
  address: { city: 'Berlin' },
  contacts: [{ email: 'anna.schmidt@acme.example' }, { email: 'ben.weber@acme' }],
};

/** Where "Save company" sends the company (PUT). */
export const companyUrl = '/api/forms/companies/7';

/** The server's words, so play functions can look for them. */
export const messages = {
  companyName: 'A company named "Acme Supplies GmbH" already exists.',
  city: 'The field City must be a string with a maximum length of 40.',
  email: 'The Email field is not a valid e-mail address.',
  /** For a field the form does not have: it joins the form-level messages. */
  taxId: 'The TaxId field is required.',
  form: 'Check the highlighted fields, then save again.',
} as const;

/** ASP.NET Core's 400 ValidationProblemDetails, in server order, with a form-level message under `""`. */
export const validationProblem: ProblemSpec = {
  status: 400,
  dialect: 'aspnet',
  fieldErrors: new Map([
    ['CompanyName', messages.companyName],
    ['Address.City', messages.city],
    ['Contacts[1].Email', messages.email],
    ['TaxId', messages.taxId],
  ]),
  formErrors: messages.form,
  traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00',
};

/** The mocked API: every save of the company answers `validationProblem`. */
export function companyHandlers(clock: Clock) {
  return [problemHandler('put', companyUrl, validationProblem, { clock })];
}
