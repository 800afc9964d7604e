// Helpers for the component stories: problems built the way a server sends them (problemkit/msw's `mockProblem`,
// read back by `toProblem`), measured on the provider's clock — the story clock the preview injects — so a 429's
// countdown or a 503's "back at" time is the same on every run of a frozen story.
import {
  type ApiFetch,
  type ApiProblem,
  type Clock,
  createApiFetch,
  createTranslator,
  ProblemContext,
  systemClock,
  type Translator,
  toProblem,
} from 'problemkit';
import { deMessages } from 'problemkit/locales/de';
import { mockProblem, type ProblemSpec } from 'problemkit/msw';
import { type ReactNode, useContext, useMemo } from 'react';

/** The request a mocked problem answers, so the problem knows its method and URL (rate limits are per origin). */
export interface StoryRequest {
  readonly method: string;
  readonly url: string;
}

/**
 * The problem a client reads from the answer `spec` describes, received at `clock.now()`.
 *
 * @example
 * ```ts
 * const problem = problemAt({ status: 429, retryAfter: 30 }, clock);
 * ```
 */
export function problemAt(spec: ProblemSpec, clock: Clock, request?: StoryRequest): ApiProblem {
  const answer = mockProblem(spec, request === undefined ? { clock } : { clock, request });
  return toProblem(
    {
      status: answer.status,
      headers: answer.headers,
      body: answer.body,
      ...(request === undefined ? {} : { request }),
    },
    { clock },
  );
}

/** `problemAt` on the nearest provider's clock, made once per spec (components key their state by problem). */
export function useMockProblem(spec: ProblemSpec, request?: StoryRequest): ApiProblem {
  // Without a provider the kit reads the system clock; so do these helpers.
  const clock = useContext(ProblemContext)?.clock ?? systemClock;
  return useMemo(() => problemAt(spec, clock, request), [spec, clock, request]);
}

/** Renders `children` with the problem for `spec` (see `useMockProblem`). */
export function WithProblem({
  spec,
  request,
  children,
}: {
  readonly spec: ProblemSpec;
  readonly request?: StoryRequest;
  readonly children: (problem: ApiProblem) => ReactNode;
}): ReactNode {
  return children(useMockProblem(spec, request));
}

/**
 * `apiFetch` on the provider's clock, as an app that injects its clock would make it: the problems it rejects with
 * are received at the story's time, so their countdowns agree with the story clock.
 */
export function useStoryApiFetch(): ApiFetch {
  // Without a provider the kit reads the system clock; so do these helpers.
  const clock = useContext(ProblemContext)?.clock ?? systemClock;
  return useMemo(() => createApiFetch({ clock }), [clock]);
}

/**
 * Query options for the visible line of a `RateLimitNotice`: the same words are also in its live region (read out
 * at a calm cadence), so text queries must say which one they mean.
 */
export const visibleLine = { selector: '.problemkit-RateLimitNotice-text' } as const;

/**
 * The kit's words in the story's locale (the toolbar's `locale` global), so play functions check what the person
 * reads in English and in German alike.
 *
 * @example
 * ```ts
 * play: async ({ canvas, globals }) => {
 *   await expect(canvas.getByRole('heading', { name: storyWords(globals).t('not-found.title') })).toBeVisible();
 * };
 * ```
 */
export function storyWords(globals: { readonly [name: string]: unknown }): Translator {
  return createTranslator({
    locale: globals.locale === 'de' ? 'de' : 'en',
    catalogs: { de: deMessages },
    timeZone: 'UTC',
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches `words(ms)` for `seconds` left or one second less: a frozen clock shows the first, a running one (people
 * browsing the Storybook) may already show the second when the play function looks.
 */
export function secondsPattern(words: (remainingMs: number) => string, seconds: number): RegExp {
  const now = escapeRegExp(words(seconds * 1000));
  const soon = escapeRegExp(words((seconds - 1) * 1000));
  return new RegExp(`^(${now}|${soon})$`);
}

/**
 * Parameters for a story that talks to the mocked API or patches the page (`beforeEach`): on its component's docs
 * page it renders in its own iframe, where msw serves only its handlers. Inline, every story of the page shares one
 * worker client, and each story's loader resets the handlers of the ones before it (msw-storybook-addon#63).
 */
export const isolatedInDocs = { docs: { story: { inline: false, iframeHeight: 420 } } } as const;
