import type { Meta, StoryObj } from '@storybook/react-vite';
import { RateLimitNotice } from 'problemkit';
import type { ProblemSpec } from 'problemkit/msw';
import { expect, fn, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { secondsPattern, storyWords, visibleLine, WithProblem } from './storyProblem.js';

const thirtySeconds: ProblemSpec = { status: 429, dialect: 'rfc9457', retryAfter: 30 };

const meta = {
  tags: ['autodocs'],
  title: 'Components/RateLimitNotice',
  component: RateLimitNotice,
  args: { onRetry: fn(), onExpire: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Too many requests: a live countdown to the moment the server will listen again, computed from the ' +
          "deadline on the provider's clock, announced to screen readers at 60, 30 and 10 seconds, not every second. " +
          'When the wait is over it says so and offers one "Try again".',
      },
    },
  },
  render: (args) => (
    <WithProblem spec={thirtySeconds}>{(problem) => <RateLimitNotice {...args} problem={problem} />}</WithProblem>
  ),
} satisfies Meta<typeof RateLimitNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `Retry-After: 30`: the countdown. */
export const Counting: Story = {
  play: async ({ canvas, canvasElement, globals }) => {
    await expect(canvasElement.querySelector('.problemkit-RateLimitNotice')).toHaveAttribute('data-state', 'counting');
    const { rateLimitText } = storyWords(globals);
    await expect(canvas.getByText(secondsPattern(rateLimitText, 30), visibleLine)).toBeVisible();
  },
};

/** A long wait (BigCommerce's `X-Rate-Limit-Time-Reset-Ms`): minutes and seconds. */
export const LongWait: Story = {
  render: (args) => (
    <WithProblem
      spec={{
        status: 429,
        dialect: 'bigcommerce-v3',
        retryAfter: { seconds: 125, via: ['x-retry-after', 'x-rate-limit-time-reset-ms'] },
        rateLimit: { limit: 150, remaining: 0, windowMs: 30_000 },
      }}
    >
      {(problem) => <RateLimitNotice {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas, globals }) => {
    const { rateLimitText } = storyWords(globals);
    await expect(canvas.getByText(secondsPattern(rateLimitText, 125), visibleLine)).toBeVisible();
  },
};

/** A 429 without any header: no time to count down to, so it asks to wait a moment. */
export const WithoutTime: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 429, dialect: 'laravel' }}>
      {(problem) => <RateLimitNotice {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas, canvasElement, globals }) => {
    await expect(canvasElement.querySelector('.problemkit-RateLimitNotice')).toHaveAttribute('data-state', 'waiting');
    await expect(canvas.getByText(storyWords(globals).t('rateLimit.noTime'), visibleLine)).toBeVisible();
  },
};

/** The countdown ends (the story clock moves on 30 s): "You can try again now." and one "Try again". */
export const CountdownEnds: Story = {
  play: async ({ args, canvas, canvasElement, globals, userEvent, step, ...context }) => {
    const clock = storyClock(context);
    const words = storyWords(globals);
    await step('10 seconds later it says 0:20', async () => {
      await clock.advance(10_000);
      await waitFor(() => expect(canvas.getByText(secondsPattern(words.rateLimitText, 20), visibleLine)).toBeVisible());
    });
    await step('at the deadline: done, onExpire once, a "Try again" button', async () => {
      await clock.advance(20_000);
      await waitFor(() =>
        expect(canvasElement.querySelector('.problemkit-RateLimitNotice')).toHaveAttribute('data-state', 'done'),
      );
      await expect(canvas.getByText(words.t('rateLimit.ready'), visibleLine)).toBeVisible();
      await expect(args.onExpire).toHaveBeenCalledTimes(1);
      await userEvent.click(canvas.getByRole('button', { name: words.t('action.tryAgain') }));
      await expect(args.onRetry).toHaveBeenCalledTimes(1);
    });
  },
};
