// @vitest-environment node
import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  QueryObserver,
  useQuery,
} from '@tanstack/react-query';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaintenanceBanner } from '../../src/components/MaintenanceBanner.js';
import { ApiError } from '../../src/core/ApiError.js';
import { apiFetch } from '../../src/core/apiFetch.js';
import { toProblem } from '../../src/core/toProblem.js';
import { failTimes } from '../../src/msw/failTimes.js';
import { problemHandler } from '../../src/msw/problemHandler.js';
import { problemRetry } from '../../src/query/problemRetry.js';
import { QueryErrorBoundary } from '../../src/query/QueryErrorBoundary.js';
import { queryDefaults } from '../../src/query/queryDefaults.js';
import { shouldRetry } from '../../src/query/shouldRetry.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { requestLog } from './requestLog.js';

const api = 'https://api.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const start = Date.UTC(2026, 10, 23, 9, 0, 0);
let log: ReturnType<typeof requestLog>;
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false, now: start });
  log = requestLog(server);
});
afterEach(() => {
  log.stop();
  vi.useRealTimers();
});

interface Order {
  readonly id: number;
  readonly reference: string;
}

function Orders(): ReactNode {
  const query = useQuery({ queryKey: ['orders'], queryFn: () => apiFetch<Order[]>(`${api}/api/orders`) });
  if (query.data === undefined) return <p>Loading orders</p>;
  return (
    <ul aria-label="Orders">
      {query.data.map((order) => (
        <li key={order.id}>{order.reference}</li>
      ))}
    </ul>
  );
}

function Page({ client, children }: { client: QueryClient; children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={client}>
      <ProblemProvider queryClient={client} timeZone="UTC">
        <MaintenanceBanner />
        <QueryErrorBoundary>{children}</QueryErrorBoundary>
      </ProblemProvider>
    </QueryClientProvider>
  );
}

describe('problemkit/query on the server', () => {
  it('renders a provider and query tree to a string: pending, then with prefetched data', async () => {
    server.use(
      http.get(`${api}/api/orders`, failTimes(0, { status: 500 }, { body: [{ id: 1, reference: 'PO-1001' }] })),
    );
    const client = new QueryClient({ defaultOptions: queryDefaults });
    expect(
      renderToString(
        <Page client={client}>
          <Orders />
        </Page>,
      ),
    ).toContain('Loading orders');

    await client.prefetchQuery({ queryKey: ['orders'], queryFn: () => apiFetch(`${api}/api/orders`) });
    const html = renderToString(
      <Page client={new QueryClient({ defaultOptions: queryDefaults })}>
        <HydrationBoundary state={dehydrate(client)}>
          <Orders />
        </HydrationBoundary>
      </Page>,
    );
    expect(html).toContain('PO-1001');
    expect(html).not.toContain('problemkit-MaintenanceBanner');
    expect(vi.getTimerCount()).toBe(0); // rendering on the server starts no timer: no countdown, no probe, no gc
    client.clear();
  });

  it('does not retry during server rendering, as TanStack Query itself does not', async () => {
    server.use(problemHandler('get', `${api}/api/orders`, { status: 502, dialect: 'aspnet' }));
    const client = new QueryClient({ defaultOptions: queryDefaults });
    const observer = new QueryObserver(client, { queryKey: ['orders'], queryFn: () => apiFetch(`${api}/api/orders`) });
    const result = await observer.refetch();
    expect(result.status).toBe('error');
    expect(log.requests).toHaveLength(1);
    expect(shouldRetry(0, new ApiError(toProblem({ status: 502 })))).toBe(false);
    expect(problemRetry({ retryOnServer: true }).retry(0, new ApiError(toProblem({ status: 502 })))).toBe(true);
    client.clear();
  });
});
