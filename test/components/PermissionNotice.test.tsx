import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PermissionNotice } from '../../src/components/PermissionNotice.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';

const json = { 'Content-Type': 'application/json' };
const signedOut = () => toProblem({ status: 401, headers: json, body: '{"status":401,"title":"Unauthorized"}' });
// BigCommerce answers 403 when a plan limit is reached (seed 001: "a store cannot exceed 16,000 categories");
// modeled on the v3 error shape of its sites.v3.yml 403.
const planLimit = () =>
  toProblem({
    status: 403,
    headers: json,
    body: JSON.stringify({
      status: 403,
      title: 'The store has reached the maximum of 16,000 categories.',
      type: '/api-docs/getting-started/api-status-codes',
    }),
  });

const notice = () => document.querySelector('.problemkit-PermissionNotice');

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('PermissionNotice', () => {
  it('tells a signed-out person their session ended and lets them sign in, coming back to this page', () => {
    window.history.replaceState(null, '', '/orders?page=2#latest');
    const onSignIn = vi.fn();
    render(<PermissionNotice problem={signedOut()} onSignIn={onSignIn} />);
    const region = screen.getByRole('region', { name: 'You need to sign in again' });
    expect(region).toHaveAttribute('data-kind', 'unauthenticated');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('You need to sign in again');
    expect(region).toHaveTextContent('Your session has ended. Sign in again to continue.');
    expect(region).not.toHaveTextContent('Unauthorized');
    fireEvent.click(within(region).getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledWith('/orders?page=2#latest');
  });

  it('passes the given returnTo to onSignIn instead of the current page', () => {
    const onSignIn = vi.fn();
    render(<PermissionNotice problem={signedOut()} onSignIn={onSignIn} returnTo="/checkout" />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledWith('/checkout');
  });

  it('offers no button without onSignIn', () => {
    render(<PermissionNotice problem={signedOut()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces the heading and text as one alert, without the buttons', () => {
    render(<PermissionNotice problem={signedOut()} onSignIn={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('You need to sign in againYour session has ended. Sign in again to continue.');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it("shows a 403's reason from the server as text, with who to ask (BigCommerce plan limits)", () => {
    render(<PermissionNotice error={new ApiError(planLimit())} />);
    const region = screen.getByRole('region', { name: 'You do not have permission to do this' });
    expect(region).toHaveAttribute('data-kind', 'forbidden');
    expect(region).toHaveTextContent('The store has reached the maximum of 16,000 categories.');
    expect(region).toHaveTextContent('If you think you should have access, ask the person who manages your account.');
    expect(within(region).queryByRole('link')).toBeNull();
  });

  it('names what the person may not do and whom to ask, when the app says', () => {
    render(<PermissionNotice problem={planLimit()} action="change prices" contact="your account administrator" />);
    expect(screen.getByRole('heading', { name: 'You do not have permission to change prices' })).toBeInTheDocument();
    expect(notice()).toHaveTextContent('Ask your account administrator if you need access.');
  });

  it('drops a reason phrase the server sent as its title', () => {
    render(<PermissionNotice problem={toProblem({ status: 403, headers: json, body: '{"title":"Forbidden"}' })} />);
    expect(notice()?.querySelector('.problemkit-PermissionNotice-detail')).toBeNull();
    expect(notice()).not.toHaveTextContent('Forbidden');
  });

  it('speaks German under a German provider', () => {
    const onSignIn = vi.fn();
    render(
      <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
        <PermissionNotice problem={signedOut()} onSignIn={onSignIn} />
        <PermissionNotice problem={planLimit()} action="Preise zu ändern" contact="Ihre Administratorin" />
      </ProblemProvider>,
    );
    const [first, second] = screen.getAllByRole('region');
    expect(first).toHaveAccessibleName('Sie müssen sich erneut anmelden');
    expect(first).toHaveTextContent('Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.');
    expect(within(first as HTMLElement).getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    expect(second).toHaveAccessibleName('Sie haben keine Berechtigung, Preise zu ändern');
    expect(second).toHaveTextContent('Wenden Sie sich an Ihre Administratorin, wenn Sie Zugriff benötigen.');
  });

  it('reads the nearest scope, then the provider’s signed-out condition', () => {
    let reporter: ProblemReporter | undefined;
    function Reporter(): ReactNode {
      reporter = useProblemReporter();
      return null;
    }
    render(
      <ProblemProvider>
        <Reporter />
        <ProblemScope error={new ApiError(planLimit())}>
          <PermissionNotice className="in-scope" />
        </ProblemScope>
        <PermissionNotice className="global" />
        <PermissionNotice className="none" problem={null} />
      </ProblemProvider>,
    );
    expect(document.querySelector('.in-scope')).toHaveAttribute('data-kind', 'forbidden');
    expect(document.querySelector('.global')).toBeNull();
    act(() => reporter?.report(signedOut()));
    expect(document.querySelector('.global')).toHaveAttribute('data-kind', 'unauthenticated');
    expect(document.querySelector('.none')).toBeNull();
    act(() => reporter?.signedIn());
    expect(document.querySelector('.global')).toBeNull();
  });

  it('renders nothing for other problems and never crashes on what it is given', () => {
    const { container } = render(
      <>
        <PermissionNotice problem={toProblem({ status: 404 })} />
        <PermissionNotice error="401" />
        <PermissionNotice error={401} />
        <PermissionNotice error={{ status: 401 }} />
        <PermissionNotice error={Object.create(null)} />
        <PermissionNotice />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows markup from the body as text and never turns a javascript: type into a link', () => {
    const hostile = toProblem({
      status: 403,
      headers: json,
      body: JSON.stringify({
        type: 'javascript:alert(1)',
        instance: 'javascript:alert(2)',
        title: '<img src=x onerror="alert(3)">',
        detail: '<script>alert(4)</script><a href="javascript:alert(5)">here</a>',
      }),
    });
    render(<PermissionNotice problem={hostile} />);
    expect(notice()?.querySelector('img, script, a')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(3)">')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(4)</script><a href="javascript:alert(5)">here</a>')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('hands its words and the sign-in action to the children function', () => {
    const onSignIn = vi.fn();
    render(
      <PermissionNotice problem={signedOut()} onSignIn={onSignIn} returnTo="/back">
        {({ kind, title, body, signIn }) => (
          <div>
            <p>
              {kind}: {title}. {body}
            </p>
            <button type="button" onClick={signIn}>
              Go
            </button>
          </div>
        )}
      </PermissionNotice>,
    );
    expect(
      screen.getByText(
        'unauthenticated: You need to sign in again. Your session has ended. Sign in again to continue.',
      ),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(onSignIn).toHaveBeenCalledWith('/back');
  });

  it('takes the heading level, the class and the announcement politeness it is given', () => {
    render(<PermissionNotice problem={signedOut()} headingLevel={1} className="mine" announce="polite" />);
    expect(screen.getByRole('heading', { level: 1, name: 'You need to sign in again' })).toBeInTheDocument();
    expect(notice()).toHaveClass('problemkit-PermissionNotice', 'mine');
    expect(screen.getByRole('status')).toHaveTextContent('You need to sign in again');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hydrates server HTML without a mismatch', () => {
    const tree = (
      <ProblemProvider>
        <PermissionNotice problem={planLimit()} />
        <PermissionNotice problem={signedOut()} onSignIn={() => {}} />
      </ProblemProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, tree, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container).toHaveTextContent('The store has reached the maximum of 16,000 categories.');
    act(() => root?.unmount());
    container.remove();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Orders</h1>
        <PermissionNotice problem={signedOut()} onSignIn={() => {}} />
        <PermissionNotice problem={planLimit()} action="change prices" />
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });
});
