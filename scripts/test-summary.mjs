// Prints the plain closing line CI is read by: "N passed, N failed", summed over the Vitest JSON
// reports named on the command line (toolchain.md P17: the runner's own summary is not recognised).
// A missing or unreadable report counts as one failure, so a crashed runner never reads as green.
// Failing tests are named just above that line, with the first lines of their message: CI logs are
// often read from the end, and a red run must say what went wrong without scrolling back.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
const failures = [];

for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that fails to load has no failed tests but a failed suite: count it.
    if (report.numFailedTests === 0) failed += report.numFailedTestSuites ?? 0;
    for (const suite of report.testResults ?? []) {
      const where = relative(process.cwd(), suite.name ?? '');
      const failing = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
      for (const test of failing)
        failures.push(`${where} > ${test.fullName ?? test.title}\n${excerpt(test.failureMessages)}`);
      if (failing.length === 0 && suite.status === 'failed')
        failures.push(`${where} (did not load)\n${excerpt([suite.message])}`);
    }
  } catch {
    console.error(`no test report at ${file}`);
    failed += 1;
  }
}

if (failures.length > 0) {
  console.log('Failing tests:');
  for (const failure of failures) console.log(`- ${failure}`);
}
console.log(`${passed} passed, ${failed} failed`);

/** The first lines of a failure message, indented under its test. */
function excerpt(messages) {
  const text = (messages ?? []).filter(Boolean).join('\n');
  return text
    .split('\n')
    .slice(0, 6)
    .map((line) => `    ${line}`)
    .join('\n');
}
