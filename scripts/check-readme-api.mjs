// Every export of every public entry (values and types) must be named in README.md's API section, so the README
// stays current with every export we add (house rule). Reads the entries' index.ts files directly.
import { readFileSync } from 'node:fs';

const entries = [
  'src/core/index.ts',
  'src/index.ts',
  'src/query/index.ts',
  'src/msw/index.ts',
  'src/react-hook-form/index.ts',
  'src/tanstack-form/index.ts',
  'src/react-aria/index.ts',
  'src/locales/de/index.ts',
];
const readme = readFileSync('README.md', 'utf8');
const api = readme.slice(readme.indexOf('## API'));
const missing = [];
for (const entry of entries) {
  const source = readFileSync(entry, 'utf8');
  for (const [, list] of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .replace(/\btype\b/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && !new RegExp(`\\b${name}\\b`).test(api)) missing.push(`${entry}: ${name}`);
    }
  }
}
if (missing.length > 0) {
  console.error(`README.md's API section does not name these exports:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log('README API section names every export');
