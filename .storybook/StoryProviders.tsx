import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemProvider, type ProblemProviderProps } from 'problemkit';
import { deMessages } from 'problemkit/locales/de';
import { createQueryDefaults } from 'problemkit/query';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { bindQueryTimers } from './queryTimers.js';
import type { StoryClock } from './storyClock.js';

/** The toolbar's locales: English (built in) and German (`problemkit/locales/de`, passed in `catalogs`). */
export type StoryLocale = 'en' | 'de';

/** The toolbar's themes: `styles.css` switches on `data-theme` on any ancestor. */
export type StoryTheme = 'light' | 'dark';

/**
 * What a story may set in `parameters.problemkit`:
 * - `provider`: extra `ProblemProvider` props (`probe`, `onUnauthenticated`, `messages`…), merged over the
 *   decorator's own (`locale`, `clock`, `timeZone`, `queryClient`); `false` renders the story without a provider
 *   (to show a component's defaults: English, the system clock, no conditions);
 * - `query`: `false` renders without a `QueryClientProvider` (stories that bring their own client).
 *
 * @example
 * ```ts
 * export const Probing: Story = { parameters: { problemkit: { provider: { probe: '/api/health' } } } };
 * ```
 */
export interface ProblemkitParameters {
  readonly provider?: Partial<Omit<ProblemProviderProps, 'children'>> | false;
  readonly query?: false;
}

/** The shipped catalogs beyond English, as an app passes them. */
const storyCatalogs = { de: deMessages };

interface StoryProvidersProps {
  readonly clock: StoryClock;
  readonly locale: StoryLocale;
  readonly theme: StoryTheme;
  readonly viewMode: 'story' | 'docs';
  readonly parameters: ProblemkitParameters | undefined;
  readonly children: ReactNode;
}

/**
 * Everything a story renders inside: a fresh `QueryClient` (the kit's retry policy, measured on the story clock),
 * `ProblemProvider` watching that client, with the toolbar's locale and the story clock, and a themed canvas.
 * The preview keys it to the story id (and the clock), so no cache, condition or timer survives from one story to
 * the next (msw-storybook-addon#63: a shared client leaks state between stories).
 */
export function StoryProviders({ clock, locale, theme, viewMode, parameters, children }: StoryProvidersProps) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: createQueryDefaults({ clock }),
      }),
  );

  // Theme and language belong to the document in the canvas (the body's colours are what axe measures contrast
  // against); on a docs page the stories share the document with the docs, so only the wrapper is themed there.
  useLayoutEffect(() => {
    if (viewMode !== 'story') return undefined;
    const root = document.documentElement;
    root.setAttribute('data-theme', theme);
    root.setAttribute('lang', locale);
    return () => {
      root.removeAttribute('data-theme');
      root.setAttribute('lang', 'en');
    };
  }, [theme, locale, viewMode]);

  // TanStack's timers go to this story's clock while it is mounted. The client itself is simply dropped with the
  // story (QueryClientProvider unmounts it); its leftover timers sit in the story clock, which the preview disposes.
  useLayoutEffect(() => bindQueryTimers(clock), [clock]);

  const providerProps = parameters?.provider;
  let content = children;
  if (providerProps !== false) {
    content = (
      <ProblemProvider
        locale={locale}
        catalogs={storyCatalogs}
        clock={clock}
        // A frozen story reads the same on every machine: its times are told in UTC.
        timeZone={clock.mode === 'frozen' ? 'UTC' : undefined}
        queryClient={parameters?.query === false ? undefined : queryClient}
        {...providerProps}
      >
        {children}
      </ProblemProvider>
    );
  }
  if (parameters?.query !== false) {
    content = <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
  }
  return (
    <div className="problemkit-story" data-theme={theme} lang={locale}>
      {content}
    </div>
  );
}
