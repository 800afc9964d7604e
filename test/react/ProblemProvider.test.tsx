import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { type ReactNode, StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { apiFetch } from '../../src/core/apiFetch.js';
import { problemEvents } from '../../src/core/problemEvents.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';
import { ProblemProvider, type ProblemProviderProps } from '../../src/react/ProblemProvider.js';
import { useConditions } from '../../src/react/useConditions.js';
import { useMaintenance } from '../../src/react/useMaintenance.js';
import { useMessages } from '../../src/react/useMessages.js';
import { type ProblemReporter, useProblemReporter } from '../../src/react/useProblemReporter.js';
import { useRateLimit } from '../../src/react/useRateLimit.js';
import { fakeClock } from './fakeClock.js';

const api = 'https://api.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
let client: QueryClient;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
});

afterEach(() => {
  client.clear();
  vi.useRealTimers();
});

/** Shows the global conditions as text, and hands the reporter to the test. */
let reporter: ProblemReporter | undefined;
function Conditions(): ReactNode {
  const conditions = useConditions();
  const { held } = useRateLimit();
  reporter = useProblemReporter();
  return (
    <ul>
      <li>unavailable: {conditions.unavailable ? 'yes' : 'no'}</li>
      <li>offline: {conditions.offline ? 'yes' : 'no'}</li>
      <li>signed out: {conditions.signedOut ? 'yes' : 'no'}</li>
      <li>held: {held ? 'yes' : 'no'}</li>
    </ul>
  );
}

function renderProvider(props: Omit<ProblemProviderProps, 'children'> = {}, children: ReactNode = <Conditions />) {
  return render(<ProblemProvider {...props}>{children}</ProblemProvider>);
}

const text = (label: string) => screen.getByText(new RegExp(`^${label}: `)).textContent;

/** Settles fetches answered by msw and the promise chains behind them, on fake time. */
async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function fetchQuery(name: string) {
  return client.fetchQuery({ queryKey: [name], queryFn: () => apiFetch(`${api}/${name}`) }).catch(() => undefined);
}

describe('ProblemProvider', () => {
  it('lets every hook work without a provider: English, no conditions, reports go nowhere', () => {
    function Plain(): ReactNode {
      const { t } = useMessages();
      const conditions = useConditions();
      const { report } = useProblemReporter();
      report(new TypeError('Failed to fetch'));
      return (
        <p>
          {t('action.tryAgain')} {conditions.offline ? 'offline' : 'online'}
        </p>
      );
    }
    render(<Plain />);
    expect(screen.getByText('Try again online')).toBeInTheDocument();
  });

  it('calls onUnauthenticated once for five queries failing with 401 at once, and again only after signedIn()', async () => {
    server.use(http.get(`${api}/:name`, () => HttpResponse.json({ title: 'Unauthorized' }, { status: 401 })));
    const onUnauthenticated = vi.fn();
    const onProblem = vi.fn();
    renderProvider({ queryClient: client, onUnauthenticated, onProblem });

    const names = ['orders', 'customers', 'products', 'carts', 'prices'];
    await act(async () => {
      await Promise.all(names.map(fetchQuery));
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated.mock.calls[0]?.[0]).toMatchObject({ status: 401, kind: 'unauthenticated' });
    expect(text('signed out')).toBe('signed out: yes');
    // apiFetch publishes each problem and the query fails with the same error: onProblem hears each request once.
    expect(onProblem).toHaveBeenCalledTimes(5);

    await act(async () => {
      await Promise.all(names.map(fetchQuery));
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);

    act(() => reporter?.signedIn());
    expect(text('signed out')).toBe('signed out: no');
    await act(async () => {
      await Promise.all(names.map(fetchQuery));
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(2);
  });

  it('sets unavailable on a 503 from any query, and clears it when the probe URL answers', async () => {
    server.use(
      http.get(`${api}/orders`, () =>
        HttpResponse.json({ title: 'Down for maintenance' }, { status: 503, headers: { 'Retry-After': '30' } }),
      ),
    );
    const probe = vi.fn(() => HttpResponse.json({ status: 'ok' }));
    server.use(http.get(`${api}/health`, probe));
    renderProvider({ queryClient: client, probe: `${api}/health` });

    await act(() => fetchQuery('orders'));
    expect(text('unavailable')).toBe('unavailable: yes');
    await settle(29_999);
    expect(probe).not.toHaveBeenCalled();
    expect(text('unavailable')).toBe('unavailable: yes');
    await settle(1);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(text('unavailable')).toBe('unavailable: no');
  });

  it('waits for a probe URL that still answers 503 as long as its Retry-After says, and counts any other answer as back', async () => {
    server.use(
      http.get(`${api}/orders`, () => HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '30' } })),
    );
    const answers = [
      () => HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '60' } }),
      () => HttpResponse.json({ title: 'Not Found' }, { status: 404 }),
    ];
    const probe = vi.fn(() => answers.shift()?.());
    server.use(http.get(`${api}/health`, probe));
    const onProblem = vi.fn();
    renderProvider({ queryClient: client, probe: `${api}/health`, onProblem });

    await act(() => fetchQuery('orders'));
    await settle(30_000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(text('unavailable')).toBe('unavailable: yes');
    await settle(59_999);
    expect(probe).toHaveBeenCalledTimes(1);
    await settle(1);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(text('unavailable')).toBe('unavailable: no');
    // The probe's own failures are the outage persisting, not new problems.
    expect(onProblem).toHaveBeenCalledTimes(1);
  });

  it('probes by refetching the failed query when no probe is given, backing off while it still fails', async () => {
    let answers = 0;
    server.use(
      http.get(`${api}/catalog`, () => {
        answers += 1;
        return answers <= 2
          ? HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '10' } })
          : HttpResponse.json({ products: [] });
      }),
    );
    renderProvider({ queryClient: client });
    await act(() => fetchQuery('catalog'));
    expect(text('unavailable')).toBe('unavailable: yes');

    await settle(10_000); // the refetch answers 503 again, with a new Retry-After
    expect(answers).toBe(2);
    expect(text('unavailable')).toBe('unavailable: yes');
    await settle(10_000); // the next refetch succeeds
    expect(answers).toBe(3);
    expect(text('unavailable')).toBe('unavailable: no');
    expect(client.getQueryData(['catalog'])).toEqual({ products: [] });
  });

  it('clears unavailable and offline when any query or mutation succeeds', async () => {
    server.use(
      http.get(`${api}/down`, () => HttpResponse.json({}, { status: 503 })),
      http.get(`${api}/up`, () => HttpResponse.json({ ok: true })),
    );
    renderProvider({ queryClient: client });
    await act(() => fetchQuery('down'));
    expect(text('unavailable')).toBe('unavailable: yes');
    await act(() => fetchQuery('up'));
    expect(text('unavailable')).toBe('unavailable: no');

    act(() => reporter?.report(new TypeError('Failed to fetch')));
    expect(text('offline')).toBe('offline: yes');
    await act(async () => {
      await client
        .getMutationCache()
        .build(client, { mutationFn: async () => 'saved' })
        .execute(undefined);
    });
    expect(text('offline')).toBe('offline: no');
  });

  it('feeds the store from plain apiFetch calls while mounted, and stops listening on unmount', async () => {
    server.use(
      http.post(`${api}/orders`, () =>
        HttpResponse.json({ title: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '30' } }),
      ),
    );
    const baseline = problemEvents.listenerCount();
    const onProblem = vi.fn();
    const view = renderProvider({ onProblem });
    expect(problemEvents.listenerCount()).toBe(baseline + 1);

    await act(() => apiFetch(`${api}/orders`, { method: 'POST', body: {} }).catch(() => undefined));
    expect(text('held')).toBe('held: yes');
    expect(onProblem).toHaveBeenCalledWith(
      expect.objectContaining({ status: 429, kind: 'rate-limited' }),
      expect.objectContaining({ source: 'apiFetch' }),
    );
    await settle(29_999);
    expect(text('held')).toBe('held: yes');
    await settle(1);
    expect(text('held')).toBe('held: no');

    view.unmount();
    expect(problemEvents.listenerCount()).toBe(baseline);
  });

  it('follows the browser going offline and online', () => {
    renderProvider();
    expect(text('offline')).toBe('offline: no');
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(text('offline')).toBe('offline: yes');
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(text('offline')).toBe('offline: no');
  });

  it('starts offline when the browser already is', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderProvider();
    expect(text('offline')).toBe('offline: yes');
  });

  it('reports through useProblemReporter once per problem, with the meta given', () => {
    const onProblem = vi.fn();
    renderProvider({ onProblem });
    const error = new TypeError('Failed to fetch');
    act(() => {
      reporter?.report(error, { source: 'websocket' });
      reporter?.report(error, { source: 'websocket' });
    });
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }), { source: 'websocket' });
  });

  it('uses the latest callbacks without rebuilding the store', async () => {
    server.use(http.get(`${api}/:name`, () => HttpResponse.json({}, { status: 401 })));
    const first = vi.fn();
    const second = vi.fn();
    const view = renderProvider({ onUnauthenticated: first });
    view.rerender(
      <ProblemProvider onUnauthenticated={second}>
        <Conditions />
      </ProblemProvider>,
    );
    await act(() => apiFetch(`${api}/me`).catch(() => undefined));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('translates for its locale, with message overrides', () => {
    function Heading(): ReactNode {
      return <h2>{useMessages().t('errorSummary.heading')}</h2>;
    }
    const view = render(
      <ProblemProvider locale="de" catalogs={{ de: deMessages }}>
        <Heading />
      </ProblemProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Es ist ein Problem aufgetreten');
    view.rerender(
      <ProblemProvider locale="en" messages={{ 'errorSummary.heading': 'Check your answers' }}>
        <Heading />
      </ProblemProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Check your answers');
  });

  it('keeps the maintenance banner dismissed until another 503 arrives', () => {
    function Banner(): ReactNode {
      const { show, dismiss } = useMaintenance();
      return show ? (
        <button type="button" onClick={dismiss}>
          Hide
        </button>
      ) : null;
    }
    const unavailable = (): ApiProblem =>
      ({
        status: 503,
        kind: 'unavailable',
        title: 'Service unavailable',
        titleSource: 'catalog',
        fieldErrors: new Map(),
        formErrors: [],
        receivedAt: Date.now(),
        dialect: 'empty',
        body: undefined,
      }) satisfies ApiProblem;
    renderProvider({}, [<Banner key="a" />, <Conditions key="b" />]);
    act(() => reporter?.report(unavailable()));
    act(() => screen.getByRole('button', { name: 'Hide' }).click());
    expect(screen.queryByRole('button', { name: 'Hide' })).toBeNull();
    expect(text('unavailable')).toBe('unavailable: yes');
    act(() => reporter?.report(unavailable()));
    expect(screen.getByRole('button', { name: 'Hide' })).toBeInTheDocument();
  });

  it('leaves no listener and no timer behind when unmounted with conditions pending', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    server.use(
      http.get(`${api}/busy`, () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '60' } })),
      http.get(`${api}/down`, () => HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '60' } })),
    );
    const view = renderProvider({ queryClient: client, probe: `${api}/health` });
    await act(async () => {
      await Promise.all([fetchQuery('busy'), fetchQuery('down')]);
    });
    expect(text('held')).toBe('held: yes');
    expect(text('unavailable')).toBe('unavailable: yes');
    expect(vi.getTimerCount()).toBeGreaterThan(0);

    view.unmount();
    client.clear(); // TanStack's own gc timers are not ours
    expect(vi.getTimerCount()).toBe(0);
    for (const type of ['online', 'offline']) {
      const added = add.mock.calls.filter(([name]) => name === type);
      const removed = remove.mock.calls.filter(([name]) => name === type);
      expect(added).toHaveLength(1);
      expect(removed).toHaveLength(1);
      expect(removed[0]?.[1]).toBe(added[0]?.[1]);
    }
  });

  it('mounts twice under StrictMode without doubling subscriptions or onUnauthenticated', async () => {
    server.use(http.get(`${api}/:name`, () => HttpResponse.json({}, { status: 401 })));
    const baseline = problemEvents.listenerCount();
    const onUnauthenticated = vi.fn();
    const onProblem = vi.fn();
    const view = render(
      <StrictMode>
        <ProblemProvider queryClient={client} onUnauthenticated={onUnauthenticated} onProblem={onProblem}>
          <Conditions />
        </ProblemProvider>
      </StrictMode>,
    );
    expect(problemEvents.listenerCount()).toBe(baseline + 1);
    await act(async () => {
      await Promise.all(['a', 'b', 'c'].map(fetchQuery));
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onProblem).toHaveBeenCalledTimes(3);
    expect(text('signed out')).toBe('signed out: yes');
    view.unmount();
    expect(problemEvents.listenerCount()).toBe(baseline);
  });

  it('uses the injected clock for every timer it schedules', async () => {
    const clock = fakeClock();
    server.use(http.get(`${api}/busy`, () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '5' } })));
    renderProvider({ clock });
    await act(() => apiFetch(`${api}/busy`).catch(() => undefined));
    expect(clock.scheduled).toHaveBeenCalled();
    expect(text('held')).toBe('held: yes');
    await settle(5_000);
    expect(text('held')).toBe('held: no');
  });

  it('runs a probe function on the server’s schedule, backing off while it rejects, until it resolves', async () => {
    const probe = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce('up');
    renderProvider({ queryClient: client, probe });
    const error = new ApiError(toProblem({ status: 503, headers: { 'Retry-After': '5' } }));
    await act(async () => {
      await client
        .getMutationCache()
        .build(client, { mutationFn: () => Promise.reject(error) })
        .execute(undefined)
        .catch(() => {});
    });
    expect(text('unavailable')).toBe('unavailable: yes');
    await settle(5_000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(text('unavailable')).toBe('unavailable: yes');
    await settle(9_999); // the failed probe's delay doubles: 5 s → 10 s
    expect(probe).toHaveBeenCalledTimes(1);
    await settle(1);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(text('unavailable')).toBe('unavailable: no');
  });

  it('tells onProblem which query failed when the error did not come through apiFetch', async () => {
    const onProblem = vi.fn();
    renderProvider({ queryClient: client, onProblem });
    await act(() =>
      client
        .fetchQuery({ queryKey: ['stock', 7], queryFn: () => Promise.reject(new TypeError('Failed to fetch')) })
        .catch(() => undefined),
    );
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem.mock.calls[0]?.[0]).toMatchObject({ kind: 'network' });
    expect(onProblem.mock.calls[0]?.[1]).toMatchObject({ source: 'query', key: ['stock', 7] });
    expect(text('offline')).toBe('offline: yes');
  });
});
