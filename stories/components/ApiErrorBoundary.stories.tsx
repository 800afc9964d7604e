import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { http } from 'msw';
import { ApiError, ApiErrorBoundary, type ApiErrorBoundaryProps } from 'problemkit';
import { failTimes, type ProblemSpec, unavailableUntil } from 'problemkit/msw';
import { QueryErrorBoundary } from 'problemkit/query';
import { type ReactNode, useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { isolatedInDocs, storyWords, useMockProblem, useStoryApiFetch } from './storyProblem.js';

/** Throws the problem for `spec` while `failing` says so, as a component whose data failed to load does. */
function Thrower({ spec, failing }: { readonly spec: ProblemSpec; readonly failing: () => boolean }): ReactNode {
  const problem = useMockProblem(spec);
  if (failing()) throw new ApiError(problem);
  return <p>Order 1042: 3 items, shipped.</p>;
}

/** The boundary around content that fails until the person tries again once (the second render succeeds). */
function FailsOnce({
  spec,
  onRetry,
}: {
  readonly spec: ProblemSpec;
  readonly onRetry?: ApiErrorBoundaryProps['onRetry'];
}): ReactNode {
  const [failures, setFailures] = useState(1);
  return (
    // Any reset ("Try again", "Reload") renders the content again; this time it loads.
    <ApiErrorBoundary onRetry={onRetry} onReset={() => setFailures(0)}>
      <Thrower spec={spec} failing={() => failures > 0} />
    </ApiErrorBoundary>
  );
}

const meta = {
  tags: ['autodocs'],
  title: 'Components/ApiErrorBoundary',
  component: ApiErrorBoundary,
  args: { onRetry: fn(), onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'An error boundary that shows the right notice for whatever its children throw (`ProblemBoundary` + ' +
          '`ProblemNotice`). "Try again" resets it; validation problems pass through to the form. For TanStack Query, ' +
          "`problemkit/query`'s `QueryErrorBoundary` also resets the failed queries.",
      },
    },
  },
} satisfies Meta<typeof ApiErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 404 thrown while rendering: the not-found notice replaces the content. */
export const NotFound: Story = {
  render: (args) => (
    <ApiErrorBoundary {...args} headingLevel={1}>
      <Thrower
        spec={{ status: 404, dialect: 'bigcommerce-v2', detail: 'The requested order was not found.' }}
        failing={() => true}
      />
    </ApiErrorBoundary>
  ),
  play: async ({ args, canvas, globals }) => {
    const heading = { level: 1, name: storyWords(globals).t('not-found.title') };
    await expect(canvas.getByRole('heading', heading)).toBeVisible();
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** A 500: the notice with its trace id; "Try again" resets the boundary and the content renders. */
export const TryAgain: Story = {
  render: (args) => (
    <FailsOnce
      spec={{ status: 500, dialect: 'aspnet', traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00' }}
      onRetry={args.onRetry}
    />
  ),
  play: async ({ args, canvas, globals, userEvent }) => {
    const { t } = storyWords(globals);
    await expect(canvas.getByRole('heading', { name: t('server.title') })).toBeVisible();
    await expect(canvas.getByText('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('action.tryAgain') }));
    await expect(await canvas.findByText('Order 1042: 3 items, shipped.')).toBeVisible();
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A 409: "Reload" resets the boundary, which fetches the latest version again. */
export const Conflict: Story = {
  render: () => (
    <FailsOnce
      spec={{
        status: 409,
        dialect: 'bigcommerce-v3',
        title: 'The order was changed by someone else',
        detail: 'The order was updated at 08:58 by another user.',
      }}
    />
  ),
  play: async ({ canvas, globals, userEvent }) => {
    await expect(canvas.getByText('The order was updated at 08:58 by another user.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: storyWords(globals).t('action.reload') }));
    await expect(await canvas.findByText('Order 1042: 3 items, shipped.')).toBeVisible();
  },
};

const orderUrl = (id: number) => `/api/stories/api-error-boundary/orders/${id}`;

/** One order, loaded with TanStack Query: a failure throws to the boundary around it (the kit's query defaults). */
function Order({ id }: { readonly id: number }): ReactNode {
  const apiFetch = useStoryApiFetch();
  const order = useQuery({
    queryKey: ['stories', 'api-error-boundary', 'order', id],
    queryFn: () => apiFetch<{ id: number; items: number }>(orderUrl(id)),
    // The kit would retry a 500 three times with backoff first (on the story clock); these stories show the notice.
    retry: false,
  });
  if (order.isPending) return <p>Loading the order…</p>;
  return order.isSuccess ? (
    <p>
      Order {order.data.id}: {order.data.items} items.
    </p>
  ) : null;
}

/**
 * With TanStack Query, against the mocked API ("fail once, then succeed"): the query throws its 500 to
 * `QueryErrorBoundary` (`throwOnError` from the kit's query defaults); "Try again" resets the boundary and the
 * failed query, which fetches again and succeeds.
 */
export const WithTanStackQuery: Story = {
  parameters: isolatedInDocs,
  beforeEach: ({ msw, ...context }) => {
    msw.use(
      http.get(
        orderUrl(1042),
        failTimes(
          1,
          { status: 500, dialect: 'rfc9457', traceId: 'req-5f1c0a' },
          { data: { id: 1042, items: 3 } },
          { clock: storyClock(context) },
        ),
      ),
    );
  },
  render: () => (
    <QueryErrorBoundary>
      <Order id={1042} />
    </QueryErrorBoundary>
  ),
  play: async ({ canvas, globals, userEvent }) => {
    const { t } = storyWords(globals);
    await expect(await canvas.findByRole('heading', { name: t('server.title') })).toBeVisible();
    await expect(canvas.getByText('req-5f1c0a')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('action.tryAgain') }));
    await expect(await canvas.findByText('Order 1042: 3 items.')).toBeVisible();
  },
};

/**
 * A first load that meets maintenance ("503 until the probe at T succeeds", `Retry-After: 60`): the boundary shows
 * the unavailable notice with the time the server gave. Nobody presses anything: 60 s later on the story clock the
 * provider's probe (the failed query, fetched again) succeeds, and the boundary puts the page back by itself, as
 * the maintenance banner clears itself. `resetOnRecovery={false}` would keep the notice until "Try again".
 */
export const BackByItself: Story = {
  name: 'Back by itself after a 503',
  parameters: isolatedInDocs,
  beforeEach: ({ msw, ...context }) => {
    msw.use(
      http.get(
        orderUrl(1043),
        unavailableUntil(60_000, {
          clock: storyClock(context),
          problem: { dialect: 'aspnet', detail: 'Scheduled maintenance.' },
          success: { data: { id: 1043, items: 2 } },
        }),
      ),
    );
  },
  render: () => (
    <QueryErrorBoundary>
      <Order id={1043} />
    </QueryErrorBoundary>
  ),
  play: async ({ canvas, globals, step, ...context }) => {
    const clock = storyClock(context);
    const { t } = storyWords(globals);
    await step('the 503 on first load: the unavailable notice', async () => {
      await expect(await canvas.findByRole('heading', { name: t('unavailable.title') })).toBeVisible();
    });
    await step('the probe at 60 s succeeds: the order is back without "Try again"', async () => {
      await clock.advance(60_000);
      await waitFor(() => expect(canvas.queryByRole('heading', { name: t('unavailable.title') })).toBeNull());
      await expect(await canvas.findByText('Order 1043: 2 items.')).toBeVisible();
    });
  },
};
