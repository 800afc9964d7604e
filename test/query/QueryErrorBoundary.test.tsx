import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { type ReactNode, StrictMode, Suspense, useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldError } from '../../src/components/FieldError.js';
import { MaintenanceBanner } from '../../src/components/MaintenanceBanner.js';
import { isApiError } from '../../src/core/ApiError.js';
import { apiFetch } from '../../src/core/apiFetch.js';
import { failTimes } from '../../src/msw/failTimes.js';
import { problemHandler } from '../../src/msw/problemHandler.js';
import { problemResponse } from '../../src/msw/problemResponse.js';
import { unavailableUntil } from '../../src/msw/unavailableUntil.js';
import { QueryErrorBoundary, type QueryErrorBoundaryProps } from '../../src/query/QueryErrorBoundary.js';
import { queryDefaults } from '../../src/query/queryDefaults.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { requestLog, timesOf } from './requestLog.js';

const api = 'https://api.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
const traceId = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00';
let client: QueryClient;
let log: ReturnType<typeof requestLog>;
/** What React reported through console.error: a boundary's caught errors. */
let logged: unknown[][];

/**
 * Whether console.error's arguments report an error a boundary caught: React 19's default onCaughtError passes the
 * error itself; React 18 logs "The above error occurred in the <Orders> component … using the error boundary you
 * provided, QueryErrorBoundary." as one string (its jsdom report of the throw carries the error too).
 */
function isCaughtReport(args: readonly unknown[]): boolean {
  const [first] = args;
  return (
    args.some((arg) => isApiError(arg)) || (typeof first === 'string' && first.includes('error boundary you provided'))
  );
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false, now: start });
  vi.spyOn(Math, 'random').mockReturnValue(0.5); // backoff delays 750, 1500, 3000 ms
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
  client = new QueryClient({ defaultOptions: queryDefaults });
  log = requestLog(server);
});

afterEach(() => {
  // Only errors a boundary caught may have been logged: no act() warnings, no uncaught errors.
  for (const args of logged) expect(isCaughtReport(args)).toBe(true);
  log.stop();
  client.clear();
  vi.useRealTimers();
});

interface Order {
  readonly id: number;
  readonly reference: string;
}

const orders: Order[] = [
  { id: 1, reference: 'PO-1001' },
  { id: 2, reference: 'PO-1002' },
];

function OrderList({ orders: list }: { orders: readonly Order[] }): ReactNode {
  return (
    <ul aria-label="Orders">
      {list.map((order) => (
        <li key={order.id}>{order.reference}</li>
      ))}
    </ul>
  );
}

function Orders({ path = '/api/orders' }: { path?: string }): ReactNode {
  const query = useQuery({ queryKey: ['orders', path], queryFn: () => apiFetch<Order[]>(`${api}${path}`) });
  if (query.data === undefined) return <p>Loading orders</p>;
  return <OrderList orders={query.data} />;
}

function SuspenseOrders(): ReactNode {
  const { data } = useSuspenseQuery({ queryKey: ['orders'], queryFn: () => apiFetch<Order[]>(`${api}/api/orders`) });
  return <OrderList orders={data} />;
}

function renderApp(ui: ReactNode, providerProps: Partial<Parameters<typeof ProblemProvider>[0]> = {}) {
  return render(
    <QueryClientProvider client={client}>
      <ProblemProvider queryClient={client} {...providerProps}>
        {ui}
      </ProblemProvider>
    </QueryClientProvider>,
  );
}

/**
 * Lets msw answer and TanStack and React catch up, on the fake clock: advances `ms`, then 3 ms more. A zero-delay
 * timer set while fake timers fire (TanStack's batched notification after a retry's answer) is due 1 ms later
 * (@sinonjs/fake-timers), so the last step of a retry shows only then; the extra steps never move a request,
 * whose time is set by its own timer.
 */
async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    for (let step = 0; step < 3; step += 1) await vi.advanceTimersByTimeAsync(1);
  });
}

const tryAgain = () => screen.getByRole('button', { name: 'Try again' });

describe('QueryErrorBoundary', () => {
  it('shows the server-error notice with the trace id once the retries are spent, and Try again refetches', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(4, { status: 500, dialect: 'aspnet', traceId }, { body: orders })),
    );
    renderApp(
      <QueryErrorBoundary>
        <Orders />
      </QueryErrorBoundary>,
    );
    await settle();
    expect(screen.getByText('Loading orders')).toBeInTheDocument(); // retrying: nothing thrown yet
    await settle(750 + 1500 + 3000);
    expect(timesOf(log.requests, '/api/orders', start)).toEqual([0, 750, 2250, 5250]);
    expect(screen.getByRole('heading', { name: 'There is a problem with the service' })).toBeInTheDocument();
    expect(screen.getByText(traceId)).toBeInTheDocument();

    fireEvent.click(tryAgain());
    await settle();
    expect(timesOf(log.requests, '/api/orders', start)).toHaveLength(5);
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1001PO-1002');
    expect(screen.queryByRole('heading', { name: 'There is a problem with the service' })).toBeNull();
  });

  it('shows "Page not found" for a 404 at once (no retries), and a change in resetKeys fetches again', async () => {
    server.use(
      http.get(`${api}/api/v3/io/orders`, failTimes(1, { status: 404, dialect: 'b2b-edition' }, { data: orders })),
    );
    function Page({ id }: { id: string }): ReactNode {
      const query = useQuery({
        queryKey: ['orders', id],
        queryFn: () => apiFetch<{ data: Order[] }>(`${api}/api/v3/io/orders`),
      });
      return query.data === undefined ? <p>Loading orders</p> : <OrderList orders={query.data.data} />;
    }
    function Route(): ReactNode {
      const [id, setId] = useState('missing');
      return (
        <>
          <button type="button" onClick={() => setId('found')}>
            Next page
          </button>
          <QueryErrorBoundary resetKeys={[id]}>
            <Page id={id} />
          </QueryErrorBoundary>
        </>
      );
    }
    renderApp(<Route />);
    await settle();
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull(); // a 404 will not change by trying
    await settle(60_000);
    expect(timesOf(log.requests, '/api/v3/io/orders', start)).toEqual([0]);

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1001');
    expect(timesOf(log.requests, '/api/v3/io/orders', start)).toHaveLength(2);
  });

  it('resets a suspense query: the notice, then Try again suspends, fetches and renders the data', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(4, { status: 502, dialect: 'bigcommerce-v3' }, { body: orders })),
    );
    renderApp(
      <QueryErrorBoundary>
        <Suspense fallback={<p>Loading orders</p>}>
          <SuspenseOrders />
        </Suspense>
      </QueryErrorBoundary>,
    );
    await settle(5250);
    expect(screen.getByRole('heading', { name: 'There is a problem with the service' })).toBeInTheDocument();

    fireEvent.click(tryAgain());
    expect(screen.getByText('Loading orders')).toBeInTheDocument();
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1001');
    expect(timesOf(log.requests, '/api/orders', start)).toHaveLength(5);
  });

  it('recovers a suspense query whose refetch failed after its data was shown (TanStack #7465)', async () => {
    let answers = 0;
    server.use(
      http.get(`${api}/api/orders`, () => {
        answers += 1;
        // The first load works; the refetch fails with 500 four times (the retries spent); then it works again.
        return answers >= 2 && answers <= 5
          ? problemResponse({ status: 500, dialect: 'aspnet', traceId })
          : HttpResponse.json(orders);
      }),
    );
    // #7465's component throws the query's error itself, which a suspense query does not do once it has data.
    function ThrowingOrders(): ReactNode {
      const { data, error } = useSuspenseQuery({
        queryKey: ['orders'],
        queryFn: () => apiFetch<Order[]>(`${api}/api/orders`),
      });
      if (error) throw error;
      return <OrderList orders={data} />;
    }
    function Refresh(): ReactNode {
      const queryClient = useQueryClient();
      return (
        <button type="button" onClick={() => void queryClient.refetchQueries({ queryKey: ['orders'] })}>
          Refresh
        </button>
      );
    }
    renderApp(
      <>
        <Refresh />
        <QueryErrorBoundary>
          <Suspense fallback={<p>Loading orders</p>}>
            <ThrowingOrders />
          </Suspense>
        </QueryErrorBoundary>
      </>,
    );
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await settle(5250);
    expect(answers).toBe(5);
    expect(screen.getByRole('heading', { name: 'There is a problem with the service' })).toBeInTheDocument();

    fireEvent.click(tryAgain());
    await settle();
    expect(answers).toBe(6);
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1001');
  });

  it('fetches again every failed query inside it when it resets, not only the one that threw', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(1, { status: 404, dialect: 'aspnet' }, { body: orders })),
      http.get(`${api}/api/customers`, failTimes(1, { status: 404, dialect: 'aspnet' }, { body: [{ name: 'Acme' }] })),
    );
    function Dashboard(): ReactNode {
      const ordersQuery = useQuery({ queryKey: ['orders'], queryFn: () => apiFetch<Order[]>(`${api}/api/orders`) });
      const customers = useQuery({
        queryKey: ['customers'],
        queryFn: () => apiFetch<{ name: string }[]>(`${api}/api/customers`),
      });
      if (ordersQuery.data === undefined || customers.data === undefined) return <p>Loading</p>;
      return (
        <>
          <OrderList orders={ordersQuery.data} />
          <p>{customers.data.map((customer) => customer.name).join(', ')}</p>
        </>
      );
    }
    function Route(): ReactNode {
      const [visit, setVisit] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setVisit(visit + 1)}>
            Go
          </button>
          <QueryErrorBoundary resetKeys={[visit]}>
            <Dashboard />
          </QueryErrorBoundary>
        </>
      );
    }
    renderApp(<Route />);
    await settle();
    expect(client.getQueryState(['customers'])?.status).toBe('error');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toBeInTheDocument();
    expect(screen.getByText('Acme')).toBeInTheDocument();
    expect(timesOf(log.requests, '/api/customers', start)).toHaveLength(2);
  });

  it('fetches again when a page is visited again after a failure, instead of showing the old error (#2712)', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(1, { status: 403, dialect: 'bigcommerce-v3' }, { body: orders })),
    );
    function App(): ReactNode {
      const [page, setPage] = useState<'orders' | 'home'>('orders');
      return (
        <>
          <button type="button" onClick={() => setPage(page === 'orders' ? 'home' : 'orders')}>
            {page === 'orders' ? 'Home' : 'Orders'}
          </button>
          {page === 'orders' ? (
            <QueryErrorBoundary>
              <Orders />
            </QueryErrorBoundary>
          ) : (
            <p>Home</p>
          )}
        </>
      );
    }
    renderApp(<App />);
    await settle();
    expect(screen.getByRole('heading', { name: 'You do not have permission to do this' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    fireEvent.click(screen.getByRole('button', { name: 'Orders' }));
    expect(screen.getByText('Loading orders')).toBeInTheDocument();
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1001');
    expect(timesOf(log.requests, '/api/orders', start)).toHaveLength(2);
  });

  it('leaves validation to the form: neither a query nor a mutation with field errors reaches the boundary', async () => {
    server.use(
      problemHandler('get', `${api}/api/search`, {
        status: 422,
        dialect: 'aspnet',
        fieldErrors: { Query: ['The Query field must be at least 3 characters.'] },
      }),
      problemHandler('post', `${api}/api/v3/io/companies`, {
        status: 400,
        dialect: 'b2b-edition',
        fieldErrors: { companyName: 'This field may not be blank.' },
      }),
    );
    function Search(): ReactNode {
      const search = useQuery({ queryKey: ['search', 'ab'], queryFn: () => apiFetch(`${api}/api/search?query=ab`) });
      return (
        <ProblemScope error={search.error}>
          <FieldError name="query" />
        </ProblemScope>
      );
    }
    function CompanyForm(): ReactNode {
      const save = useMutation({
        mutationFn: () => apiFetch(`${api}/api/v3/io/companies`, { method: 'POST', body: { companyName: '' } }),
      });
      return (
        <ProblemScope error={save.error}>
          <FieldError name="companyName" />
          <button type="button" onClick={() => save.mutate()}>
            Save
          </button>
        </ProblemScope>
      );
    }
    renderApp(
      <QueryErrorBoundary>
        <Search />
        <CompanyForm />
      </QueryErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle(60_000);
    expect(screen.getByText('The Query field must be at least 3 characters.')).toBeInTheDocument();
    expect(screen.getByText('This field may not be blank.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(timesOf(log.requests, '/api/search', start)).toEqual([0]);
    expect(timesOf(log.requests, '/api/v3/io/companies', start)).toEqual([0]);
  });

  it('keeps the data on screen when a background refetch fails', async () => {
    server.use(http.get(`${api}/api/orders`, failTimes(0, { status: 500 }, { body: orders })));
    renderApp(
      <QueryErrorBoundary>
        <Orders />
      </QueryErrorBoundary>,
    );
    await settle();
    server.use(problemHandler('get', `${api}/api/orders`, { status: 500, dialect: 'aspnet' }));
    const refetchedAt = Date.now();
    void client.refetchQueries({ queryKey: ['orders'] });
    await settle(5250);
    expect(timesOf(log.requests, '/api/orders', refetchedAt).slice(1)).toEqual([0, 750, 2250, 5250]);
    expect(client.getQueryState(['orders', '/api/orders'])?.status).toBe('error');
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1001');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('works under StrictMode: one request, the notice, and a retry that renders the data', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(1, { status: 404, dialect: 'bigcommerce-v2' }, { body: orders })),
    );
    function Route(): ReactNode {
      const [key, setKey] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setKey(key + 1)}>
            Reload
          </button>
          <QueryErrorBoundary resetKeys={[key]}>
            <Orders />
          </QueryErrorBoundary>
        </>
      );
    }
    renderApp(
      <StrictMode>
        <Route />
      </StrictMode>,
    );
    await settle();
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(timesOf(log.requests, '/api/orders', start)).toEqual([0]);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toHaveTextContent('PO-1002');
    expect(timesOf(log.requests, '/api/orders', start)).toHaveLength(2);
  });

  it('calls onRetry, onReset and onError as ApiErrorBoundary does', async () => {
    server.use(http.get(`${api}/api/orders`, failTimes(4, 'network-error', { body: orders })));
    const onError = vi.fn();
    const onReset = vi.fn();
    const onRetry = vi.fn();
    const props: QueryErrorBoundaryProps = { onError, onReset, onRetry, retryOnReconnect: false };
    renderApp(
      <QueryErrorBoundary {...props}>
        <Orders />
      </QueryErrorBoundary>,
    );
    await settle(5250);
    expect(screen.getByRole('heading', { name: 'The service could not be reached' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    fireEvent.click(tryAgain());
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative', args: [] });
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toBeInTheDocument();
  });
});

describe('problemkit/query under ProblemProvider', () => {
  it('calls onUnauthenticated once for five queries failing with 401 at once, without retrying them', async () => {
    server.use(problemHandler('get', `${api}/api/v3/io/:name`, { status: 401, dialect: 'b2b-edition' }));
    const onUnauthenticated = vi.fn();
    const names = ['orders', 'quotes', 'invoices', 'addresses', 'users'];
    renderApp(
      names.map((name) => (
        <QueryErrorBoundary key={name}>
          <Orders path={`/api/v3/io/${name}`} />
        </QueryErrorBoundary>
      )),
      { onUnauthenticated },
    );
    await settle(60_000);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated.mock.calls[0]?.[0]).toMatchObject({ status: 401, kind: 'unauthenticated' });
    expect(log.requests).toHaveLength(5);
    expect(screen.getAllByRole('heading', { name: 'You need to sign in again' })).toHaveLength(5);
  });

  it('raises the maintenance banner on a 503 from any query and lowers it when the probe succeeds', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(0, { status: 500 }, { body: orders })),
      http.get(
        `${api}/api/health`,
        unavailableUntil(new Date(start + 120_000), { success: { body: { status: 'ok' } } }),
      ),
    );
    renderApp(
      <>
        <MaintenanceBanner />
        <QueryErrorBoundary>
          <Orders />
        </QueryErrorBoundary>
      </>,
      { probe: `${api}/api/health` },
    );
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'The service is unavailable' })).toBeNull();

    // A background refetch meets maintenance that will last two minutes: longer than the query waits by itself.
    server.use(problemHandler('get', `${api}/api/orders`, { status: 503, dialect: 'aspnet', retryAfter: 120 }));
    const failedAt = Date.now();
    await act(async () => {
      await client.refetchQueries({ queryKey: ['orders'] });
    });
    expect(screen.getByRole('region', { name: 'The service is unavailable' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Orders' })).toBeInTheDocument(); // the data stays

    await settle(119_990);
    expect(timesOf(log.requests, '/api/health', failedAt)).toEqual([]);
    expect(timesOf(log.requests, '/api/orders', failedAt)).toHaveLength(2); // no automatic retry of a 2-minute wait
    expect(screen.getByRole('region', { name: 'The service is unavailable' })).toBeInTheDocument();
    await settle(10);
    expect(timesOf(log.requests, '/api/health', failedAt)).toEqual([120_000]);
    expect(screen.queryByRole('region', { name: 'The service is unavailable' })).toBeNull();
    expect(screen.getByRole('region', { name: 'The service is available again.' })).toBeInTheDocument();
  });
  it('puts the page back by itself when the probe finds the service again after a 503 on first load', async () => {
    server.use(
      problemHandler('get', `${api}/api/orders`, { status: 503, dialect: 'aspnet', retryAfter: 120 }),
      http.get(
        `${api}/api/health`,
        unavailableUntil(new Date(start + 120_000), { success: { body: { status: 'ok' } } }),
      ),
    );
    renderApp(
      <>
        <MaintenanceBanner />
        <QueryErrorBoundary>
          <Orders />
        </QueryErrorBoundary>
      </>,
      { probe: `${api}/api/health` },
    );
    await settle();
    // Nothing to show yet: the boundary's notice says what the banner says, with the time the server gave.
    const notices = screen.getAllByRole('region', { name: 'The service is unavailable' });
    expect(notices).toHaveLength(2);
    expect(screen.queryByRole('list', { name: 'Orders' })).toBeNull();

    server.use(http.get(`${api}/api/orders`, () => HttpResponse.json(orders)));
    await settle(120_000);
    // The probe succeeded: the banner clears, and the boundary resets without anyone pressing "Try again".
    expect(screen.queryByRole('region', { name: 'The service is unavailable' })).toBeNull();
    await settle();
    expect(screen.getByRole('list', { name: 'Orders' })).toBeInTheDocument();
    expect(timesOf(log.requests, '/api/health', start)).toEqual([120_000]);
  });
});
