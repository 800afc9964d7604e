import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = (file: string) => path.join(root, 'src', file);

/** Public entries: `problemkit`, `problemkit/core`, … Each maps to one `index.ts` under `src/`. */
export const entries: Record<string, string> = {
  index: src('index.ts'),
  'core/index': src('core/index.ts'),
  'msw/index': src('msw/index.ts'),
  'query/index': src('query/index.ts'),
  'react-hook-form/index': src('react-hook-form/index.ts'),
  'tanstack-form/index': src('tanstack-form/index.ts'),
  'react-aria/index': src('react-aria/index.ts'),
  'locales/de/index': src('locales/de/index.ts'),
};

// Peers (and optional peers) stay bare imports in the output.
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\//,
  /^msw($|\/)/,
  /^react-hook-form($|\/)/,
  /^react-aria-components($|\/)/,
];

/** `problemkit/styles.css` is plain CSS that no module imports, so it is copied, not bundled. */
function copyStyles(): Plugin {
  return {
    name: 'problemkit:copy-styles',
    apply: 'build',
    closeBundle() {
      const from = src('styles/styles.css');
      if (!existsSync(from)) return;
      mkdirSync(path.join(root, 'dist'), { recursive: true });
      copyFileSync(from, path.join(root, 'dist/styles.css'));
    },
  };
}

/** Stories and tests import the package by its public name; these resolve it to the source. */
export const packageAliases = [
  { find: /^problemkit\/styles\.css$/, replacement: src('styles/styles.css') },
  { find: /^problemkit\/([\w/-]+)$/, replacement: path.join(root, 'src/$1/index.ts') },
  { find: /^problemkit$/, replacement: src('index.ts') },
];

export default defineConfig({
  plugins: [react(), copyStyles()],
  resolve: { alias: packageAliases },
  publicDir: false, // public/ holds msw's worker for Storybook; keep it out of dist (toolchain P7)
  build: {
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
  },
});
