import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { http } from 'msw';
import { MaintenanceBanner } from 'problemkit';
import { unavailableUntil } from 'problemkit/msw';
import { expect, fn, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { isolatedInDocs, secondsPattern, storyWords, useStoryApiFetch, WithProblem } from './storyProblem.js';

/** "You will be able to use the service again in 4:59." for `ms` left, in the story's language. */
function backIn(globals: { readonly [name: string]: unknown }): (ms: number) => string {
  const { t, format } = storyWords(globals);
  return (ms) => t('maintenance.backIn', { duration: format.countdown(ms) });
}

const meta = {
  tags: ['autodocs'],
  title: 'Components/MaintenanceBanner',
  component: MaintenanceBanner,
  args: { onDismiss: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The service-unavailable banner: it appears on any 503 under the provider, says when the service should be ' +
          'back (a time, "in 45 minutes", or a live countdown in the last minutes), can be hidden with its button or ' +
          'Escape, and clears itself when the probe succeeds.',
      },
    },
  },
} satisfies Meta<typeof MaintenanceBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 503 with `Retry-After: 1800`: back at a time today (frozen stories tell times in UTC). */
export const BackAtATime: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 503, dialect: 'aspnet', retryAfter: 1800 }}>
      {(problem) => <MaintenanceBanner {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas, canvasElement, globals, ...context }) => {
    const words = storyWords(globals);
    const banner = canvas.getByRole('region', { name: words.t('unavailable.title') });
    await expect(canvasElement.querySelector('.problemkit-MaintenanceTime')).toHaveAttribute('data-timing', 'time');
    const clock = storyClock(context);
    // Frozen at 09:00 UTC: "You will be able to use the service from 9:30 AM today."
    if (clock.mode === 'frozen')
      await expect(banner).toHaveTextContent(words.backAtText(clock.now() + 1_800_000, clock.now()));
  },
};

/** Less than 10 minutes to go: a live `m:ss` countdown. */
export const Countdown: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 503, dialect: 'rfc9457', retryAfter: 300 }}>
      {(problem) => <MaintenanceBanner {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvasElement, globals }) => {
    const time = canvasElement.querySelector('.problemkit-MaintenanceTime');
    await expect(time).toHaveAttribute('data-timing', 'countdown');
    await expect(time).toHaveTextContent(secondsPattern(backIn(globals), 300));
  },
};

/** A 503 that names no time: "Try again later." */
export const NoTime: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 503, dialect: 'text' }}>
      {(problem) => <MaintenanceBanner {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas, globals }) => {
    await expect(canvas.getByRole('region')).toHaveTextContent(storyWords(globals).t('maintenance.unknownTime'));
  },
};

/** Keyboard: Tab into the banner, Escape hides it, and focus goes back to where it was. */
export const DismissWithEscape: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 503, dialect: 'aspnet', retryAfter: 1800 }}>
      {(problem) => (
        <>
          <p>
            <button type="button">Search orders</button>
          </p>
          <MaintenanceBanner {...args} problem={problem} />
        </>
      )}
    </WithProblem>
  ),
  play: async ({ args, canvas, globals, userEvent }) => {
    const before = canvas.getByRole('button', { name: 'Search orders' });
    await userEvent.click(before);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: storyWords(globals).t('maintenance.dismiss') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(before).toHaveFocus();
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

/** Its button hides it too. */
export const DismissWithButton: Story = {
  render: DismissWithEscape.render,
  play: async ({ args, canvas, globals, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: storyWords(globals).t('maintenance.dismiss') }));
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

const ordersUrl = '/api/stories/maintenance-banner/orders';

function Orders() {
  const apiFetch = useStoryApiFetch();
  const orders = useQuery({
    queryKey: ['stories', 'maintenance-banner', 'orders'],
    // ASP.NET sends the list as is (no envelope).
    queryFn: () => apiFetch<readonly { id: number }[]>(ordersUrl),
    // The provider's probe (this query's refetch) does the waiting; the page shows its own fallback meanwhile.
    retry: false,
    throwOnError: false,
  });
  if (orders.isSuccess) return <p>{orders.data.length} open orders.</p>;
  return <p>{orders.isError ? 'Orders are not available right now.' : 'Loading orders…'}</p>;
}

/**
 * From the provider, against the mocked API ("503 until the probe at T succeeds"): the orders request gets a 503
 * with `Retry-After: 60`, the banner appears without any per-query code; 60 s later on the story clock the
 * provider's probe succeeds, the banner says the service is back, and clears itself 5 s after.
 */
export const ClearsWhenTheProbeSucceeds: Story = {
  parameters: isolatedInDocs,
  beforeEach: ({ msw, ...context }) => {
    msw.use(
      http.get(
        ordersUrl,
        unavailableUntil(60_000, {
          clock: storyClock(context),
          problem: { dialect: 'aspnet', detail: 'Scheduled maintenance.' },
          success: { data: [{ id: 1 }, { id: 2 }, { id: 3 }] },
        }),
      ),
    );
  },
  render: (args) => (
    <>
      <MaintenanceBanner {...args} />
      <Orders />
    </>
  ),
  play: async ({ canvas, canvasElement, globals, step, ...context }) => {
    const clock = storyClock(context);
    const { t } = storyWords(globals);
    await step('the 503 raises the banner', async () => {
      await canvas.findByRole('region', { name: t('unavailable.title') });
      const time = canvasElement.querySelector('.problemkit-MaintenanceTime');
      await expect(time).toHaveTextContent(secondsPattern(backIn(globals), 60));
    });
    await step('the probe at 60 s succeeds: "available again"', async () => {
      await clock.advance(60_000);
      await waitFor(() => expect(canvas.getByRole('region')).toHaveTextContent(t('maintenance.back')));
      await expect(await canvas.findByText('3 open orders.')).toBeInTheDocument();
    });
    await step('5 s later the banner is gone', async () => {
      await clock.advance(5000);
      await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    });
  },
};
