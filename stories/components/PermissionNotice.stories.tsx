import type { Meta, StoryObj } from '@storybook/react-vite';
import { PermissionNotice } from 'problemkit';
import { problemHandler } from 'problemkit/msw';
import { useEffect } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { isolatedInDocs, storyWords, useStoryApiFetch, WithProblem } from './storyProblem.js';

const meta = {
  tags: ['autodocs'],
  title: 'Components/PermissionNotice',
  component: PermissionNotice,
  args: { onSignIn: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The notice for a 401 (the session has ended: "Sign in", with where to come back to) or a 403 (what the ' +
          "person may not do, the server's reason — BigCommerce answers 403 when a plan limit is reached — and who " +
          'to ask).',
      },
    },
  },
} satisfies Meta<typeof PermissionNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 401: signed out, with a "Sign in" button that hands over the page to come back to. */
export const SignedOut: Story = {
  render: (args) => (
    <WithProblem spec={{ status: 401, dialect: 'empty' }}>
      {(problem) => <PermissionNotice {...args} problem={problem} returnTo="/companies/7/edit" />}
    </WithProblem>
  ),
  play: async ({ args, canvas, globals, userEvent }) => {
    const { t } = storyWords(globals);
    await expect(canvas.getByRole('heading', { name: t('unauthenticated.title') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('action.signIn') }));
    await expect(args.onSignIn).toHaveBeenCalledWith('/companies/7/edit');
  },
};

/** 401 without `onSignIn`: the app handles signing in elsewhere (e.g. `onUnauthenticated`), so no button. */
export const SignedOutWithoutButton: Story = {
  args: { onSignIn: undefined },
  render: SignedOut.render,
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** 403 with the server's reason (BigCommerce B2B Edition). */
export const Forbidden: Story = {
  render: (args) => (
    <WithProblem
      spec={{
        status: 403,
        dialect: 'b2b-edition',
        title: 'Forbidden',
        detail: 'You do not have permission to perform this action.',
      }}
    >
      {(problem) => <PermissionNotice {...args} problem={problem} />}
    </WithProblem>
  ),
};

/** 403 naming the action and whom to ask. */
export const ForbiddenWithActionAndContact: Story = {
  args: { action: 'change prices', contact: 'your account administrator' },
  render: (args) => (
    <WithProblem spec={{ status: 403, dialect: 'aspnet' }}>
      {(problem) => <PermissionNotice {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = storyWords(globals);
    await expect(
      canvas.getByRole('heading', { name: t('forbidden.action', { action: 'change prices' }) }),
    ).toBeVisible();
    await expect(canvas.getByText(t('forbidden.askContact', { contact: 'your account administrator' }))).toBeVisible();
  },
};

/** BigCommerce's plan limit, sent as a 403: the server's explanation is what the person needs to read. */
export const PlanLimit: Story = {
  args: { contact: 'the store owner' },
  render: (args) => (
    <WithProblem
      spec={{
        status: 403,
        dialect: 'bigcommerce-v3',
        title: 'You have reached your plan limit',
        detail: 'A store cannot exceed 16,000 categories. Upgrade your plan to add more.',
      }}
    >
      {(problem) => <PermissionNotice {...args} problem={problem} />}
    </WithProblem>
  ),
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('A store cannot exceed 16,000 categories. Upgrade your plan to add more.'),
    ).toBeVisible();
  },
};

const onUnauthenticated = fn();
const meUrl = '/api/stories/permission-notice/me';
const cartUrl = '/api/stories/permission-notice/cart';

function Account() {
  const apiFetch = useStoryApiFetch();
  useEffect(() => {
    // Two requests fail with 401 at once, as on a real page after the session ended.
    apiFetch(meUrl).catch(() => undefined);
    apiFetch(cartUrl).catch(() => undefined);
  }, [apiFetch]);
  return null;
}

/**
 * From the provider, against the mocked API: two requests get a 401; the notice (with no props) follows the
 * provider's signed-out condition, and `onUnauthenticated` fires once for the burst.
 */
export const FromTheProvider: Story = {
  args: { onSignIn: undefined },
  parameters: { ...isolatedInDocs, problemkit: { provider: { onUnauthenticated } } },
  beforeEach: ({ msw }) => {
    onUnauthenticated.mockClear();
    msw.use(
      problemHandler('get', meUrl, { status: 401, dialect: 'empty' }),
      problemHandler('get', cartUrl, { status: 401, dialect: 'bigcommerce-v3' }),
    );
  },
  render: (args) => (
    <>
      <Account />
      <PermissionNotice {...args} />
    </>
  ),
  play: async ({ canvas, globals }) => {
    const heading = { name: storyWords(globals).t('unauthenticated.title') };
    await expect(await canvas.findByRole('heading', heading)).toBeVisible();
    await waitFor(() => expect(onUnauthenticated).toHaveBeenCalledTimes(1));
  },
};
