import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { ApiErrorBoundary } from '../../src/components/ApiErrorBoundary.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemBoundary } from '../../src/react/ProblemBoundary.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { useProblemBoundary } from '../../src/react/useProblemBoundary.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { fakeClock } from '../react/fakeClock.js';

// React reports every error a boundary catches with console.error; these tests expect that.
let logged: Mock<(...args: unknown[]) => void>;
beforeEach(() => {
  logged = vi.fn();
  vi.spyOn(console, 'error').mockImplementation(logged);
});

const serverError = () => new ApiError(toProblem({ status: 500, headers: { 'X-Request-Id': 'req-42' } }));
const validationError = () =>
  new ApiError(
    toProblem({
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: '{"errors":{"name":"Enter a name"}}',
    }),
  );

/** Throws while `state.error` is set, else shows the orders. */
function Orders({ state }: { state: { error: unknown } }): ReactNode {
  if (state.error !== undefined) throw state.error;
  return <p>3 orders</p>;
}

describe('ApiErrorBoundary', () => {
  it('catches an ApiError thrown by a child and shows the notice for its kind', () => {
    render(
      <ApiErrorBoundary>
        <Orders state={{ error: serverError() }} />
      </ApiErrorBoundary>,
    );
    const region = screen.getByRole('region', { name: 'There is a problem with the service' });
    expect(region).toHaveClass('problemkit-ProblemNotice', 'problemkit-ApiErrorBoundary');
    expect(region).toHaveAttribute('data-kind', 'server');
    expect(region).toHaveTextContent('Try again later.');
    expect(region).toHaveTextContent('Reference req-42');
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem with the service');
  });

  it('resets when "Try again" is pressed, and renders the children again', () => {
    const state: { error: unknown } = { error: serverError() };
    const onRetry = vi.fn();
    const onReset = vi.fn();
    render(
      <ApiErrorBoundary onRetry={onRetry} onReset={onReset}>
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    state.error = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('3 orders')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ kind: 'server', traceId: 'req-42' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative', args: [] });
  });

  it('moves focus to the notice when a retry fails again and the focused button went with it', () => {
    const state: { error: unknown } = { error: serverError() };
    render(
      <ApiErrorBoundary>
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    const retry = screen.getByRole('button', { name: 'Try again' });
    retry.focus();
    fireEvent.click(retry);
    const region = screen.getByRole('region', { name: 'There is a problem with the service' });
    expect(retry.isConnected).toBe(false);
    expect(region).toHaveFocus();
  });

  it('leaves focus alone when it is still somewhere on the page', () => {
    const state: { error: unknown } = { error: undefined };
    const tree = () => (
      <>
        <input aria-label="Search" />
        <ApiErrorBoundary>
          <Orders state={state} />
        </ApiErrorBoundary>
      </>
    );
    const view = render(tree());
    const search = screen.getByRole('textbox', { name: 'Search' });
    search.focus();
    state.error = serverError();
    view.rerender(tree());
    expect(screen.getByRole('region', { name: 'There is a problem with the service' })).toBeInTheDocument();
    expect(search).toHaveFocus();
  });

  it('lets validation problems through to the parent boundary, for the form to show', () => {
    const onError = vi.fn();
    render(
      <ProblemBoundary shouldCatch={() => true} fallbackRender={({ problem }) => <p>outer: {problem.kind}</p>}>
        <ApiErrorBoundary onError={onError}>
          <Orders state={{ error: validationError() }} />
        </ApiErrorBoundary>
      </ProblemBoundary>,
    );
    expect(screen.getByText('outer: validation')).toBeInTheDocument();
    expect(document.querySelector('.problemkit-ApiErrorBoundary')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('catches what shouldCatch accepts, and calls onError for it', () => {
    const onError = vi.fn();
    render(
      <ProblemBoundary shouldCatch={() => true} fallbackRender={({ problem }) => <p>outer: {problem.kind}</p>}>
        <ApiErrorBoundary shouldCatch={(problem) => problem.kind === 'not-found'} onError={onError}>
          <Orders state={{ error: new ApiError(toProblem({ status: 404 })) }} />
        </ApiErrorBoundary>
      </ProblemBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('shows a generic notice for a plain bug, never its message', () => {
    render(
      <ApiErrorBoundary>
        <Orders state={{ error: new TypeError("Cannot read properties of undefined (reading 'map')") }} />
      </ApiErrorBoundary>,
    );
    const region = screen.getByRole('region', { name: 'Something went wrong' });
    expect(region).not.toHaveTextContent('Cannot read');
  });

  it('survives anything thrown', () => {
    for (const thrown of ['a string', 42, null, undefined, Symbol('s'), { status: 'x' }]) {
      const view = render(
        <ApiErrorBoundary>
          <Orders state={{ error: thrown === undefined ? { toString: () => 'undefined-like' } : thrown }} />
        </ApiErrorBoundary>,
      );
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'unknown');
      view.unmount();
    }
  });

  it('resets when a reset key changes', () => {
    const state: { error: unknown } = { error: serverError() };
    const view = render(
      <ApiErrorBoundary resetKeys={['/orders']}>
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('region')).toBeInTheDocument();
    state.error = undefined;
    view.rerender(
      <ApiErrorBoundary resetKeys={['/customers']}>
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('3 orders')).toBeInTheDocument();
  });

  describe('when the outage behind its problem ends', () => {
    let reporter: ProblemReporter;
    function Reporter(): ReactNode {
      reporter = useProblemReporter();
      return null;
    }
    const unavailableError = () => new ApiError(toProblem({ status: 503, headers: { 'Retry-After': '30' } }));
    const networkError = () => new ApiError(toProblem({ status: 0 }));

    function renderUnder(state: { error: unknown }, props: { resetOnRecovery?: boolean; onReset?: () => void } = {}) {
      return render(
        <ProblemProvider clock={fakeClock()}>
          <Reporter />
          <ApiErrorBoundary {...props}>
            <Orders state={state} />
          </ApiErrorBoundary>
        </ProblemProvider>,
      );
    }

    it("resets by itself when the service is back (the server's time passed), as the banner clears", () => {
      vi.useFakeTimers();
      const state: { error: unknown } = { error: unavailableError() };
      const onReset = vi.fn();
      renderUnder(state, { onReset });
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'unavailable');
      act(() => reporter.report(state.error));
      state.error = undefined;
      act(() => vi.advanceTimersByTime(29_000));
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'unavailable');
      act(() => vi.advanceTimersByTime(1_000));
      expect(screen.getByText('3 orders')).toBeInTheDocument();
      expect(screen.queryByRole('region')).toBeNull();
      expect(onReset).toHaveBeenCalledExactlyOnceWith({ reason: 'imperative', args: ['recovered'] });
      vi.useRealTimers();
    });

    it('resets when any request succeeds, and when the browser comes back online after a network failure', () => {
      const state: { error: unknown } = { error: unavailableError() };
      renderUnder(state);
      act(() => reporter.report(state.error));
      state.error = networkError();
      act(() => reporter.reportSuccess());
      // The children threw again, now a network failure: the boundary shows that, and waits for the network.
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'network');
      act(() => reporter.report(state.error));
      state.error = undefined;
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      expect(screen.getByText('3 orders')).toBeInTheDocument();
    });

    it('keeps its notice when the provider never saw the outage, or when resetOnRecovery is false', () => {
      const state: { error: unknown } = { error: unavailableError() };
      const view = renderUnder(state);
      act(() => reporter.reportSuccess());
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'unavailable');
      view.unmount();

      renderUnder(state, { resetOnRecovery: false });
      act(() => reporter.report(state.error));
      act(() => reporter.reportSuccess());
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'unavailable');
    });

    it('leaves other kinds to "Try again"', () => {
      const state: { error: unknown } = { error: serverError() };
      renderUnder(state);
      act(() => reporter.report(state.error));
      act(() => reporter.reportSuccess());
      expect(screen.getByRole('region')).toHaveAttribute('data-kind', 'server');
    });
  });

  it('reloads a conflict by resetting, unless onReload says otherwise', () => {
    const state: { error: unknown } = { error: new ApiError(toProblem({ status: 409 })) };
    const view = render(
      <ApiErrorBoundary>
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    state.error = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(screen.getByText('3 orders')).toBeInTheDocument();
    view.unmount();

    const onReload = vi.fn();
    render(
      <ApiErrorBoundary onReload={onReload}>
        <Orders state={{ error: new ApiError(toProblem({ status: 409 })) }} />
      </ApiErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledWith(expect.objectContaining({ kind: 'conflict' }));
    expect(screen.getByRole('region')).toBeInTheDocument();
  });

  it('takes per-kind overrides and a fallbackRender whose retry resets the boundary', () => {
    const state: { error: unknown } = { error: new ApiError(toProblem({ status: 404 })) };
    const view = render(
      <ApiErrorBoundary render={{ 'not-found': () => <p>No such order</p> }}>
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('No such order')).toBeInTheDocument();
    view.unmount();

    state.error = serverError();
    render(
      <ApiErrorBoundary
        fallbackRender={({ title, retry }) => (
          <button type="button" onClick={retry}>
            {title}: retry
          </button>
        )}
      >
        <Orders state={state} />
      </ApiErrorBoundary>,
    );
    state.error = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'There is a problem with the service: retry' }));
    expect(screen.getByText('3 orders')).toBeInTheDocument();
  });

  it('passes wording options to the notice: heading level, sign in, German', () => {
    const onSignIn = vi.fn();
    render(
      <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
        <ApiErrorBoundary headingLevel={1} onSignIn={onSignIn} returnTo="/orders">
          <Orders state={{ error: new ApiError(toProblem({ status: 401 })) }} />
        </ApiErrorBoundary>
      </ProblemProvider>,
    );
    const region = screen.getByRole('region', { name: 'Sie müssen sich erneut anmelden' });
    expect(within(region).getByRole('heading', { level: 1 })).toBeInTheDocument();
    fireEvent.click(within(region).getByRole('button', { name: 'Anmelden' }));
    expect(onSignIn).toHaveBeenCalledWith('/orders');
  });

  it('shows errors sent from event handlers with useProblemBoundary', () => {
    function Delete(): ReactNode {
      const { showBoundary } = useProblemBoundary();
      return (
        <button type="button" onClick={() => showBoundary(new ApiError(toProblem({ status: 403 })))}>
          Delete
        </button>
      );
    }
    render(
      <ApiErrorBoundary>
        <Delete />
      </ApiErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('region', { name: 'You do not have permission to do this' })).toBeInTheDocument();
  });

  it('renders its children on the server and hydrates without a mismatch', () => {
    const tree = (
      <ApiErrorBoundary>
        <Orders state={{ error: undefined }} />
      </ApiErrorBoundary>
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
    expect(container).toHaveTextContent('3 orders');
    act(() => root?.unmount());
    container.remove();
    expect(logged).not.toHaveBeenCalled();
  });

  it('has no axe violations while showing a notice', async () => {
    const { container } = render(
      <main>
        <h1>Orders</h1>
        <ApiErrorBoundary>
          <Orders state={{ error: serverError() }} />
        </ApiErrorBoundary>
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });
});
