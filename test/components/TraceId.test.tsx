import { act, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TraceId } from '../../src/components/TraceId.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { fakeClock } from '../react/fakeClock.js';

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
const serverError = (traceId?: string) =>
  toProblem({ status: 500, headers: traceId === undefined ? {} : { 'X-Request-Id': traceId } });

type Writable = { clipboard?: unknown };
type WithExecCommand = { execCommand?: unknown };

function mockClipboard(writeText: (text: string) => Promise<void>): ReturnType<typeof vi.fn> {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

function mockExecCommand(result: boolean | Error): ReturnType<typeof vi.fn> {
  const spy = vi.fn(() => {
    if (result instanceof Error) throw result;
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: spy, configurable: true });
  return spy;
}

/** Clicks and lets the clipboard promise settle. */
async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  delete (navigator as Writable).clipboard;
  delete (document as WithExecCommand).execCommand;
  window.getSelection()?.removeAllRanges();
  vi.useRealTimers();
});

describe('TraceId', () => {
  it('shows the trace id with its label, what it is for and a copy button', () => {
    render(<TraceId problem={serverError('0HMVFE0A6N9VS:00000001')} />);
    const root = document.querySelector('.problemkit-TraceId');
    expect(root).toHaveTextContent(
      'If you contact support, give them this reference. Reference 0HMVFE0A6N9VS:00000001 Copy reference',
    );
    expect(root).toHaveAttribute('data-state', 'idle');
    expect(screen.getByText('0HMVFE0A6N9VS:00000001')).toHaveAttribute('translate', 'no');
    expect(screen.getByRole('button', { name: 'Copy reference' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('speaks German under a German provider', () => {
    render(
      <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
        <TraceId problem={serverError('req-42')} />
      </ProblemProvider>,
    );
    expect(document.querySelector('.problemkit-TraceId')).toHaveTextContent(
      'Geben Sie diese Referenz an, wenn Sie sich an den Support wenden. Referenz req-42 Referenz kopieren',
    );
  });

  it('renders nothing when there is no trace id', () => {
    const { container } = render(
      <>
        <TraceId problem={serverError()} />
        <TraceId problem={null} />
        <TraceId traceId="   " />
        <TraceId />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('takes the id from traceId, then problem or error, then the nearest scope', () => {
    render(
      <ProblemScope error={new ApiError(serverError('from-scope'))}>
        <TraceId />
        <TraceId error={new ApiError(serverError('from-error'))} />
        <TraceId traceId="explicit" problem={serverError('ignored')} />
      </ProblemScope>,
    );
    const values = [...document.querySelectorAll('.problemkit-TraceId-value')].map((node) => node.textContent);
    expect(values).toEqual(['from-scope', 'from-error', 'explicit']);
  });

  it('leaves out the hint when asked, and adds the caller class after its own', () => {
    render(<TraceId traceId="abc" hint={false} className="support-ref" />);
    const root = document.querySelector('.problemkit-TraceId');
    expect(root).toHaveClass('problemkit-TraceId', 'support-ref');
    expect(root).toHaveTextContent(/^Reference abc Copy reference$/);
  });

  it('copies with the Clipboard API, announces "Copied", and rests again after a while', async () => {
    const writeText = mockClipboard(() => Promise.resolve());
    const clock = fakeClock();
    render(
      <ProblemProvider clock={clock}>
        <TraceId traceId="req-42" />
      </ProblemProvider>,
    );
    await click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(writeText).toHaveBeenCalledWith('req-42');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(document.querySelector('.problemkit-TraceId')).toHaveAttribute('data-state', 'copied');

    act(() => {
      vi.advanceTimersByTime(4_999);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(document.querySelector('.problemkit-TraceId')).toHaveAttribute('data-state', 'idle');
    // The clock was used, not the global timers.
    expect(clock.scheduled).toHaveBeenCalledWith(5_000);
  });

  it('falls back to execCommand when the Clipboard API is missing or refused', async () => {
    const execCommand = mockExecCommand(true);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { unmount } = render(<TraceId traceId="req-7" />);
    await click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    // The temporary textarea is gone and focus is back where it was.
    expect(document.querySelector('textarea')).toBeNull();
    expect(outside).toHaveFocus();
    unmount();

    const refused = mockClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    render(<TraceId traceId="req-8" />);
    await click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(refused).toHaveBeenCalledWith('req-8');
    expect(execCommand).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    outside.remove();
  });

  it('selects the id and says so when nothing can copy it', async () => {
    mockExecCommand(new Error('not supported'));
    render(<TraceId traceId="req-9" />);
    await click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'The reference could not be copied. It is selected: copy it yourself.',
    );
    expect(document.querySelector('.problemkit-TraceId')).toHaveAttribute('data-state', 'failed');
    expect(window.getSelection()?.toString()).toBe('req-9');
  });

  it('shows markup in a trace id as text', () => {
    render(<TraceId traceId={'<img src=x onerror="alert(1)"><script>alert(2)</script>'} />);
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"><script>alert(2)</script>')).toBeInTheDocument();
  });

  it('never crashes on what it is given', () => {
    class ForeignError extends Error {
      override get message(): string {
        throw new Error('hostile getter');
      }
    }
    const { container } = render(
      <>
        <TraceId error="boom" />
        <TraceId error={42} />
        <TraceId error={new ForeignError()} />
        <TraceId problem={{ traceId: 7 }} />
        <TraceId error={Symbol('s')} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('renders the children function inside its element', async () => {
    const writeText = mockClipboard(() => Promise.resolve());
    render(
      <TraceId traceId="req-1">
        {({ traceId, state, copy }) => (
          <button type="button" onClick={copy}>
            {traceId} ({state})
          </button>
        )}
      </TraceId>,
    );
    await click(screen.getByRole('button', { name: 'req-1 (idle)' }));
    expect(writeText).toHaveBeenCalledWith('req-1');
    expect(screen.getByRole('button', { name: 'req-1 (copied)' })).toBeInTheDocument();
  });

  it('starts over for a new trace id', async () => {
    mockClipboard(() => Promise.resolve());
    const view = render(<TraceId traceId="first" />);
    await click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    view.rerender(<TraceId traceId="second" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('hydrates server HTML without a mismatch', () => {
    const tree = (
      <ProblemProvider clock={fakeClock()}>
        <TraceId problem={serverError('req-42')} />
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
    expect(container).toHaveTextContent('Reference req-42');
    act(() => root?.unmount());
    container.remove();
  });
});

describe('TraceId accessibility', () => {
  it('has no axe violations, idle and after copying', async () => {
    vi.useRealTimers();
    mockClipboard(() => Promise.resolve());
    const { container } = render(
      <main>
        <TraceId traceId="req-42" />
      </main>,
    );
    const rules = { 'color-contrast': { enabled: false } };
    expect((await axe.run(container, { rules })).violations).toEqual([]);
    await click(screen.getByRole('button', { name: 'Copy reference' }));
    expect((await axe.run(container, { rules })).violations).toEqual([]);
  });
});
