import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemBoundary, type ProblemFallbackProps } from '../../src/react/ProblemBoundary.js';
import { useProblemBoundary } from '../../src/react/useProblemBoundary.js';
import { validationProblem } from './validationProblem.js';

// React reports every error a boundary catches with console.error (React 19's default onCaughtError); these tests
// expect that, so they silence it and check what was caught through the boundary's own callbacks.
let logged: ReturnType<typeof vi.fn<(...args: unknown[]) => void>>;
beforeEach(() => {
  logged = vi.fn<(...args: unknown[]) => void>();
  vi.spyOn(console, 'error').mockImplementation(logged);
});

const serverError = () => new ApiError(toProblem({ status: 500, headers: { 'X-Request-Id': 'req-42' } }));

function Thrower({ error }: { error: unknown }): ReactNode {
  throw error;
}

function Fallback({ problem, reset }: ProblemFallbackProps): ReactNode {
  return (
    <div role="alert">
      <p>
        {problem.kind}: {problem.title}
      </p>
      <button type="button" onClick={() => reset('button')}>
        Try again
      </button>
    </div>
  );
}

/**
 * How often React renders a component that throws on every render before its boundary shows the fallback (its
 * synchronous retry of a failed render makes it more than once). A looping boundary would exceed this count.
 */
function rendersOfAThrowingComponent(): number {
  let renders = 0;
  function Throws(): ReactNode {
    renders += 1;
    throw new Error('plain');
  }
  const view = render(
    <ProblemBoundary fallback={<p>plain caught</p>}>
      <Throws />
    </ProblemBoundary>,
  );
  expect(screen.getByText('plain caught')).toBeInTheDocument();
  view.unmount();
  return renders;
}

describe('ProblemBoundary', () => {
  it('catches what its children throw and gives the fallback the problem and the error as thrown', () => {
    const error = serverError();
    const fallbackRender = vi.fn((props: ProblemFallbackProps) => <Fallback {...props} />);
    render(
      <ProblemBoundary fallbackRender={fallbackRender}>
        <Thrower error={error} />
      </ProblemBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(`server: ${error.problem.title}`);
    const props = fallbackRender.mock.calls[0]?.[0];
    expect(props?.error).toBe(error);
    expect(props?.problem).toBe(error.problem);
    expect(props?.problem.traceId).toBe('req-42');
  });

  it('renders a fallback element, or a FallbackComponent with the same props', () => {
    const first = render(
      <ProblemBoundary fallback={<p>Could not load</p>}>
        <Thrower error="boom" />
      </ProblemBoundary>,
    );
    expect(screen.getByText('Could not load')).toBeInTheDocument();
    first.unmount();
    render(
      <ProblemBoundary FallbackComponent={Fallback}>
        <Thrower error={new TypeError('Failed to fetch')} />
      </ProblemBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('network:');
  });

  it('lets validation problems through to the parent boundary by default, untouched', () => {
    // The parent must opt in: by default every ProblemBoundary leaves validation problems to the form.
    const error = new ApiError(validationProblem({ email: ['Enter an email address'] }));
    const innerError = vi.fn();
    const outer = vi.fn((props: ProblemFallbackProps) => <p>outer caught {props.problem.kind}</p>);
    render(
      <ProblemBoundary fallbackRender={outer} shouldCatch={() => true}>
        <ProblemBoundary fallback={<p>inner caught</p>} onError={innerError}>
          <Thrower error={error} />
        </ProblemBoundary>
      </ProblemBoundary>,
    );
    expect(screen.getByText('outer caught validation')).toBeInTheDocument();
    expect(screen.queryByText('inner caught')).toBeNull();
    expect(innerError).not.toHaveBeenCalled();
    expect(outer.mock.calls[0]?.[0].error).toBe(error);
  });

  it('asks shouldCatch with the problem and the error', () => {
    const shouldCatch = vi.fn((problem: { kind: string }) => problem.kind === 'not-found');
    const error = new ApiError(toProblem({ status: 503 }));
    render(
      <ProblemBoundary fallback={<p>outer</p>}>
        <ProblemBoundary fallback={<p>inner</p>} shouldCatch={shouldCatch}>
          <Thrower error={error} />
        </ProblemBoundary>
      </ProblemBoundary>,
    );
    expect(screen.getByText('outer')).toBeInTheDocument();
    expect(shouldCatch).toHaveBeenCalledWith(error.problem, error);
  });

  it('calls onError once per caught error with the component stack', () => {
    const onError = vi.fn();
    const error = serverError();
    render(
      <ProblemBoundary fallback={<p>failed</p>} onError={onError}>
        <Thrower error={error} />
      </ProblemBoundary>,
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(error);
    expect(onError.mock.calls[0]?.[1].componentStack).toContain('Thrower');
    expect(logged).toHaveBeenCalled();
  });

  it('resets when a reset key changes, also after an error thrown on mount, and says why', () => {
    const onReset = vi.fn();
    let fail = true;
    function MaybeThrow(): ReactNode {
      if (fail) throw serverError();
      return <p>loaded</p>;
    }
    const view = render(
      <ProblemBoundary FallbackComponent={Fallback} resetKeys={['order-1']} onReset={onReset}>
        <MaybeThrow />
      </ProblemBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    fail = false;
    view.rerender(
      <ProblemBoundary FallbackComponent={Fallback} resetKeys={['order-1']} onReset={onReset}>
        <MaybeThrow />
      </ProblemBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onReset).not.toHaveBeenCalled();
    view.rerender(
      <ProblemBoundary FallbackComponent={Fallback} resetKeys={['order-2']} onReset={onReset}>
        <MaybeThrow />
      </ProblemBoundary>,
    );
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledWith({ reason: 'keys', prev: ['order-1'], next: ['order-2'] });
  });

  it('does not reset when the keys change in the same update that threw', () => {
    const onReset = vi.fn();
    function Page({ id }: { id: string }): ReactNode {
      if (id === 'bad') throw serverError();
      return <p>page {id}</p>;
    }
    const view = render(
      <ProblemBoundary FallbackComponent={Fallback} resetKeys={['good']} onReset={onReset}>
        <Page id="good" />
      </ProblemBoundary>,
    );
    view.rerender(
      <ProblemBoundary FallbackComponent={Fallback} resetKeys={['bad']} onReset={onReset}>
        <Page id="bad" />
      </ProblemBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('resets from the fallback with reason imperative and the arguments given', () => {
    const onReset = vi.fn();
    let fail = true;
    function MaybeThrow(): ReactNode {
      if (fail) throw serverError();
      return <p>loaded</p>;
    }
    render(
      <ProblemBoundary FallbackComponent={Fallback} onReset={onReset}>
        <MaybeThrow />
      </ProblemBoundary>,
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative', args: ['button'] });
    expect(screen.getByText('loaded')).toBeInTheDocument();
  });

  it('sends a fallback that throws to the parent boundary instead of looping', () => {
    const baselineRenders = rendersOfAThrowingComponent();

    for (const variant of ['render', 'component'] as const) {
      let fallbackRenders = 0;
      function Broken(): ReactNode {
        fallbackRenders += 1;
        throw new Error('the fallback broke');
      }
      const inner =
        variant === 'render' ? (
          <ProblemBoundary fallbackRender={() => <Broken />}>
            <Thrower error={serverError()} />
          </ProblemBoundary>
        ) : (
          <ProblemBoundary FallbackComponent={Broken}>
            <Thrower error={serverError()} />
          </ProblemBoundary>
        );
      const view = render(
        <ProblemBoundary fallbackRender={({ error }) => <p>parent caught {(error as Error).message}</p>}>
          {inner}
        </ProblemBoundary>,
      );
      expect(screen.getByText('parent caught the fallback broke')).toBeInTheDocument();
      expect(fallbackRenders).toBeGreaterThan(0);
      expect(fallbackRenders).toBeLessThanOrEqual(baselineRenders);
      view.unmount();
    }
  });

  it('sends a fallbackRender function that throws straight to the parent boundary', () => {
    const fallbackRender = vi.fn((): ReactNode => {
      throw new Error('the fallback broke');
    });
    render(
      <ProblemBoundary fallbackRender={({ error }) => <p>parent caught {(error as Error).message}</p>}>
        <ProblemBoundary fallbackRender={fallbackRender}>
          <Thrower error={serverError()} />
        </ProblemBoundary>
      </ProblemBoundary>,
    );
    expect(screen.getByText('parent caught the fallback broke')).toBeInTheDocument();
    expect(fallbackRender.mock.calls.length).toBeLessThanOrEqual(rendersOfAThrowingComponent());
  });

  it('shows the boundary from an event handler with useProblemBoundary().showBoundary', async () => {
    function Delete(): ReactNode {
      const { showBoundary } = useProblemBoundary();
      return (
        <button type="button" onClick={() => Promise.reject(serverError()).catch(showBoundary)}>
          Delete
        </button>
      );
    }
    render(
      <ProblemBoundary FallbackComponent={Fallback}>
        <Delete />
      </ProblemBoundary>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('server:');
  });

  it('resets from deep inside the fallback with useProblemBoundary().resetBoundary', () => {
    const onReset = vi.fn();
    function DeepRetry(): ReactNode {
      const { resetBoundary, didCatch, problem } = useProblemBoundary();
      return (
        <button type="button" onClick={() => resetBoundary()}>
          {didCatch ? `Retry after ${problem?.kind}` : 'idle'}
        </button>
      );
    }
    let fail = true;
    function MaybeThrow(): ReactNode {
      const [label] = useState('content');
      if (fail) throw serverError();
      return <p>{label}</p>;
    }
    render(
      <ProblemBoundary
        onReset={onReset}
        fallback={
          <section>
            <DeepRetry />
          </section>
        }
      >
        <MaybeThrow />
      </ProblemBoundary>,
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry after server' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative', args: [] });
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('catches and resets under StrictMode', () => {
    let fail = true;
    function MaybeThrow(): ReactNode {
      if (fail) throw serverError();
      return <p>loaded</p>;
    }
    render(
      <StrictMode>
        <ProblemBoundary FallbackComponent={Fallback}>
          <MaybeThrow />
        </ProblemBoundary>
      </StrictMode>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('loaded')).toBeInTheDocument();
  });
});
