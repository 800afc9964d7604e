// Builds one status-gallery story from a `statusGallery` entry (problemkit/msw): the mocked API answers the entry's
// spec through `problemHandler`, `GalleryExample` requests it with `apiFetch`, and the play function checks what a
// person sees for that status's kind (DESIGN.md, Kinds).
//
// Why a helper and hand-written exports rather than a generated file: Storybook's indexer reads a CSF file statically,
// so each story must be a named export, and a story's display name must be a literal to appear in the sidebar. One
// line per status (`export const Status404: Story = { name: '404 Not Found', ...galleryStory('b2b-edition-404') }`)
// keeps that static with nothing to regenerate, and the `Status gallery/Overview` story fails when `statusGallery`
// gains an entry that no file exports (or a file names an entry that does not exist), so the two cannot drift.
import type { StoryContext, StoryObj } from '@storybook/react-vite';
import { type ApiFetch, type Clock, createApiFetch, isReasonPhrase, kindTitles, type ProblemKind } from 'problemkit';
import { problemHandler, type StatusGalleryEntry, statusGallery } from 'problemkit/msw';
import { expect, waitFor, within } from 'storybook/test';
import { storyClock } from '../../.storybook/storyClock.js';
import { GalleryExample } from './GalleryExample.js';
import { specFieldErrors } from './specFieldErrors.js';

/** The args every gallery story takes. */
export interface GalleryArgs {
  /** The app's "go to sign-in", called by the 401 notice's "Sign in". */
  readonly onSignIn: (returnTo: string) => void;
}

/** A gallery story. */
export type GalleryStory = StoryObj<GalleryArgs>;

/** Where the mocked API answers an entry. */
export function galleryUrl(entry: StatusGalleryEntry): string {
  return `/api/gallery/${entry.id}`;
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

/**
 * The kind DESIGN.md's table gives a status, written out here on purpose: the stories check the kit's own
 * `kindForStatus` against the design instead of repeating it.
 */
export function expectedKind(status: number, hasFieldErrors: boolean): ProblemKind {
  switch (status) {
    case 400:
      return hasFieldErrors ? 'validation' : 'bad-request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 405:
      return 'method-not-allowed';
    case 406:
      return 'not-acceptable';
    case 408:
    case 504:
      return 'timeout';
    case 409:
      return 'conflict';
    case 413:
      return 'too-large';
    case 415:
      return 'unsupported-media-type';
    case 422:
      return 'validation';
    case 429:
    case 509:
      return 'rate-limited';
    case 501:
      return 'not-implemented';
    case 503:
      return 'unavailable';
    case 507:
      return 'insufficient-storage';
    default:
      if (status >= 500 && status <= 599) return 'server';
      if (status >= 400 && status <= 499) return 'bad-request';
      return 'unknown';
  }
}

/** `m:ss`, as the countdowns show a wait. */
function countdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The seconds a spec's `retryAfter` asks for, when it is a plain number of seconds. */
function waitSeconds(entry: StatusGalleryEntry): number | undefined {
  const wait = entry.spec.retryAfter;
  return typeof wait === 'number' ? wait : undefined;
}

/** The server's own words a notice repeats for kinds where they help (a conflict's reason, a plan limit …). */
function serverWords(entry: StatusGalleryEntry): string | undefined {
  const { detail, title } = entry.spec;
  if (detail !== undefined) return detail;
  return title !== undefined && !isReasonPhrase(title) ? title : undefined;
}

const kindsWithServerWords: ReadonlySet<ProblemKind> = new Set([
  'bad-request',
  'forbidden',
  'not-found',
  'conflict',
  'insufficient-storage',
]);

async function expectWhatAPersonSees(entry: StatusGalleryEntry, context: StoryContext<GalleryArgs>): Promise<void> {
  const { canvas, canvasElement, name, step } = context;
  const fields = specFieldErrors(entry.spec);
  const kind = expectedKind(entry.status, fields.length > 0);

  await step(`the story is the seed's ${entry.status} ${entry.label}`, async () => {
    await expect(name.startsWith(`${entry.status} ${entry.label}`)).toBe(true);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(`${entry.status} ${entry.label}`);
  });
  await waitFor(() => expect(canvas.queryByText('Loading…')).toBeNull());

  await step(`what a person sees for kind "${kind}"`, async () => {
    switch (kind) {
      case 'validation': {
        const summary = canvasElement.querySelector<HTMLElement>('.problemkit-ErrorSummary');
        await expect(canvas.getByRole('alert')).toHaveTextContent('There is a problem');
        await waitFor(() => expect(summary).toHaveFocus());
        for (const [field, messages] of fields) {
          for (const message of messages) {
            await expect(within(summary ?? canvasElement).getByRole('link', { name: message })).toBeVisible();
          }
          await expect(canvasElement.querySelector(`[name="${field}"]`)).toHaveAttribute('aria-invalid', 'true');
        }
        return;
      }
      case 'rate-limited': {
        const seconds = waitSeconds(entry);
        const text =
          seconds === undefined
            ? 'Too many requests. Wait a moment, then try again.'
            : `Too many requests. Try again in ${countdown(seconds)}.`;
        await expect(canvas.getByText(text)).toBeVisible();
        await expect(canvas.getByRole('button', { name: 'Send again' })).toHaveAttribute('aria-disabled', 'true');
        return;
      }
      case 'unavailable':
        await expect(await canvas.findByRole('region', { name: kindTitles.unavailable })).toBeVisible();
        return;
      case 'unauthenticated':
        await expect(canvas.getByRole('heading', { name: kindTitles.unauthenticated })).toBeVisible();
        await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeVisible();
        return;
      default: {
        await expect(canvas.getByRole('heading', { level: 3, name: kindTitles[kind] })).toBeVisible();
        const words = serverWords(entry);
        if (words !== undefined && kindsWithServerWords.has(kind)) await expect(canvas.getByText(words)).toBeVisible();
        if (kind === 'conflict') await expect(canvas.getByRole('button', { name: 'Reload' })).toBeVisible();
        if (kind === 'server' || kind === 'timeout') {
          await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
        }
        // DESIGN.md: the trace id on every 5xx notice, with a copy button; never shown when absent.
        const traceId = entry.spec.traceId;
        if (entry.status >= 500 && traceId !== undefined) {
          await expect(canvas.getByText(traceId)).toBeVisible();
          await expect(canvas.getByRole('button', { name: 'Copy reference' })).toBeVisible();
        } else if (traceId === undefined) {
          await expect(canvas.queryByRole('button', { name: 'Copy reference' })).toBeNull();
        }
      }
    }
  });
}

/**
 * The story for the `statusGallery` entry `id` (throws when there is none, so a typo fails the file at once). Spread
 * it after a literal `name`, which Storybook's indexer reads for the sidebar.
 *
 * @example
 * ```ts
 * export const Status404: GalleryStory = { name: '404 Not Found', ...galleryStory('b2b-edition-404') };
 * ```
 */
export function galleryStory(id: string): GalleryStory {
  const entry = statusGallery.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`galleryStory: statusGallery has no entry "${id}"`);
  const url = galleryUrl(entry);
  return {
    parameters: {
      gallery: { id },
      docs: { description: { story: `${entry.api}, seed ${entry.seed}: ${entry.purpose}` } },
    },
    beforeEach: ({ msw, ...context }) => {
      msw.use(problemHandler('get', url, entry.spec, { clock: storyClock(context) }));
    },
    render: (args, context) => (
      <GalleryExample entry={entry} url={url} api={apiFor(storyClock(context))} onSignIn={args.onSignIn} />
    ),
    play: (context) => expectWhatAPersonSees(entry, context),
  };
}
