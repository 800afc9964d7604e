// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { problemEvents } from '../../src/core/problemEvents.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useConditions } from '../../src/react/useConditions.js';
import { useCountdown } from '../../src/react/useCountdown.js';
import { useFieldErrors } from '../../src/react/useFieldErrors.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { useMaintenance } from '../../src/react/useMaintenance.js';
import { useMessages } from '../../src/react/useMessages.js';
import { useRateLimit } from '../../src/react/useRateLimit.js';
import { validationProblem } from './validationProblem.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

function EmailField(): ReactNode {
  const props = useFieldProps('email', { id: 'email' });
  const { messages, id } = useFieldErrors('email');
  return (
    <>
      <label htmlFor="email">Email</label>
      <input {...props} />
      {messages.length > 0 ? <p id={id}>{messages.join(' ')}</p> : null}
    </>
  );
}

function Wait({ deadline }: { deadline: number }): ReactNode {
  const { seconds, done } = useCountdown(deadline);
  const { held } = useRateLimit();
  return (
    <p>
      wait: {seconds === undefined ? 'pending' : seconds} done: {String(done)} held: {String(held)}
    </p>
  );
}

function Status(): ReactNode {
  const { unavailable, offline } = useConditions();
  const { show } = useMaintenance();
  const { t } = useMessages();
  return (
    <p>
      {t('action.tryAgain')} unavailable: {String(Boolean(unavailable))} offline: {String(Boolean(offline))} banner:{' '}
      {String(show)}
    </p>
  );
}

describe('server rendering', () => {
  it('renders provider, scope, field wiring and countdown to a string with no timer and no subscription', () => {
    expect(typeof window).toBe('undefined');
    const listeners = problemEvents.listenerCount();
    const html = renderToString(
      <ProblemProvider locale="en" timeZone="UTC">
        <Status />
        <ProblemScope error={new ApiError(validationProblem({ email: ['Enter an email address'] }))}>
          <EmailField />
        </ProblemScope>
        <ProblemScope problem={toProblem({ status: 429, headers: { 'Retry-After': '30' } })}>
          <Wait deadline={start + 30_000} />
        </ProblemScope>
      </ProblemProvider>,
    );
    // React separates adjacent text nodes with <!-- --> markers; the assertions read the text without them.
    const text = html.replaceAll('<!-- -->', '');
    expect(text).toContain('Try again unavailable: false offline: false banner: false');
    expect(html).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeDefined();
    expect(html).toContain(`id="${describedBy}">Enter an email address</p>`);
    // The countdown does not read the time on the server, and a held action stays held.
    expect(text).toContain('wait: pending done: false held: true');
    expect(vi.getTimerCount()).toBe(0);
    expect(problemEvents.listenerCount()).toBe(listeners);
  });

  it('renders the same string twice: nothing on the server depends on the time or on render order', () => {
    const tree = (
      <ProblemProvider>
        <ProblemScope problem={validationProblem({ email: ['Enter an email address'] })}>
          <EmailField />
          <Wait deadline={start + 5_000} />
        </ProblemScope>
      </ProblemProvider>
    );
    const first = renderToString(tree);
    vi.setSystemTime(start + 3_000);
    expect(renderToString(tree)).toBe(first);
  });

  it('renders without a provider', () => {
    const html = renderToString(
      <ProblemScope problem={validationProblem({ email: ['Enter an email address'] })}>
        <EmailField />
        <Status />
      </ProblemScope>,
    );
    expect(html).toContain('Enter an email address');
    expect(html).toContain('Try again');
    expect(vi.getTimerCount()).toBe(0);
  });
});
