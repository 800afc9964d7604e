import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { ProblemNotice } from '../../src/components/ProblemNotice.js';
import { ApiError } from '../../src/core/ApiError.js';
import { type ApiProblem, type ProblemKind, problemKinds } from '../../src/core/ApiProblem.js';
import { asProblem } from '../../src/core/asProblem.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { fakeClock } from '../react/fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
const json = { 'Content-Type': 'application/json' };
const request = { method: 'POST', url: 'https://api.example.com/api/companies' };

/** One problem per kind, shaped like the seeds' bodies (test/fixtures). */
function problemFor(kind: ProblemKind): ApiProblem {
  switch (kind) {
    case 'bad-request':
      return toProblem({
        status: 400,
        headers: json,
        body: JSON.stringify({ detail: 'Syntax error', status: 400, title: 'Input is invalid' }),
      });
    case 'validation':
      return toProblem({ status: 422, headers: json, body: '{"errors":{"name":"Enter a company name"}}' });
    case 'unauthenticated':
      return toProblem({ status: 401 });
    case 'forbidden':
      return toProblem({ status: 403, headers: json, body: '{"code":403,"message":"Missing scope"}' });
    case 'not-found':
      return toProblem({
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({ status: 404, title: 'A Page was not found with an ID of 99' }),
      });
    case 'method-not-allowed':
      return toProblem({ status: 405, request });
    case 'not-acceptable':
      return toProblem({ status: 406, request });
    case 'unsupported-media-type':
      return toProblem({ status: 415, request, headers: { 'X-Request-Id': 'req-415' } });
    case 'not-implemented':
      return toProblem({ status: 501, request });
    case 'timeout':
      return toProblem({ status: 504, headers: json, body: '{"status":504,"title":"Gateway Timeout"}' });
    case 'conflict':
      return toProblem({
        status: 409,
        headers: json,
        body: JSON.stringify({ status: 409, title: 'Unable to add shopper profiles to segment due to conflicts.' }),
      });
    case 'too-large':
      return toProblem({ status: 413, headers: json, body: '{"status":413,"title":"The limit must not exceed 10"}' });
    case 'rate-limited':
      return toProblem({ status: 429, headers: { 'Retry-After': '28' } });
    case 'server':
      return toProblem({
        status: 500,
        headers: { ...json, 'X-Request-Id': 'req-500' },
        body: '{"title":"NullPointerException at com.example.Foo"}',
      });
    case 'unavailable':
      return toProblem({ status: 503, headers: { 'Retry-After': '1800' } });
    case 'insufficient-storage':
      return toProblem({
        status: 507,
        headers: json,
        body: JSON.stringify({ status: 507, title: 'The store has reached its limit of 500 products.' }),
      });
    case 'network':
      return asProblem(new TypeError('Failed to fetch'));
    case 'unknown':
      return asProblem('boom');
    default:
      return kind satisfies never;
  }
}

interface Expected {
  readonly title: string;
  readonly text: readonly string[];
  readonly buttons: readonly string[];
}

/** What a person reads and can do, per kind, with onRetry, onReload and onSignIn given. */
const english: Record<ProblemKind, Expected> = {
  'bad-request': {
    title: 'Your request could not be completed',
    text: ['Input is invalid', 'Syntax error', 'Check the information and try again.'],
    buttons: [],
  },
  validation: {
    title: 'Check the information you entered',
    text: ['Correct the highlighted information, then try again.'],
    buttons: [],
  },
  unauthenticated: {
    title: 'You need to sign in again',
    text: ['Your session has ended. Sign in again to continue.'],
    buttons: ['Sign in'],
  },
  forbidden: {
    title: 'You do not have permission to do this',
    text: ['Missing scope', 'If you think you should have access, ask the person who manages your account.'],
    buttons: [],
  },
  'not-found': {
    title: 'Page not found',
    text: ['A Page was not found with an ID of 99', 'It may have been moved or deleted.'],
    buttons: [],
  },
  'method-not-allowed': {
    title: 'There is a problem on our side',
    text: ['It is not something you can fix. Try again later.'],
    buttons: [],
  },
  'not-acceptable': {
    title: 'There is a problem on our side',
    text: ['It is not something you can fix. Try again later.'],
    buttons: [],
  },
  'unsupported-media-type': {
    title: 'There is a problem on our side',
    text: ['It is not something you can fix. Try again later.', 'Reference req-415'],
    buttons: ['Copy reference'],
  },
  'not-implemented': {
    title: 'There is a problem on our side',
    text: ['It is not something you can fix. Try again later.'],
    buttons: [],
  },
  timeout: {
    title: 'The service took too long to respond',
    text: ['Try again in a few moments.'],
    buttons: ['Try again'],
  },
  conflict: {
    title: 'Your change could not be saved',
    text: [
      'Unable to add shopper profiles to segment due to conflicts.',
      'Reload to see the latest version, then try again.',
    ],
    buttons: ['Reload'],
  },
  'too-large': {
    title: 'That is too much at once',
    text: ['Try again with fewer items or a smaller file.'],
    buttons: [],
  },
  'rate-limited': { title: '', text: ['Too many requests. Try again in 0:28.'], buttons: [] },
  server: {
    title: 'There is a problem with the service',
    text: ['Try again later.', 'Reference req-500'],
    buttons: ['Copy reference', 'Try again'],
  },
  unavailable: {
    title: 'The service is unavailable',
    text: ['You will be able to use the service again in 30 minutes.'],
    buttons: ['Try again'],
  },
  'insufficient-storage': {
    title: 'The limit for your plan has been reached',
    text: ['The store has reached its limit of 500 products.', 'ask the account owner about a bigger plan.'],
    buttons: [],
  },
  network: {
    title: 'The service could not be reached',
    text: ['Check your internet connection, then try again.'],
    buttons: ['Try again'],
  },
  unknown: { title: 'Something went wrong', text: ['Try again later.'], buttons: ['Try again'] },
};

const german: Record<ProblemKind, Expected> = {
  'bad-request': {
    title: 'Ihre Anfrage konnte nicht ausgeführt werden',
    text: ['Input is invalid', 'Prüfen Sie die Angaben und versuchen Sie es erneut.'],
    buttons: [],
  },
  validation: {
    title: 'Prüfen Sie Ihre Angaben',
    text: ['Korrigieren Sie die markierten Angaben und versuchen Sie es dann erneut.'],
    buttons: [],
  },
  unauthenticated: {
    title: 'Sie müssen sich erneut anmelden',
    text: ['Ihre Sitzung ist abgelaufen.'],
    buttons: ['Anmelden'],
  },
  forbidden: {
    title: 'Sie haben keine Berechtigung dafür',
    text: ['Missing scope', 'wenden Sie sich an die Person, die Ihr Konto verwaltet.'],
    buttons: [],
  },
  'not-found': { title: 'Seite nicht gefunden', text: ['verschoben oder gelöscht'], buttons: [] },
  'method-not-allowed': {
    title: 'Bei uns ist ein Problem aufgetreten',
    text: ['Sie können das nicht selbst beheben.'],
    buttons: [],
  },
  'not-acceptable': {
    title: 'Bei uns ist ein Problem aufgetreten',
    text: ['Sie können das nicht selbst beheben.'],
    buttons: [],
  },
  'unsupported-media-type': {
    title: 'Bei uns ist ein Problem aufgetreten',
    text: ['Sie können das nicht selbst beheben.', 'Referenz req-415'],
    buttons: ['Referenz kopieren'],
  },
  'not-implemented': {
    title: 'Bei uns ist ein Problem aufgetreten',
    text: ['Sie können das nicht selbst beheben.'],
    buttons: [],
  },
  timeout: {
    title: 'Der Dienst hat nicht rechtzeitig geantwortet',
    text: ['Versuchen Sie es in einigen Augenblicken erneut.'],
    buttons: ['Erneut versuchen'],
  },
  conflict: {
    title: 'Ihre Änderung konnte nicht gespeichert werden',
    text: ['Laden Sie die aktuelle Version'],
    buttons: ['Neu laden'],
  },
  'too-large': { title: 'Das ist zu viel auf einmal', text: ['weniger Einträgen'], buttons: [] },
  'rate-limited': { title: '', text: ['Zu viele Anfragen. Versuchen Sie es in 0:28 erneut.'], buttons: [] },
  server: {
    title: 'Beim Dienst ist ein Problem aufgetreten',
    text: ['Versuchen Sie es später noch einmal.', 'Referenz req-500'],
    buttons: ['Referenz kopieren', 'Erneut versuchen'],
  },
  unavailable: {
    title: 'Der Dienst ist nicht verfügbar',
    text: ['Sie können den Dienst in 30 Minuten wieder nutzen.'],
    buttons: ['Erneut versuchen'],
  },
  'insufficient-storage': {
    title: 'Das Limit Ihres Tarifs ist erreicht',
    text: ['The store has reached its limit of 500 products.', 'nach einem größeren Tarif'],
    buttons: [],
  },
  network: {
    title: 'Der Dienst ist nicht erreichbar',
    text: ['Prüfen Sie Ihre Internetverbindung'],
    buttons: ['Erneut versuchen'],
  },
  unknown: {
    title: 'Etwas ist schiefgelaufen',
    text: ['Versuchen Sie es später noch einmal.'],
    buttons: ['Erneut versuchen'],
  },
};

const noop = (): void => {};

function renderNotice(kind: ProblemKind, locale: string) {
  return render(
    <ProblemProvider clock={fakeClock()} locale={locale} catalogs={{ de: deMessages }} timeZone="UTC">
      <ProblemNotice problem={problemFor(kind)} onRetry={noop} onReload={noop} onSignIn={noop} />
    </ProblemProvider>,
  );
}

let warn: Mock<(...args: unknown[]) => void>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  // Developer kinds write a hint in development; tests that check it read this spy.
  warn = vi.fn();
  vi.spyOn(console, 'warn').mockImplementation(warn);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('ProblemNotice: each kind in English and German', () => {
  for (const [locale, table] of [
    ['en', english],
    ['de', german],
  ] as const) {
    for (const kind of problemKinds) {
      it(`${locale}: ${kind} shows its heading, text and actions`, () => {
        const { container } = renderNotice(kind, locale);
        const expected = table[kind];
        const root = container.firstElementChild as HTMLElement;
        expect(root).not.toBeNull();
        if (expected.title === '') {
          expect(within(root).queryByRole('heading')).toBeNull();
        } else {
          const heading = within(root).getByRole('heading', { level: 2 });
          expect(heading).toHaveTextContent(expected.title);
          expect(heading.textContent).toBe(expected.title);
          expect(screen.getByRole('region')).toHaveAccessibleName(expected.title);
        }
        for (const text of expected.text) expect(root).toHaveTextContent(text);
        const buttons = within(root)
          .queryAllByRole('button')
          .map((button) => button.textContent);
        expect(buttons).toEqual(expected.buttons);
      });
    }
  }

  it('never puts a status number, "oops" or "error" in a headline', () => {
    for (const kind of problemKinds) {
      const view = renderNotice(kind, 'en');
      for (const heading of screen.queryAllByRole('heading')) {
        expect(heading.textContent).not.toMatch(/\d{3}|oops|error|sorry/i);
      }
      view.unmount();
    }
  });

  it('marks the notice with its kind and the class it is given', () => {
    for (const kind of problemKinds) {
      const view = render(<ProblemNotice problem={problemFor(kind)} className="mine" />);
      const root = view.container.firstElementChild;
      expect(root).toHaveClass('mine');
      if (kind === 'rate-limited') expect(root).toHaveClass('problemkit-RateLimitNotice');
      else if (kind === 'unauthenticated' || kind === 'forbidden') {
        expect(root).toHaveClass('problemkit-PermissionNotice');
        expect(root).toHaveAttribute('data-kind', kind);
      } else {
        expect(root).toHaveClass('problemkit-ProblemNotice');
        expect(root).toHaveAttribute('data-kind', kind);
      }
      view.unmount();
    }
  });
});

describe('ProblemNotice: behaviour', () => {
  it('announces the heading and text as one alert, buttons and trace id outside it', () => {
    render(<ProblemNotice problem={problemFor('server')} onRetry={noop} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem with the serviceTry again later.');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(alert).not.toHaveTextContent('req-500');
  });

  it('can announce politely or not at all', () => {
    const view = render(<ProblemNotice problem={problemFor('timeout')} announce="polite" />);
    expect(screen.getByRole('status')).toHaveTextContent('The service took too long to respond');
    view.rerender(<ProblemNotice problem={problemFor('timeout')} announce="off" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('calls onRetry, onReload and onSignIn from their buttons', () => {
    const onRetry = vi.fn();
    const onReload = vi.fn();
    const onSignIn = vi.fn();
    const view = render(<ProblemNotice problem={problemFor('server')} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    view.rerender(<ProblemNotice problem={problemFor('conflict')} onReload={onReload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    view.rerender(<ProblemNotice problem={problemFor('unauthenticated')} onSignIn={onSignIn} returnTo="/cart" />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledWith('/cart');
  });

  it('offers no "Try again" without onRetry', () => {
    render(<ProblemNotice problem={problemFor('server')} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('shows the trace id only when the problem has one', () => {
    const view = render(<ProblemNotice problem={problemFor('server')} />);
    expect(document.querySelector('.problemkit-TraceId')).toHaveTextContent('Reference req-500');
    view.rerender(<ProblemNotice problem={toProblem({ status: 502 })} />);
    expect(screen.getByRole('heading')).toHaveTextContent('There is a problem with the service');
    expect(document.querySelector('.problemkit-TraceId')).toBeNull();
    expect(screen.queryByText(/Reference/)).toBeNull();
  });

  it('uses the heading level it is given', () => {
    render(<ProblemNotice problem={problemFor('not-found')} headingLevel={1} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it("uses the app's wording for a problem type", () => {
    const outOfCredit = toProblem({
      status: 403,
      headers: { 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
      }),
    });
    render(
      <ProblemProvider types={{ 'https://example.com/probs/out-of-credit': { title: 'Top up your account' } }}>
        <ProblemNotice problem={outOfCredit} />
      </ProblemProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Top up your account');
    expect(document.querySelector('.problemkit-PermissionNotice')).toHaveTextContent(
      'You do not have enough credit.Your current balance is 30, but that costs 50.',
    );
  });

  it('reads the nearest scope, then the provider’s signed-out and offline conditions; null shows nothing', () => {
    let reporter: ProblemReporter | undefined;
    function Reporter(): ReactNode {
      reporter = useProblemReporter();
      return null;
    }
    render(
      <ProblemProvider clock={fakeClock()}>
        <Reporter />
        <ProblemScope error={new ApiError(problemFor('conflict'))}>
          <ProblemNotice className="scoped" />
        </ProblemScope>
        <ProblemNotice className="global" />
        <ProblemNotice className="none" error={null} />
      </ProblemProvider>,
    );
    expect(document.querySelector('.scoped')).toHaveAttribute('data-kind', 'conflict');
    expect(document.querySelector('.global')).toBeNull();
    act(() => reporter?.report(new TypeError('Failed to fetch')));
    expect(document.querySelector('.global')).toHaveAttribute('data-kind', 'network');
    act(() => reporter?.report(toProblem({ status: 401 })));
    expect(document.querySelector('.global')).toHaveAttribute('data-kind', 'unauthenticated');
    expect(document.querySelector('.none')).toBeNull();
  });

  it('lets a render entry replace one kind, and children the others, with the default notice to hand', () => {
    const onRetry = vi.fn();
    const view = render(
      <ProblemNotice
        problem={problemFor('not-found')}
        onRetry={onRetry}
        render={{
          'not-found': ({ notice }) => (
            <div>
              {notice}
              <a href="/">Go to the home page</a>
            </div>
          ),
        }}
      >
        {({ kind, title, retry }) => (
          <button type="button" onClick={retry}>
            {kind}: {title}
          </button>
        )}
      </ProblemNotice>,
    );
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    view.rerender(
      <ProblemNotice problem={problemFor('timeout')} onRetry={onRetry} render={{ 'not-found': () => null }}>
        {({ kind, title, retry }) => (
          <button type="button" onClick={retry}>
            {kind}: {title}
          </button>
        )}
      </ProblemNotice>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'timeout: The service took too long to respond' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('counts down to the end of an outage from the problem it is given', () => {
    render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemNotice problem={toProblem({ status: 503, headers: { 'Retry-After': '120' } })} />
      </ProblemProvider>,
    );
    expect(screen.getByRole('region')).toHaveTextContent('You will be able to use the service again in 2:00.');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByRole('region')).toHaveTextContent('again in 1:59.');
  });
});

describe('ProblemNotice: network failures', () => {
  function renderNetwork(props: { onRetry?: () => void; retryOnReconnect?: boolean } = {}) {
    return render(
      <ProblemProvider clock={fakeClock()}>
        <ProblemNotice problem={problemFor('network')} {...props} />
      </ProblemProvider>,
    );
  }

  it('says when the browser is offline, and retries once when it is back online', () => {
    const onRetry = vi.fn();
    renderNetwork({ onRetry });
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(status).toHaveTextContent('You are offline. Some things will not work until you are back online.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'offline');
    expect(onRetry).not.toHaveBeenCalled();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(status).toHaveTextContent('You are back online.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'online');
    expect(onRetry).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('retries when any request succeeds after the failure was reported, without claiming the browser was offline', () => {
    let reporter: ProblemReporter | undefined;
    function Reporter(): ReactNode {
      reporter = useProblemReporter();
      return null;
    }
    const onRetry = vi.fn();
    const problem = problemFor('network');
    render(
      <ProblemProvider clock={fakeClock()}>
        <Reporter />
        <ProblemNotice problem={problem} onRetry={onRetry} />
      </ProblemProvider>,
    );
    act(() => reporter?.report(problem));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => reporter?.reportSuccess());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('does not retry by itself when told not to', () => {
    const onRetry = vi.fn();
    renderNetwork({ onRetry, retryOnReconnect: false });
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('You are back online.');
  });
});

describe('ProblemNotice: developer errors', () => {
  it('logs the seed troubleshooting hint once per problem in development', () => {
    const problem = problemFor('unsupported-media-type');
    const view = render(<ProblemNotice problem={problem} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe(
      'problemkit: 415 Unsupported Media Type from POST https://api.example.com/api/companies. Common causes: the Content-Type request header names an unsupported media type, or is missing altogether. Check the Content-Type request header; JSON bodies need Content-Type: application/json. Trace id: req-415.',
    );
    view.rerender(<ProblemNotice problem={problem} className="again" />);
    view.unmount();
    render(<ProblemNotice problem={problem} />);
    expect(warn).toHaveBeenCalledTimes(1);
    render(<ProblemNotice problem={problemFor('method-not-allowed')} />);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]?.[0])).toMatch(/^problemkit: 405 Method Not Allowed from POST /);
  });

  it('never shows the hint to the person', () => {
    render(<ProblemNotice problem={problemFor('not-acceptable')} />);
    expect(screen.getByRole('region')).not.toHaveTextContent(/Accept|problemkit|406/);
  });

  it('logs nothing in production, nor for kinds that are not developer errors', () => {
    render(<ProblemNotice problem={problemFor('server')} />);
    vi.stubEnv('NODE_ENV', 'production');
    render(<ProblemNotice problem={problemFor('not-implemented')} />);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('ProblemNotice: safety', () => {
  it('shows markup from a body as text and never renders a link from it', () => {
    const hostile = toProblem({
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'javascript:alert(1)',
        instance: 'javascript:alert(2)',
        title: '<script>alert(3)</script>',
        detail: '<img src=x onerror="alert(4)"><a href="javascript:alert(5)">reload</a>',
      }),
    });
    const { container } = render(<ProblemNotice problem={hostile} onReload={noop} />);
    expect(container.querySelector('script, img, a, [href]')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('<script>alert(3)</script>')).toBeInTheDocument();
    expect(
      screen.getByText('<img src=x onerror="alert(4)"><a href="javascript:alert(5)">reload</a>'),
    ).toBeInTheDocument();
  });

  it('never crashes on what it is given', () => {
    class ForeignError {
      readonly status = 'five hundred';
      get message(): string {
        throw new Error('getter');
      }
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const values: unknown[] = [
      'a string',
      42,
      0,
      Number.NaN,
      true,
      Symbol('x'),
      () => {},
      [],
      {},
      new ForeignError(),
      hostile,
      { kind: 'server', status: 500 },
      new Response(null, { status: 503 }),
    ];
    for (const value of values) {
      const view = render(<ProblemNotice error={value} />);
      expect(view.container.firstElementChild).not.toBeNull();
      view.unmount();
    }
    for (const value of [null, undefined, false]) {
      const view = render(<ProblemNotice error={value} />);
      expect(view.container).toBeEmptyDOMElement();
      view.unmount();
    }
  });
});

describe('ProblemNotice: server rendering and accessibility', () => {
  it('hydrates server HTML of every kind without a mismatch', () => {
    for (const kind of problemKinds) {
      const problem = problemFor(kind);
      const tree = (
        <ProblemProvider clock={fakeClock()} timeZone="UTC">
          <ProblemNotice problem={problem} onRetry={noop} onSignIn={noop} />
        </ProblemProvider>
      );
      const container = document.createElement('div');
      container.innerHTML = renderToString(tree);
      document.body.append(container);
      vi.setSystemTime(start + 2_000);
      const onRecoverableError = vi.fn();
      let root: Root | undefined;
      act(() => {
        root = hydrateRoot(container, tree, { onRecoverableError });
      });
      expect(onRecoverableError, kind).not.toHaveBeenCalled();
      act(() => root?.unmount());
      container.remove();
      vi.setSystemTime(start);
    }
  });

  it('has no axe violations for any kind', async () => {
    vi.useRealTimers();
    for (const kind of problemKinds) {
      const { container, unmount } = render(
        <main>
          <h1>Orders</h1>
          <ProblemNotice problem={problemFor(kind)} onRetry={noop} onReload={noop} onSignIn={noop} />
        </main>,
      );
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations, kind).toEqual([]);
      unmount();
    }
  });
});

describe('ProblemNotice: several notices on one page', () => {
  it('names each region by its label, so two failures of one kind are told apart', async () => {
    vi.useRealTimers(); // axe schedules its own timers
    const { container } = render(
      <>
        <ProblemNotice problem={problemFor('server')} label="Orders" announce="off" />
        <ProblemNotice problem={problemFor('server')} label="Invoices" announce="off" />
        <ProblemNotice problem={problemFor('forbidden')} label="Price lists" announce="off" />
      </>,
    );
    expect(screen.getByRole('region', { name: 'Orders' })).toHaveTextContent('There is a problem with the service');
    expect(screen.getByRole('region', { name: 'Invoices' })).toHaveTextContent('There is a problem with the service');
    expect(screen.getByRole('region', { name: 'Price lists' })).toHaveAttribute('data-kind', 'forbidden');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it('without labels, two notices of one kind share the heading as their name (the reason to pass one)', () => {
    render(
      <>
        <ProblemNotice problem={problemFor('server')} announce="off" />
        <ProblemNotice problem={problemFor('server')} announce="off" />
      </>,
    );
    expect(screen.getAllByRole('region', { name: 'There is a problem with the service' })).toHaveLength(2);
  });
});
