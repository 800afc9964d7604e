// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/components/ErrorSummary.js';
import { FieldError } from '../../src/components/FieldError.js';
import { RateLimitNotice } from '../../src/components/RateLimitNotice.js';
import { SubmitButton } from '../../src/components/SubmitButton.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { validationProblem } from '../react/validationProblem.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

const text = (html: string) => html.replaceAll('<!-- -->', '');

function Email(): ReactNode {
  return (
    <>
      <label htmlFor="email">Email address</label>
      <input {...useFieldProps('email', { id: 'email' })} />
      <FieldError name="email" />
    </>
  );
}

describe('server rendering of the form components', () => {
  it('renders the field error and the summary without a DOM, linking by the server’s key until hydration', () => {
    expect(typeof window).toBe('undefined');
    const html = text(
      renderToString(
        <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
          <ProblemScope error={new ApiError(validationProblem({ email: ['Geben Sie eine E-Mail-Adresse ein'] }))}>
            <ErrorSummary documentTitle />
            <Email />
          </ProblemScope>
        </ProblemProvider>,
      ),
    );
    expect(html).toContain('<h2 class="problemkit-ErrorSummary-title">Es ist ein Problem aufgetreten</h2>');
    expect(html).toContain('<div role="alert">');
    expect(html).toContain('<a href="#email" data-field="email">Geben Sie eine E-Mail-Adresse ein</a>');
    expect(html).toMatch(
      /<p id="[^"]+-email-error" class="problemkit-FieldError" data-field="email"><span class="problemkit-visually-hidden">Fehler:<\/span> Geben Sie eine E-Mail-Adresse ein<\/p>/,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('tabindex'); // focus moves only in the browser
  });

  it('renders a counting notice and a held button without reading the time or starting a timer', () => {
    const problem = toProblem({ status: 429, headers: { 'Retry-After': '28' } });
    const html = text(
      renderToString(
        <ProblemProvider>
          <ProblemScope error={problem}>
            <RateLimitNotice onRetry={() => {}} />
            <SubmitButton>Save</SubmitButton>
          </ProblemScope>
        </ProblemProvider>,
      ),
    );
    expect(html).toContain('data-state="counting"');
    // The server does not know when the page will be seen: the time is filled in after hydration.
    expect(html).toContain('Too many requests. Wait a moment, then try again.');
    expect(html).toContain(
      '<div class="problemkit-visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>',
    );
    expect(html).toMatch(/<button aria-disabled="true" aria-describedby="([^"]+)" data-state="held" type="submit"/);
    expect(html).toContain('Paused for a moment because of too many requests.');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('renders nothing for components with nothing to say', () => {
    const html = renderToString(
      <ProblemProvider>
        <ProblemScope error={null}>
          <ErrorSummary />
          <FieldError name="email" />
          <RateLimitNotice />
        </ProblemScope>
      </ProblemProvider>,
    );
    expect(html).toBe('');
  });
});
