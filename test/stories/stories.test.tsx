/// <reference types="vite/client" />
// Every story of stories/ in jsdom, through Storybook's portable stories: each story is composed with the project
// annotations of .storybook/preview.tsx (the same loaders, decorators and `beforeEach` as in the Storybook), rendered,
// and its play function run (`Story.run()`, Storybook 10). `npm run test:storybook` runs the same stories in Chromium
// with axe; this file makes `npm test` cover their play functions with nothing beyond `npm ci`.
// Docs: https://storybook.js.org/docs/api/portable-stories/portable-stories-vitest

import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { composeStories, type composeStory, type Meta, setProjectAnnotations } from '@storybook/react-vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as previewAnnotations from '../../.storybook/preview.js';
import { polyfillJsdom } from './polyfillJsdom.js';

// msw-storybook-addon 3 starts msw's service worker (`msw/browser`) in its default setup, whatever the environment.
// Its loader takes the setup as an argument (`mswLoader(setup)`), so here the preview's loader gets msw's Node
// interceptor instead: the addon's own code still resets the handlers, applies `parameters.msw` and hands
// `context.msw` to each story's `beforeEach`, exactly as in the browser.
const mockApi = vi.hoisted(() => ({ close: undefined as (() => void) | undefined }));
vi.mock('msw-storybook-addon/csf3', async (importOriginal) => {
  const addon = await importOriginal<typeof import('msw-storybook-addon/csf3')>();
  const { setupServer } = await import('msw/node');
  return {
    ...addon,
    mswLoader: () =>
      addon.mswLoader(() => {
        const server = setupServer();
        // The addon's default: a request no handler answers is reported as a warning, which test/setup.ts turns
        // into a failure (in jsdom there are no Storybook assets to let through).
        server.listen({ onUnhandledRequest: 'warn' });
        mockApi.close = () => server.close();
        // msw's worker and server share the handler API the loader and stories use (`use`, `resetHandlers`).
        return server as unknown as ReturnType<Parameters<typeof addon.mswLoader>[0] & {}>;
      }),
  };
});

const annotations = setProjectAnnotations([
  a11yAnnotations,
  previewAnnotations,
  {
    // What the `storybook` browser project sets (vitest.config.ts): English, light, and the frozen story clock, so
    // countdowns and dates read the same on every run and plays that advance the story clock work.
    initialGlobals: { locale: 'en', theme: 'light', clock: 'frozen' },
    // The a11y addon is composed as in the browser, but its axe run (its `afterEach`) is off here: axe belongs to
    // the browser projects (`npm run test:storybook`, light and dark), where there is layout and colour to measure.
    parameters: { a11y: { test: 'off' } },
  },
]);

let restoreJsdom: () => void = () => undefined;
beforeAll(async () => {
  restoreJsdom = polyfillJsdom();
  // Storybook's React renderer sets up its act() wrappers for testing-library here (as addon-vitest's setup file
  // does in the browser projects).
  await annotations.beforeAll?.();
});
afterAll(() => {
  mockApi.close?.();
  restoreJsdom();
});

beforeEach(() => {
  // Stories are written for the browser, which is no act() environment: the renderer wraps its own render and
  // unmount in act(), and what a play function triggers (a click, the story clock moving on) is awaited with
  // findBy/waitFor. @testing-library/react turns the flag on for the whole unit suite; off here, React would
  // otherwise report every state update a story's timers or fetches cause as "not wrapped in act(...)".
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

/** What a story writes to the console by design; test/setup.ts fails a test on any other console.error/warn. */
interface ExpectedOutput {
  readonly warn?: readonly RegExp[];
  readonly error?: readonly RegExp[];
}

/** `logDeveloperHint`'s line for a status (src/components/logDeveloperHint.ts), logged once per problem. */
function developerHint(status: number): RegExp {
  return new RegExp(`^problemkit: ${status} `);
}

/**
 * The stories whose notices log the seed's troubleshooting hint for a 405, 406, 415 or 501 in development (DESIGN.md,
 * Kinds: the developer's mistake, explained on the console), by story id, with the statuses they show.
 */
const developerHintStories: Readonly<Record<string, readonly number[]>> = {
  'components-problemnotice--method-not-allowed': [405],
  'components-problemnotice--not-acceptable': [406],
  'components-problemnotice--unsupported-media-type': [415],
  'components-problemnotice--not-implemented': [501],
  'components-all-kinds--matrix': [405, 406, 415, 501],
};

/** The status gallery's stories of those statuses, one per seed API (`status-gallery-<api>--status-<status>`). */
const developerHintGalleryStory = /^status-gallery-[a-z0-9-]+--status-(405|406|415|501)$/;

/**
 * React's report of an error a boundary caught (development builds only): React 19's default `onCaughtError` says
 * "… in the <Thrower> component. React will try …"; React 18 puts the component stack between the two sentences.
 */
const caughtByProblemBoundary =
  /The above error occurred in the <\w+> component[.:][\s\S]*React will try to recreate this component tree from scratch using the error boundary you provided, ProblemBoundary\./;

/**
 * What a story logs by design, by story id: each pattern must match a line, and every line a pattern. Anything else
 * a story logs fails its test (test/setup.ts), these stories included.
 */
function expectedOutput(storyId: string): ExpectedOutput | undefined {
  const hints = developerHintStories[storyId];
  if (hints !== undefined) return { warn: hints.map(developerHint) };
  const galleryStatus = developerHintGalleryStory.exec(storyId)?.[1];
  if (galleryStatus !== undefined) return { warn: [developerHint(Number(galleryStatus))] };
  // ApiErrorBoundary's stories throw on purpose, and React reports each error its boundary caught.
  if (storyId.startsWith('components-apierrorboundary--')) return { error: [caughtByProblemBoundary] };
  return undefined;
}

/** Records console[method] during a story that is expected to write to it (replacing test/setup.ts's recorder). */
function recordConsole(method: 'warn' | 'error'): string[] {
  const lines: string[] = [];
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  return lines;
}

/** Each line matches some pattern, and each pattern some line. */
function expectLines(lines: readonly string[], patterns: readonly RegExp[]): void {
  for (const line of lines) {
    expect(
      patterns.some((pattern) => pattern.test(line)),
      `unexpected: ${line}`,
    ).toBe(true);
  }
  for (const pattern of patterns) {
    expect(
      lines.some((line) => pattern.test(line)),
      `missing: ${String(pattern)}`,
    ).toBe(true);
  }
}

type CsfFile = Record<string, unknown> & { readonly default: Meta };
type ComposedStory = ReturnType<typeof composeStory>;

const files = import.meta.glob<CsfFile>('../../stories/**/*.stories.tsx', { eager: true });

/**
 * Story files whose form library reaches React through CommonJS dependencies the `unit-react18` project's aliases
 * cannot redirect (see vitest.config.ts): they run under React 19 only.
 */
const reactNineteenOnly = /\/(ReactAria|TanStackForm)\.stories\.tsx$/;
const underReact18 = process.env.PROBLEMKIT_REACT_MAJOR === '18';

for (const [path, file] of Object.entries(files)) {
  if (underReact18 && reactNineteenOnly.test(path)) continue;
  describe(`${file.default.title ?? path} (${path.replace('../../', '')})`, () => {
    // `composeStories` keeps the exports Storybook treats as stories (`includeStories`/`excludeStories` honoured).
    for (const Story of Object.values<ComposedStory>(composeStories(file))) {
      // The story's `name`, else its export name (composeStories' `storyName`; the sidebar spells the latter in words).
      const name = Story.storyName;
      // Like the browser projects (addon-vitest's `tags.include: ['test']`): a story tagged `!test` is not a test.
      const test = Story.tags.includes('test') ? it : it.skip;
      test(name, async () => {
        const expected = expectedOutput(Story.id);
        const warnings = expected?.warn === undefined ? undefined : recordConsole('warn');
        const errors = expected?.error === undefined ? undefined : recordConsole('error');
        // Render, then play. Storybook tears the story down (unmounts it, and the preview's `beforeEach` cleanup
        // disposes its clock) at the start of the next `run()`, as addon-vitest does in the browser.
        await Story.run();
        if (warnings !== undefined) expectLines(warnings, expected?.warn ?? []);
        if (errors !== undefined) expectLines(errors, expected?.error ?? []);
      });
    }
  });
}
