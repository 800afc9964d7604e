import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import {
  type Clock,
  ProblemProvider,
  problemFromResponse,
  RateLimitNotice,
  SubmitButton,
  useProblemReporter,
} from 'problemkit';
import { rateLimitedFor } from 'problemkit/msw';
import type { FormEvent, ReactNode } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
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

const tabsEndpoint = '/api/stories/submit-button/tabs/companies';

/**
 * One tab's save form. It sends with plain `fetch` and tells its own provider (`report`): in one page every provider
 * hears `apiFetch`, while in two real tabs only the tab that sent does, and this keeps the news in tab one the same
 * way, so tab two can only learn of the 429 through the shared channel.
 */
function TabForm({ clock }: { readonly clock: Clock }): ReactNode {
  const { report, reportSuccess } = useProblemReporter();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const response = await fetch(tabsEndpoint, { method: 'POST' });
    if (response.ok) reportSuccess();
    else report(await problemFromResponse(response, { clock, request: { method: 'POST', url: response.url } }));
  };
  return (
    <form noValidate onSubmit={submit}>
      <RateLimitNotice />
      <p>
        <SubmitButton>Save company</SubmitButton>
      </p>
    </form>
  );
}

/** A stand-in for one browser tab: its own provider, sharing rate limits and outages on the story's channel. */
function Tab({ name, clock }: { readonly name: string; readonly clock: Clock }): ReactNode {
  return (
    <section aria-label={name} style={{ flex: 1, border: '1px dashed currentColor', padding: '0 1rem' }}>
      <h2>{name}</h2>
      <ProblemProvider clock={clock} timeZone="UTC" shareAcrossTabs="storybook-submit-button-tabs">
        <TabForm clock={clock} />
      </ProblemProvider>
    </section>
  );
}

/**
 * Two tabs of the app with `shareAcrossTabs`: a save in tab one meets a 429 ("for 30 s", from the mocked API), and
 * tab two's button is held too, counting down to the same moment; both are released together.
 */
export const HeldInEveryTab: Story = {
  parameters: isolatedInDocs,
  beforeEach: ({ msw, ...context }) => {
    msw.use(
      http.post(
        tabsEndpoint,
        rateLimitedFor(30_000, {
          clock: storyClock(context),
          problem: { dialect: 'bigcommerce-v3' },
          success: { status: 201, data: { id: 7, name: 'Acme' } },
        }),
      ),
    );
  },
  render: (_args, context) => (
    <div style={{ display: 'flex', gap: '1rem' }}>
      <Tab name="Tab one" clock={storyClock(context)} />
      <Tab name="Tab two" clock={storyClock(context)} />
    </div>
  ),
  play: async ({ canvas, globals, userEvent, step, ...context }) => {
    const words = storyWords(globals);
    const one = within(canvas.getByRole('region', { name: 'Tab one' }));
    const two = within(canvas.getByRole('region', { name: 'Tab two' }));
    const buttonOne = one.getByRole('button', { name: 'Save company' });
    const buttonTwo = two.getByRole('button', { name: 'Save company' });
    await step('a save in tab one meets a 429: both tabs hold their button and count down', async () => {
      await userEvent.click(buttonOne);
      await waitFor(() => expect(buttonOne).toHaveAttribute('aria-disabled', 'true'));
      await waitFor(() => expect(buttonTwo).toHaveAttribute('aria-disabled', 'true'));
      await expect(buttonTwo).toHaveAccessibleDescription(secondsPattern(words.heldReason, 30));
      await expect(two.getByText(secondsPattern(words.rateLimitText, 30), visibleLine)).toBeVisible();
    });
    await step('30 seconds later both tabs are released', async () => {
      await storyClock(context).advance(30_000);
      await waitFor(() => expect(buttonTwo).not.toHaveAttribute('aria-disabled'));
      await expect(buttonOne).not.toHaveAttribute('aria-disabled');
    });
  },
};
