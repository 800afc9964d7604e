// Runs every benchmark in scripts/bench/ against the built package (dist/) and fails when any
// reports a budget failure. Each benchmark prints ratios measured in its own run (DESIGN.md:
// figures are ratios, never absolute times) and exits non-zero when over budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

if (!existsSync('dist/index.js')) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const dir = 'scripts/bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
console.log(`\n${files.length - failed} of ${files.length} benchmarks within budget`);
process.exit(failed ? 1 : 0);
