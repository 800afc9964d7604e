import type { Meta, StoryObj } from '@storybook/react-vite';
import { TraceId } from 'problemkit';
import type { ProblemSpec } from 'problemkit/msw';
import { expect, waitFor } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { isolatedInDocs, storyWords, WithProblem } from './storyProblem.js';

const aspNetTrace = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00';
const serverError: ProblemSpec = { status: 500, dialect: 'aspnet', traceId: aspNetTrace };

/**
 * Replaces the page's clipboard for one story, so "Copied" and "could not be copied" are shown on purpose rather
 * than by whatever the browser allows a script (headless Chromium grants no clipboard permission).
 */
function stubClipboard(works: boolean): () => void {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const execCommand = Object.getOwnPropertyDescriptor(Document.prototype, 'execCommand');
  const writeText = (text: string) =>
    works
      ? Promise.resolve(void text)
      : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
  return () => {
    Reflect.deleteProperty(navigator, 'clipboard');
    Reflect.deleteProperty(document, 'execCommand');
    if (clipboard === undefined) Reflect.deleteProperty(Navigator.prototype, 'clipboard');
    if (execCommand === undefined) Reflect.deleteProperty(Document.prototype, 'execCommand');
  };
}

const meta = {
  tags: ['autodocs'],
  title: 'Components/TraceId',
  component: TraceId,
  parameters: {
    docs: {
      description: {
        component:
          'The trace id of a failed request, labelled "Reference", with a button that copies it and a polite ' +
          'confirmation, so a person can quote it to support. Renders nothing without a trace id.',
      },
    },
  },
  render: (args) => (
    <WithProblem spec={serverError}>{(problem) => <TraceId {...args} problem={problem} />}</WithProblem>
  ),
} satisfies Meta<typeof TraceId>;

export default meta;
type Story = StoryObj<typeof meta>;

/** ASP.NET's `traceId` from a 500's body. */
export const Reference: Story = {
  play: async ({ canvas, globals }) => {
    await expect(canvas.getByText(aspNetTrace)).toHaveAttribute('translate', 'no');
    await expect(canvas.getByRole('button', { name: storyWords(globals).t('server.copy') })).toBeVisible();
  },
};

/** Without the sentence about support. */
export const WithoutHint: Story = {
  args: { hint: false },
  play: async ({ canvas, globals }) => {
    await expect(canvas.queryByText(storyWords(globals).t('server.referenceHint'))).toBeNull();
  },
};

/** A request id from a header (`X-Request-Id`, BigCommerce v3). */
export const FromAHeader: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 502, dialect: 'bigcommerce-v3', traceId: 'req-7f3a9c2e41' }}>
      {(problem) => <TraceId {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('req-7f3a9c2e41')).toBeVisible();
  },
};

/** Copying works: "Copied" is announced, and the button rests again 5 s later (on the story clock). */
export const Copied: Story = {
  parameters: isolatedInDocs,
  beforeEach: () => stubClipboard(true),
  play: async ({ canvas, canvasElement, globals, userEvent, ...context }) => {
    const { t } = storyWords(globals);
    await userEvent.click(canvas.getByRole('button', { name: t('server.copy') }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(t('server.copied')));
    await storyClock(context).advance(5000);
    await waitFor(() =>
      expect(canvasElement.querySelector('.problemkit-TraceId')).toHaveAttribute('data-state', 'idle'),
    );
  },
};

/** Copying is refused: the reference is selected on screen and the person is told to copy it themselves. */
export const CopyRefused: Story = {
  parameters: isolatedInDocs,
  beforeEach: () => stubClipboard(false),
  play: async ({ canvas, canvasElement, globals, userEvent }) => {
    const { t } = storyWords(globals);
    await userEvent.click(canvas.getByRole('button', { name: t('server.copy') }));
    await waitFor(() =>
      expect(canvasElement.querySelector('.problemkit-TraceId')).toHaveAttribute('data-state', 'failed'),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent(t('server.copyFailed'));
    await expect(window.getSelection()?.toString()).toBe(aspNetTrace);
  },
};
