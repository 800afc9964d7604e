// One status of one seed API, as a person meets it: the page asks the mocked API (problemkit/msw's `statusGallery`
// answer, put on the wire by `problemHandler`) with `apiFetch` through TanStack Query, and shows the answer the way an
// app built on the kit would: a form's summary and field messages when the server named fields, the maintenance
// banner for a 503 (from the provider, no code here), and the notice for its kind otherwise.
import { useQuery } from '@tanstack/react-query';
import {
  type ApiFetch,
  type ApiProblem,
  asProblem,
  ErrorSummary,
  FieldError,
  MaintenanceBanner,
  ProblemNotice,
  ProblemScope,
  SubmitButton,
  useFieldProps,
} from 'problemkit';
import type { StatusGalleryEntry } from 'problemkit/msw';
import type { ReactNode } from 'react';
import './gallery.css';
import { specFieldErrors } from './specFieldErrors.js';

/** Props of `GalleryExample`. */
export interface GalleryExampleProps {
  readonly entry: StatusGalleryEntry;
  /** The URL the mocked API answers this entry on. */
  readonly url: string;
  /** The app's API client (on the story clock). */
  readonly api: ApiFetch;
  /** The app's "go to sign-in" (the 401 notice's button). */
  readonly onSignIn: (returnTo: string) => void;
}

/**
 * The seed's words for the status, then what a person sees when the API answers it.
 *
 * @example
 * ```tsx
 * <GalleryExample entry={statusGallery[3]} url="/api/gallery/b2b-edition-404" api={apiFetch} onSignIn={signIn} />
 * ```
 */
export function GalleryExample({ entry, url, api, onSignIn }: GalleryExampleProps): ReactNode {
  // The first answer, as it came: no retries (the demo shows the retry policy), nothing thrown to a boundary.
  const query = useQuery({ queryKey: ['gallery', url], queryFn: () => api(url), retry: false, throwOnError: false });
  return (
    <>
      {/* What a 503 shows, wherever on the page the failed request was made. */}
      <MaintenanceBanner />
      <h1>
        {entry.status} {entry.label}
      </h1>
      <dl className="gallery-facts">
        <dt>API</dt>
        <dd>
          {entry.api} (seed {entry.seed})
        </dd>
        <dt>When it is sent</dt>
        <dd>{entry.purpose}</dd>
        <dt>Body</dt>
        <dd>
          {entry.source === 'documented' ? 'Documented example' : 'Modeled on the documented envelope'}:{' '}
          {entry.reference}
        </dd>
      </dl>
      <h2>What a person sees</h2>
      {query.isPending ? (
        <p>Loading…</p>
      ) : (
        <Answer entry={entry} error={query.error} onRetry={() => query.refetch()} onSignIn={onSignIn} />
      )}
    </>
  );
}

interface AnswerProps {
  readonly entry: StatusGalleryEntry;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly onSignIn: (returnTo: string) => void;
}

function Answer({ entry, error, onRetry, onSignIn }: AnswerProps): ReactNode {
  if (error === null) return <p>The request succeeded: there is nothing to show.</p>;
  const problem: ApiProblem = asProblem(error);
  const fields = specFieldErrors(entry.spec);
  if (problem.kind === 'validation' || fields.length > 0) {
    // Answers the person can fix: the form with its summary and a message under each field the server named.
    return (
      <ProblemScope error={error}>
        <ErrorSummary headingLevel={3} />
        <form noValidate aria-label="The form that was sent" onSubmit={(event) => event.preventDefault()}>
          {fields.map(([name]) => (
            <GalleryField key={name} name={name} />
          ))}
          <p>
            <SubmitButton>Send again</SubmitButton>
          </p>
        </form>
      </ProblemScope>
    );
  }
  if (problem.kind === 'unavailable') {
    return <p>The maintenance banner at the top of the page: it clears itself when the service is back.</p>;
  }
  return (
    <>
      <ProblemNotice error={error} onRetry={onRetry} onSignIn={onSignIn} headingLevel={3} />
      {problem.kind === 'rate-limited' ? (
        // Actions are held until the wait is over.
        <p>
          <SubmitButton type="button" error={error} onClick={onRetry}>
            Send again
          </SubmitButton>
        </p>
      ) : null}
    </>
  );
}

/** `address_line_1` → "Address line 1", `Name` → "Name". */
function labelOf(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.[\]]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function GalleryField({ name }: { readonly name: string }): ReactNode {
  const id = `gallery-field-${name.replace(/[^a-z0-9]+/gi, '-')}`;
  const field = useFieldProps(name, { id });
  return (
    <div>
      <label htmlFor={id}>{labelOf(name)}</label>
      <FieldError name={name} />
      <input {...field} type="text" defaultValue="" autoComplete="off" />
    </div>
  );
}
