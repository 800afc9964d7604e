// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PermissionNotice } from '../../src/components/PermissionNotice.js';
import { ProblemNotice } from '../../src/components/ProblemNotice.js';
import { TraceId } from '../../src/components/TraceId.js';
import { problemKinds } from '../../src/core/ApiProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
const statusOf = {
  'bad-request': 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'not-acceptable': 406,
  'unsupported-media-type': 415,
  'not-implemented': 501,
  timeout: 504,
  conflict: 409,
  'too-large': 413,
  'rate-limited': 429,
  server: 500,
  unavailable: 503,
  'insufficient-storage': 507,
  network: 0,
  unknown: 418,
} as const;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  // 405/406/415/501 log their hint from an effect, which never runs on the server.
  vi.spyOn(console, 'warn');
});

afterEach(() => {
  vi.useRealTimers();
});

const text = (html: string) => html.replaceAll('<!-- -->', '');

describe('server rendering of the notices', () => {
  it('renders every kind to a string without a DOM, a timer or a console message', () => {
    expect(typeof window).toBe('undefined');
    for (const kind of problemKinds) {
      const problem = toProblem({ status: statusOf[kind], headers: { 'Retry-After': '120', 'X-Request-Id': 'req-1' } });
      const html = renderToString(
        <ProblemProvider timeZone="UTC">
          <ProblemNotice problem={kind === 'network' ? { ...problem, kind } : problem} onRetry={() => {}} />
        </ProblemProvider>,
      );
      expect(html.length, kind).toBeGreaterThan(0);
    }
    expect(vi.getTimerCount()).toBe(0);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('renders the words, the trace id and an empty live region for the copy confirmation', () => {
    const html = text(
      renderToString(
        <ProblemNotice problem={toProblem({ status: 500, headers: { 'X-Request-Id': 'req-42' } })} headingLevel={1} />,
      ),
    );
    expect(html).toContain('<h1');
    expect(html).toContain('There is a problem with the service</h1>');
    expect(html).toContain('role="alert"');
    expect(html).toContain('Reference</span> <code class="problemkit-TraceId-value" translate="no">req-42</code>');
    expect(html).toMatch(/<span class="problemkit-TraceId-status" role="status"><\/span>/);
  });

  it('tells the time of an outage without reading the clock', () => {
    const html = text(
      renderToString(
        <ProblemProvider timeZone="UTC">
          <ProblemNotice problem={toProblem({ status: 503, headers: { 'Retry-After': '120' } })} />
        </ProblemProvider>,
      ),
    );
    expect(html).toContain('You will be able to use the service from 9:02 AM on Monday, November 23, 2026.');
  });

  it('renders PermissionNotice and TraceId on their own', () => {
    const html = text(
      renderToString(
        <>
          <PermissionNotice problem={toProblem({ status: 401 })} onSignIn={() => {}} />
          <TraceId traceId="abc" />
        </>,
      ),
    );
    expect(html).toContain('You need to sign in again');
    expect(html).toContain('>Sign in</button>');
    expect(html).toContain('Reference</span> <code');
  });
});
