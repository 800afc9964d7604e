import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { mswLoader } from 'msw-storybook-addon/csf3';
import 'problemkit/styles.css';
import './preview.css';
import { installQueryTimers } from './queryTimers.js';
import { type ProblemkitParameters, type StoryLocale, StoryProviders, type StoryTheme } from './StoryProviders.js';
import { createStoryClock, type StoryClock, type StoryClockMode, storyClock } from './storyClock.js';

// Before any QueryClient exists: TanStack's retry timers follow the story clock (see queryTimers.ts).
installQueryTimers();

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

// One clock per story render, made by a loader so that `beforeEach` (msw scenarios), the decorator (the
// provider) and `play` (advancing time) all get the same one from `context.loaded.clock`. Loaders run again on
// every render (a toolbar or args change), so the previous clock of the same story is dropped with its timers.
const clocks = new Map<string, StoryClock>();
const serials = new WeakMap<StoryClock, number>();
let serial = 0;

const clockLoader: Loader = (context) => {
  clocks.get(context.id)?.dispose();
  const clock = createStoryClock(pick<StoryClockMode>(context.globals.clock, ['frozen', 'running'], 'running'));
  serial += 1;
  serials.set(clock, serial);
  clocks.set(context.id, clock);
  return { clock };
};

const withProblemkit: Decorator = (Story, context) => {
  const clock = storyClock(context);
  return (
    <StoryProviders
      // A new story, or a new clock (toolbar change), gets a new client, provider and conditions store.
      key={`${context.id}:${serials.get(clock) ?? 0}`}
      clock={clock}
      locale={pick<StoryLocale>(context.globals.locale, ['en', 'de'], 'en')}
      theme={pick<StoryTheme>(context.globals.theme, ['light', 'dark'], 'light')}
      viewMode={context.viewMode}
      parameters={context.parameters.problemkit as ProblemkitParameters | undefined}
    >
      <Story />
    </StoryProviders>
  );
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of every message the kit shows',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'de', right: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'problemkit/styles.css theme (data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    clock: {
      description: 'Time as the kit sees it: running, or frozen at Mon 23 Nov 2026 09:00 UTC (tests, screenshots)',
      toolbar: {
        title: 'Clock',
        icon: 'time',
        items: [
          { value: 'running', icon: 'play', title: 'Running (real time)' },
          { value: 'frozen', icon: 'stop', title: 'Frozen at 2026-11-23 09:00 UTC' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // People browsing see countdowns count; `npm run test:storybook` and the screenshots pin `clock: 'frozen'`.
  initialGlobals: { locale: 'en', theme: 'light', clock: 'running' },
  loaders: [mswLoader(), clockLoader],
  beforeEach: (context) => () => {
    // The story is torn down (another story, or the docs page went): its clock drops its timers.
    clocks.get(context.id)?.dispose();
    clocks.delete(context.id);
  },
  decorators: [withProblemkit],
  parameters: {
    // Every a11y violation fails the story's test, colour contrast included (run in light and dark).
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
    // The mocked API every story starts from: a health endpoint for `ProblemProvider`'s probe. Stories add their
    // own answers (`problemkit/msw`) in `beforeEach` with `msw.use(…)`, or in `parameters.msw.handlers`.
    msw: { handlers: { health: http.get('/api/health', () => HttpResponse.json({ status: 'ok' })) } },
    options: {
      storySort: {
        order: ['Start here', 'Demo', 'Docs', 'Components', 'Forms', 'Status gallery', ['Overview', '*'], '*'],
      },
    },
  },
};

export default preview;
