import type { Meta, StoryObj } from '@storybook/react-vite';
import { asProblem, type ProblemKind, ProblemNotice } from 'problemkit';
import { expect, fn } from 'storybook/test';
import { kindSpecs } from './problemSpecs.js';
import { secondsPattern, storyWords, WithProblem } from './storyProblem.js';

const meta = {
  tags: ['autodocs'],
  title: 'Components/ProblemNotice',
  component: ProblemNotice,
  args: { onRetry: fn(), onReload: fn(), onSignIn: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "The notice for any failed request, chosen by kind and worded to GOV.UK's content rules: what happened and " +
          'what to do, no status numbers. "Try again" where it can help, "Reload" for a conflict, a trace id on server ' +
          'errors, the countdown for 429, the time for 503, sign-in for 401.',
      },
    },
  },
} satisfies Meta<typeof ProblemNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one kind: its spec's problem, and a check that the notice says what the catalog says. */
function kindStory(kind: Exclude<ProblemKind, 'unknown'>): Story {
  return {
    render: (args) => (
      <WithProblem spec={kindSpecs[kind]}>{(problem) => <ProblemNotice {...args} problem={problem} />}</WithProblem>
    ),
    play: async ({ canvas, canvasElement, globals }) => {
      const words = storyWords(globals);
      if (kind === 'rate-limited') {
        // RateLimitNotice has no heading: its line says "Too many requests. Try again in 0:15."
        const line = canvasElement.querySelector('.problemkit-RateLimitNotice-text');
        await expect(line).toHaveTextContent(secondsPattern(words.rateLimitText, 15));
        return;
      }
      await expect(canvasElement.querySelector(`[data-kind="${kind}"]`)).not.toBeNull();
      await expect(canvas.getByRole('heading', { name: words.t(`${kind}.title`) })).toBeVisible();
    },
  };
}

export const BadRequest = kindStory('bad-request');
export const Validation = kindStory('validation');
export const Unauthenticated = kindStory('unauthenticated');
export const Forbidden = kindStory('forbidden');
export const NotFound = kindStory('not-found');
/** 405, 406, 415 and 501 are the app's or the API's mistakes: one generic notice (and a console hint in development). */
export const MethodNotAllowed = kindStory('method-not-allowed');
export const NotAcceptable = kindStory('not-acceptable');
export const UnsupportedMediaType = kindStory('unsupported-media-type');
export const NotImplemented = kindStory('not-implemented');
export const Timeout = kindStory('timeout');
export const Conflict: Story = {
  ...kindStory('conflict'),
  play: async ({ args, canvas, globals, userEvent }) => {
    await expect(canvas.getByText('The product was updated at 08:58 by another user.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: storyWords(globals).t('action.reload') }));
    await expect(args.onReload).toHaveBeenCalledTimes(1);
  },
};
export const TooLarge = kindStory('too-large');
/** 429: the notice is `RateLimitNotice`'s countdown. */
export const RateLimited = kindStory('rate-limited');
/** 500: "Try again" and the trace id to quote. */
export const ServerError: Story = {
  ...kindStory('server'),
  play: async ({ args, canvas, globals, userEvent }) => {
    await expect(canvas.getByText('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: storyWords(globals).t('action.tryAgain') }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
/** A 500 without a trace id shows no reference at all. */
export const ServerErrorWithoutTraceId: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 502, dialect: 'text' }}>
      {(problem) => <ProblemNotice {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.problemkit-TraceId')).toBeNull();
  },
};
export const Unavailable = kindStory('unavailable');
export const InsufficientStorage = kindStory('insufficient-storage');
export const Network = kindStory('network');
/** Something that is not an HTTP answer at all (a bug, a thrown `Error`). */
export const Unknown: Story = {
  render: (args) => <ProblemNotice {...args} error={new Error('Unexpected end of JSON input')} />,
  play: async ({ canvas, globals }) => {
    await expect(asProblem(new Error('x')).kind).toBe('unknown');
    await expect(canvas.getByRole('heading', { name: storyWords(globals).t('unknown.title') })).toBeVisible();
  },
};

/** As the whole page's content: `headingLevel={1}`, and focus moves to it. */
export const AsThePage: Story = {
  args: { headingLevel: 1, focus: 'always' },
  render: (args) => (
    <WithProblem spec={kindSpecs['not-found']}>
      {(problem) => <ProblemNotice {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas, canvasElement, globals }) => {
    const heading = { level: 1, name: storyWords(globals).t('not-found.title') };
    await expect(canvas.getByRole('heading', heading)).toBeVisible();
    await expect(canvasElement.querySelector('.problemkit-ProblemNotice')).toHaveFocus();
  },
};
