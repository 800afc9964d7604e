import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { packageAliases } from './vite.config.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium (apt-get install chromium); Playwright downloads nothing (toolchain.md §3–§4, P15, P16).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Every story as a test in real Chromium (Storybook's Vitest addon): render, play function, then axe with
 * `a11y.test: 'error'`. One project per theme, so each story's axe check (colour contrast included) runs in light
 * and in dark; the clock is frozen so countdowns and dates are the same on every run.
 */
function storybookProject(theme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir: path.join(dirname, '.storybook'),
        initialGlobals: { theme, clock: 'frozen', locale: 'en' },
      }),
    ],
    test: {
      name: theme === 'light' ? 'storybook' : 'storybook-dark',
      // After the unit projects when everything runs at once: they use their own worker count (`jsdomPool`).
      sequence: { groupOrder: 1 },
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

/** The names given with `--project` (either form), or none. */
function requestedProjects(argv: readonly string[]): string[] {
  const names: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === '--project') names.push(argv[index + 1] ?? '');
    else if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
  });
  return names;
}

/**
 * How the jsdom projects run. Forking a process per test file spent three quarters of `npm test` starting jsdom
 * and re-importing React for each file; the vm pool keeps the worker and gives each file a fresh VM context with a
 * new jsdom window and freshly evaluated modules, so files stay isolated at a quarter of the time (~55 s for the
 * three projects on 2 cores, was ~190 s). Vitest hands a vm pool with a single worker every file in one context
 * (it counts vm pools as non-isolated and batches files for one worker), where files see each other's DOM and
 * globals: hence at least two workers (test/isolation/ fails if files ever share a window again). The node project
 * keeps forks: there a VM context would make Node's own `structuredClone` and streams return objects of another
 * realm, and its files are cheap to start anyway.
 */
const jsdomPool = { pool: 'vmForks', maxWorkers: Math.max(2, availableParallelism() - 1) } as const;

/**
 * The React tests again under React 18, which the peer range promises and BigCommerce's B2B buyer portal runs on.
 * React 18 lives in its own workspace (test/react18) because the root holds 19; the aliases send every import of
 * react and react-dom there, and the libraries that import React themselves are inlined so the aliases reach them
 * too (one React per test, or hooks break).
 */
function react18Project(): TestProjectInlineConfiguration {
  const react18 = (name: string) => path.join(dirname, 'test/react18/node_modules', name);
  return {
    extends: true,
    resolve: {
      alias: [
        // Testing Library's package has no `exports`, so Node would take its CommonJS build, whose `require`s no
        // alias reaches; its ES build imports react-dom like the kit does.
        {
          find: /^@testing-library\/react$/,
          replacement: path.join(dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
        },
        { find: /^react-dom($|\/.*)/, replacement: `${react18('react-dom')}$1` },
        { find: /^react($|\/.*)/, replacement: `${react18('react')}$1` },
      ],
    },
    test: {
      name: 'unit-react18',
      environment: 'jsdom',
      ...jsdomPool,
      globals: true,
      setupFiles: ['./test/setup.ts'],
      // The kit's own React code, the react-hook-form adapter and every story's play function. TanStack Form and
      // React Aria reach React through CommonJS dependencies (use-sync-external-store's shim, @react-stately) that
      // these aliases cannot redirect: their tests and stories run under React 19 only.
      include: ['test/{react,components,query,react-hook-form,stories}/**/*.test.{ts,tsx}'],
      env: { PROBLEMKIT_REACT_MAJOR: '18' },
      restoreMocks: true,
      server: {
        deps: {
          inline: [
            /@testing-library\/react/,
            /@tanstack\/react-query/,
            /react-hook-form/,
            /@storybook\/react/,
            /msw-storybook-addon/,
          ],
        },
      },
    },
  };
}

// Storybook's plugin starts by loading .storybook/main.ts and indexing every story (about 10 s on a busy machine),
// even for a run filtered to another project; `npm test` (`--project unit`) should not pay for it. The story
// projects exist when no filter is given or a filter can match them.
const requested = requestedProjects(process.argv);
const withStories = requested.length === 0 || requested.some((name) => /^storybook|[*?]/.test(name));

/** Tests of code that must run without a DOM. */
const nodeTests = ['test/core/**/*.test.{ts,tsx}', 'test/msw/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: packageAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          ...jsdomPool,
          env: { PROBLEMKIT_REACT_MAJOR: '19' },
          globals: true,
          setupFiles: ['./test/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: nodeTests,
          restoreMocks: true,
        },
      },
      {
        // The framework-free core and the mock handlers run in plain Node: it proves they need no DOM, and skipping
        // jsdom's start-up per file halves their run time. A file that needs a DOM says `@vitest-environment jsdom`.
        extends: true,
        test: {
          name: 'unit-node',
          environment: 'node',
          // The same count as the jsdom projects, which Vitest requires of projects that run side by side.
          maxWorkers: jsdomPool.maxWorkers,
          globals: true,
          setupFiles: ['./test/setup.node.ts'],
          include: nodeTests,
          restoreMocks: true,
        },
      },
      react18Project(),
      ...(withStories ? [storybookProject('light'), storybookProject('dark')] : []),
    ],
  },
});
