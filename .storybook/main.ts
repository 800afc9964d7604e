import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

// Written by hand: `storybook add` / `init` fail on this registry (toolchain.md P4). Storybook 10 is ESM-only and
// reads the root vite.config.ts, whose aliases resolve `problemkit`, `problemkit/msw`, `problemkit/query` and
// `problemkit/styles.css` to src/, so stories import the package by its public name.

/** vite.config.ts's library-only plugin: it copies styles.css into the package's dist/, not into Storybook's. */
const libraryOnlyPlugins = new Set(['problemkit:copy-styles']);

function withoutLibraryPlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flat(Number.POSITIVE_INFINITY as 1).filter((plugin) => {
    const name = typeof plugin === 'object' && plugin !== null && 'name' in plugin ? plugin.name : undefined;
    return typeof name !== 'string' || !libraryOnlyPlugins.has(name);
  });
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // public/mockServiceWorker.js (`npx msw init public/ --save`); vite.config.ts keeps it out of the library build
  // with `publicDir: false` (toolchain.md P7), Storybook serves it from here in dev and copies it in builds.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: withoutLibraryPlugins(viteConfig.plugins),
    // The library build's entries and externals mean nothing to Storybook's own app build.
    // Storybook's manager and preview bundles are big by nature; a warning about it on every build is noise.
    build: { ...viteConfig.build, lib: false, chunkSizeWarningLimit: 4096 },
  }),
};

export default config;
