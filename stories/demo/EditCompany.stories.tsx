import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { type ApiFetch, type Clock, createApiFetch } from 'problemkit';
import {
  offline,
  type ProblemSpec,
  problemHandler,
  rateLimitedFor,
  successEnvelope,
  unavailableUntil,
} from 'problemkit/msw';
import { expect, fn, waitFor, within } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { type Company, EditCompany } from './EditCompany.js';

// The end-to-end demo: the "edit company" page (EditCompany.tsx) against a mocked BigCommerce B2B Edition API. The
// `answer` control picks what the server says to "Save company"; each answer is also a story of its own, whose play
// function checks what a person sees and where focus goes. Time is the story clock (toolbar "Clock"): tests run it
// frozen and move it on with `storyClock(context).advance(ms)`, so a 30 s countdown never costs 30 s.

/** What the mocked server answers to "Save company". */
type Answer =
  | 'saved'
  | 'field-errors'
  | 'conflict'
  | 'rate-limited'
  | 'maintenance'
  | 'signed-out'
  | 'forbidden'
  | 'server-error'
  | 'offline';

const answerLabels: Readonly<Record<Answer, string>> = {
  saved: '200 saved',
  'field-errors': '422 field errors (B2B data.errMsg map)',
  conflict: '409 conflict',
  'rate-limited': '429 for 30 s, then OK',
  maintenance: '503 for 90 s, then the probe succeeds',
  'signed-out': '401 signed out',
  forbidden: '403 not allowed',
  'server-error': '500 with a trace id',
  offline: 'offline (no response)',
};

const answers = Object.keys(answerLabels) as Answer[];

interface DemoArgs {
  /** What the server answers to "Save company". */
  readonly answer: Answer;
  /** The app's "go to sign-in" (after a 401). */
  readonly onSignIn: (returnTo: string) => void;
}

const companyUrl = '/api/demo/companies/7';
const probeUrl = '/api/demo/health';

const company: Company = {
  companyName: 'Acme Supplies GmbH',
  email: 'purchasing@acme.example',
  phone: '+49 30 1234567',
  address: { city: 'Berlin', postalCode: '10115' },
  contacts: [{ email: 'anna.schmidt@acme.example' }],
};

/** B2B Edition's 422: `{"code":422,"data":{"errMsg":{"email":[…],"address":{"postalCode":[…]},"contacts":[{…}]}},…}`. */
const fieldErrors: ProblemSpec = {
  status: 422,
  dialect: 'b2b-edition',
  title: 'Parameter Error',
  // The app's paths; `keys: 'native'` nests them the way B2B Edition (a DRF service) does.
  keys: 'native',
  fieldErrors: new Map([
    ['email', 'Enter a valid email address.'],
    ['phone', 'Enter the phone number with its country code, like +49 30 1234567.'],
    ['address.postalCode', 'Ensure this field has no more than 5 characters.'],
    ['contacts[0].email', 'This field may not be blank.'],
  ]),
};

const conflictDetail = 'Another buyer changed this company while you were editing it.';
const forbiddenDetail = 'Only company administrators can change company details.';
const traceId = '6f1c2b7e9a4d4f0c8e3b5a7d9c1e2f40';

/** The mocked API for one answer: the company loads, and "Save company" gets `answer`. */
function handlersFor(answer: Answer, clock: Clock): RequestHandler[] {
  const saved = () => HttpResponse.json(successEnvelope('b2b-edition', { ...company, companyId: 7 }));
  const handlers: RequestHandler[] = [
    http.get(companyUrl, () => HttpResponse.json(successEnvelope('b2b-edition', { ...company, companyId: 7 }))),
    http.get(probeUrl, () => HttpResponse.json(successEnvelope('b2b-edition', { status: 'ok' }))),
  ];
  const put = (spec: ProblemSpec) => problemHandler('put', companyUrl, spec, { clock });
  switch (answer) {
    case 'saved':
      return [...handlers, http.put(companyUrl, saved)];
    case 'field-errors':
      return [...handlers, put(fieldErrors)];
    case 'conflict':
      return [...handlers, put({ status: 409, dialect: 'b2b-edition', detail: conflictDetail })];
    case 'rate-limited':
      return [
        ...handlers,
        http.put(
          companyUrl,
          rateLimitedFor(30_000, {
            clock,
            // B2B Edition's documented quota headers: X-Requests-Allocated "150 times/60 s" and friends.
            problem: {
              dialect: 'b2b-edition',
              detail: 'Request was throttled.',
              rateLimit: { limit: 150, remaining: 0, windowMs: 60_000 },
            },
            success: { data: { ...company, companyId: 7 } },
          }),
        ),
      ];
    case 'maintenance': {
      // One outage for the whole API: the save and the provider's probe share it, so the probe the provider sends at
      // the server's Retry-After time is the first request answered after the outage.
      const outage = unavailableUntil(90_000, {
        clock,
        problem: { dialect: 'b2b-edition', detail: 'The store is down for maintenance.' },
        success: { data: { status: 'ok' } },
      });
      return [http.get(probeUrl, outage), http.put(companyUrl, outage), ...handlers];
    }
    case 'signed-out':
      return [...handlers, put({ status: 401, dialect: 'b2b-edition', detail: 'Invalid token.' })];
    case 'forbidden':
      return [...handlers, put({ status: 403, dialect: 'b2b-edition', detail: forbiddenDetail })];
    case 'server-error':
      return [
        ...handlers,
        put({ status: 500, dialect: 'b2b-edition', detail: 'An internal error occurred.', traceId }),
      ];
    case 'offline':
      return [...handlers, http.put(companyUrl, offline({ clock }))];
    default:
      answer satisfies never;
      return handlers;
  }
}

/** The app's API client on the story clock (one per clock, so a re-render keeps the same client). */
const clients = new WeakMap<Clock, ApiFetch>();
function apiFor(clock: Clock): ApiFetch {
  let client = clients.get(clock);
  if (client === undefined) {
    client = createApiFetch({ clock });
    clients.set(clock, client);
  }
  return client;
}

/** Called by the provider once per burst of 401s (an app navigates to its sign-in page here). */
const onUnauthenticated = fn().mockName('onUnauthenticated');

const meta = {
  title: 'Demo/Edit company',
  args: { answer: 'field-errors', onSignIn: fn().mockName('onSignIn') },
  argTypes: {
    answer: {
      name: "Server's answer",
      description: 'What the mocked B2B Edition API answers to "Save company".',
      options: answers,
      control: { type: 'radio', labels: answerLabels },
    },
    onSignIn: { table: { disable: true } },
  },
  parameters: {
    layout: 'padded',
    problemkit: { provider: { probe: probeUrl, onUnauthenticated } },
    docs: {
      description: {
        component:
          'A B2B "edit company" form built only from public exports, under `ProblemProvider` with TanStack Query, ' +
          "saving to a mocked BigCommerce B2B Edition API (`problemkit/msw`). Pick the server's answer with the " +
          '"Server\'s answer" control, then press "Save company".',
      },
    },
  },
  beforeEach: ({ args, msw, ...context }) => {
    msw.use(...handlersFor(args.answer, storyClock(context)));
  },
  render: (args, context) => <EditCompany companyId={7} api={apiFor(storyClock(context))} onSignIn={args.onSignIn} />,
} satisfies Meta<DemoArgs>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = StoryContext<DemoArgs>;

/** The loaded form and its button, once the company has arrived. */
async function loadedForm({ canvas }: PlayContext) {
  const button = await canvas.findByRole('button', { name: 'Save company' });
  return { button, name: canvas.getByRole('textbox', { name: 'Company name' }) };
}

/** Presses "Save company" (a keyboard user: Enter in a field would do the same). */
async function save(context: PlayContext): Promise<HTMLElement> {
  const { button } = await loadedForm(context);
  await context.userEvent.click(button);
  return button;
}

/** Start here: pick any answer with the "Server's answer" control, then press "Save company". */
export const Playground: Story = {
  play: async (context) => {
    const { name } = await loadedForm(context);
    await expect(name).toHaveValue('Acme Supplies GmbH');
  },
};

/** 200: saved. The status line says so; nothing is marked wrong. */
export const Saved: Story = {
  name: '200 saved',
  args: { answer: 'saved' },
  play: async (context) => {
    const { canvas, canvasElement } = context;
    await save(context);
    await expect(await canvas.findByText('Company saved.')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvasElement.querySelector('[aria-invalid="true"]')).toBeNull();
  },
};

/**
 * 422 in B2B Edition's dialect (`data.errMsg` as a nested map): the summary takes focus and lists every message in the
 * server's order; each link focuses its field, nested and indexed paths included; editing a field clears its message.
 */
export const FieldErrors: Story = {
  name: '422 field errors',
  args: { answer: 'field-errors' },
  play: async (context) => {
    const { canvas, canvasElement, userEvent, step } = context;
    await step('submit: the summary appears and takes focus', async () => {
      await save(context);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent('There is a problem');
      await waitFor(() => expect(canvasElement.querySelector('.problemkit-ErrorSummary')).toHaveFocus());
      const links = within(alert.closest('.problemkit-ErrorSummary') ?? alert).getAllByRole('link');
      await expect(links.map((link) => link.textContent)).toEqual([
        'Enter a valid email address.',
        'Enter the phone number with its country code, like +49 30 1234567.',
        'Ensure this field has no more than 5 characters.',
        'This field may not be blank.',
      ]);
    });
    await step('each field is marked and says why, in place', async () => {
      const postcode = canvas.getByRole('textbox', { name: 'Postcode' });
      await expect(postcode).toHaveAttribute('aria-invalid', 'true');
      await expect(postcode).toHaveAccessibleDescription('Error: Ensure this field has no more than 5 characters.');
      await expect(canvas.getByRole('textbox', { name: 'Company name' })).not.toHaveAttribute('aria-invalid');
    });
    await step('a summary link focuses its field (contacts[0].email ≡ contacts.0.email)', async () => {
      await userEvent.click(canvas.getByRole('link', { name: 'This field may not be blank.' }));
      const contact = canvas.getByRole('textbox', { name: 'Email address of the main contact' });
      await expect(contact).toHaveFocus();
      await expect(contact).toHaveAccessibleDescription('Error: This field may not be blank.');
    });
    await step('editing the field clears its message (the summary keeps it until the next submit)', async () => {
      const contact = canvas.getByRole('textbox', { name: 'Email address of the main contact' });
      await userEvent.type(contact, 'anna.schmidt@acme.example');
      await expect(contact).not.toHaveAttribute('aria-invalid');
      await expect(contact).not.toHaveAccessibleDescription();
    });
  },
};

/**
 * The same 422 with the keyboard only: Tab walks the fields in order, Enter in a field submits, the summary takes
 * focus, Tab walks its links in the server's order, and Enter on a link lands on its field.
 */
export const FieldErrorsByKeyboard: Story = {
  name: '422 by keyboard only',
  args: { answer: 'field-errors' },
  play: async (context) => {
    const { canvas, canvasElement, userEvent, step } = context;
    const { button, name } = await loadedForm(context);
    const order = [
      name,
      canvas.getByRole('textbox', { name: 'Email address' }),
      canvas.getByRole('textbox', { name: 'Phone number' }),
      canvas.getByRole('textbox', { name: 'Town or city' }),
      canvas.getByRole('textbox', { name: 'Postcode' }),
      canvas.getByRole('textbox', { name: 'Email address of the main contact' }),
      button,
    ];
    await step('Tab walks the fields in order, then the button', async () => {
      await userEvent.click(name);
      for (const element of order.slice(1)) {
        await userEvent.tab();
        await expect(element).toHaveFocus();
      }
    });
    await step('Enter in a field submits; the summary takes focus', async () => {
      await userEvent.click(canvas.getByRole('textbox', { name: 'Town or city' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvasElement.querySelector('.problemkit-ErrorSummary')).toHaveFocus());
    });
    await step('Tab walks the summary links; Enter on the third lands on the postcode', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('link', { name: 'Enter a valid email address.' })).toHaveFocus();
      await userEvent.tab();
      await userEvent.tab();
      await expect(
        canvas.getByRole('link', { name: 'Ensure this field has no more than 5 characters.' }),
      ).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(canvas.getByRole('textbox', { name: 'Postcode' })).toHaveFocus();
    });
  },
};

/** 409: the conflict notice with the server's reason and "Reload"; the form stays as the person left it. */
export const Conflict: Story = {
  name: '409 conflict',
  args: { answer: 'conflict' },
  play: async (context) => {
    const { canvas } = context;
    await save(context);
    await expect(await canvas.findByRole('heading', { name: 'Your change could not be saved' })).toBeVisible();
    await expect(canvas.getByText(conflictDetail)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expect(canvas.queryByText('There is a problem')).toBeNull();
  },
};

/**
 * 429 for 30 s: the button is held (focusable, `aria-disabled`, says why) while the notice counts down; the story
 * clock moves on 30 s, the button is usable again, and the next save goes through.
 */
export const RateLimited: Story = {
  name: '429 countdown holds the button',
  args: { answer: 'rate-limited' },
  play: async (context) => {
    const { canvas, userEvent, step } = context;
    const clock = storyClock(context);
    const button = await save(context);
    await step('the button is held and says why; the notice counts down from 0:30', async () => {
      await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
      await expect(button).toHaveAccessibleDescription('Paused for 30 seconds because of too many requests.');
      await expect(canvas.getByText('Too many requests. Try again in 0:30.')).toBeVisible();
      await userEvent.click(button);
      await expect(canvas.queryByText('Company saved.')).toBeNull();
    });
    await step('10 seconds later: 0:20', async () => {
      await clock.advance(10_000);
      await waitFor(() => expect(canvas.getByText('Too many requests. Try again in 0:20.')).toBeVisible());
      await expect(button).toHaveAccessibleDescription('Paused for 20 seconds because of too many requests.');
    });
    await step('at zero the button is usable again', async () => {
      await clock.advance(20_000);
      await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
      // The visible line (the polite live region says the same, visually hidden).
      await expect(canvas.getByText('You can try again now.', { selector: 'p' })).toBeVisible();
    });
    await step('and the next save goes through', async () => {
      await userEvent.click(button);
      await expect(await canvas.findByText('Company saved.')).toBeVisible();
    });
  },
};

/**
 * 503 for 90 s: the maintenance banner appears (from the provider, no code in the form) with a live countdown; at the
 * server's Retry-After time the provider's probe succeeds, the banner says so and then goes away.
 */
export const Maintenance: Story = {
  name: '503 banner clears itself',
  args: { answer: 'maintenance' },
  play: async (context) => {
    const { canvas, step } = context;
    const clock = storyClock(context);
    await save(context);
    await step('the banner shows when the service should be back', async () => {
      const banner = await canvas.findByRole('region', { name: 'The service is unavailable' });
      await expect(banner).toHaveTextContent('1:30');
      await expect(within(banner).getByRole('button', { name: 'Hide this message' })).toBeVisible();
    });
    await step('90 seconds later the probe succeeds: "available again"', async () => {
      await clock.advance(90_000);
      // The banner, by its heading: its polite live region repeats the words a moment later.
      await expect(await canvas.findByRole('region', { name: 'The service is available again.' })).toBeVisible();
      await expect(canvas.queryByRole('region', { name: 'The service is unavailable' })).toBeNull();
    });
    await step('a few seconds later the banner is gone', async () => {
      await clock.advance(5_000);
      await waitFor(() => expect(canvas.queryByText('The service is available again.')).toBeNull());
      await expect(context.canvasElement.querySelector('.problemkit-MaintenanceBanner')).toBeNull();
    });
  },
};

/** 401: "You need to sign in again" with "Sign in", which hands the app the page to come back to. */
export const SignedOut: Story = {
  name: '401 sign in again',
  args: { answer: 'signed-out' },
  play: async (context) => {
    const { args, canvas, userEvent } = context;
    await save(context);
    await expect(await canvas.findByRole('heading', { name: 'You need to sign in again' })).toBeVisible();
    await expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledTimes(1);
    await expect(args.onSignIn).toHaveBeenCalledWith(expect.stringContaining('/'));
  },
};

/** 403: what the person may not do, the server's reason, and whom to ask. */
export const Forbidden: Story = {
  name: '403 not allowed',
  args: { answer: 'forbidden' },
  play: async (context) => {
    const { canvas } = context;
    await save(context);
    await expect(
      await canvas.findByRole('heading', { name: "You do not have permission to change this company's details" }),
    ).toBeVisible();
    await expect(canvas.getByText(forbiddenDetail)).toBeVisible();
    await expect(canvas.getByText("Ask your company's account administrator if you need access.")).toBeVisible();
  },
};

/** 500: "There is a problem with the service", the trace id to quote with a copy button, and "Try again". */
export const ServerError: Story = {
  name: '500 with trace id',
  args: { answer: 'server-error' },
  play: async (context) => {
    const { canvas } = context;
    await save(context);
    await expect(await canvas.findByRole('heading', { name: 'There is a problem with the service' })).toBeVisible();
    await expect(canvas.getByText(traceId)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy reference' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** No response at all: "The service could not be reached", check the connection, "Try again". */
export const Offline: Story = {
  name: 'Offline',
  args: { answer: 'offline' },
  play: async (context) => {
    const { canvas } = context;
    await save(context);
    await expect(await canvas.findByRole('heading', { name: 'The service could not be reached' })).toBeVisible();
    await expect(canvas.getByText('Check your internet connection, then try again.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
