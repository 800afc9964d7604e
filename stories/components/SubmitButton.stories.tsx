import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { SubmitButton } from 'problemkit';
import { rateLimitedFor } from 'problemkit/msw';
import { expect, fn, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { CompanyForm } from './CompanyForm.js';
import { isolatedInDocs, secondsPattern, storyWords, visibleLine, WithProblem } from './storyProblem.js';

const meta = {
  tags: ['autodocs'],
  title: 'Components/SubmitButton',
  component: SubmitButton,
  args: { onClick: fn(), onRelease: fn(), children: 'Save company', type: 'button' },
  parameters: {
    docs: {
      description: {
        component:
          'A submit button held while a rate limit lasts: `aria-disabled` (it keeps focus and says why), clicks and ' +
          'Enter-key submissions cancelled, a counting reason as its description; usable again exactly once when the ' +
          'wait is over.',
      },
    },
  },
} satisfies Meta<typeof SubmitButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing holds it: an ordinary button. */
export const Ready: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Save company' });
    await expect(button).toHaveAttribute('data-state', 'ready');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** The localized default label ("Continue"). */
export const DefaultLabel: Story = {
  args: { children: undefined },
  play: async ({ canvas, globals }) => {
    await expect(canvas.getByRole('button', { name: storyWords(globals).t('action.submit') })).toBeVisible();
  },
};

/** Held by a 429 with `Retry-After: 28`: focusable, says why, clicks do nothing. */
export const Held: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 429, dialect: 'aspnet', retryAfter: 28 }}>
      {(problem) => <SubmitButton {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ args, canvas, globals, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Save company' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    // "Paused for 28 seconds because of too many requests."
    await expect(button).toHaveAccessibleDescription(secondsPattern(storyWords(globals).heldReason, 28));
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** The wait ends (the story clock moves on): the button is usable again, and `onRelease` fires once. */
export const ReleasedWhenTheWaitEnds: Story = {
  render: Held.render,
  play: async ({ args, canvas, userEvent, ...context }) => {
    const button = canvas.getByRole('button', { name: 'Save company' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await storyClock(context).advance(28_000);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'ready'));
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(args.onRelease).toHaveBeenCalledTimes(1);
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

const endpoint = '/api/stories/submit-button/companies';

/**
 * Against the mocked API ("429 for 30 s, then OK"): the first save is rate limited, the button holds and the notice
 * counts down; when the clock reaches the end the button is released and the next save goes through.
 */
export const RateLimitedForm: Story = {
  parameters: isolatedInDocs,
  beforeEach: ({ msw, ...context }) => {
    msw.use(
      http.post(
        endpoint,
        rateLimitedFor(30_000, {
          clock: storyClock(context),
          problem: { dialect: 'bigcommerce-v3', rateLimit: { limit: 150, remaining: 0, windowMs: 30_000 } },
          success: { status: 201, data: { id: 7, name: 'Acme' } },
        }),
      ),
    );
  },
  render: () => <CompanyForm endpoint={endpoint} />,
  play: async ({ canvas, globals, userEvent, step, ...context }) => {
    const button = canvas.getByRole('button', { name: 'Save company' });
    const words = storyWords(globals);
    await step('the first save is rate limited: held, counting down', async () => {
      await userEvent.click(button);
      await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
      await expect(canvas.getByText(secondsPattern(words.rateLimitText, 30), visibleLine)).toBeVisible();
      await userEvent.keyboard('{Enter}');
      await expect(canvas.queryByText('Company saved.')).toBeNull();
    });
    await step('30 seconds later the button is released', async () => {
      await storyClock(context).advance(30_000);
      await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
      await expect(canvas.getByText(words.t('rateLimit.ready'), visibleLine)).toBeVisible();
    });
    await step('the next save goes through', async () => {
      await userEvent.click(button);
      await expect(await canvas.findByText('Company saved.')).toBeInTheDocument();
    });
  },
};
