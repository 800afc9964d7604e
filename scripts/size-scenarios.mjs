// Import scenarios measured by scripts/treeshake-size.mjs (esbuild + gzip, like an app's production build).
// size-limit measures the first two independently (.size-limit.js).
//
// `designBudget` is DESIGN.md's budget; `maxBytes` is the ratchet CI enforces. The two differ for the root entry
// and for `{ toProblem, apiFetch }`: with every dialect of DESIGN.md in the default registry and every retry-timing
// header form, the parsing path alone is ~9.8 kB (see the size pass notes in the commit history), so the 3 kB and
// 9 kB budgets cannot be met without moving dialects and header forms behind opt-in imports — a product decision
// that is open. Until it is taken, CI holds today's sizes (+1–3 %) so nothing grows unnoticed, and prints the gap
// to the budget. Raised on purpose for the Zod dialect and the tRPC, Apollo and graphql-request errors (+0.6 kB).
export const external = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@tanstack/*',
  'msw',
  'msw/*',
  'react-hook-form',
  'react-aria-components',
];

export const scenarios = [
  {
    name: 'problemkit (whole root entry)',
    code: "export * from './dist/index.js';",
    designBudget: 9 * 1024,
    maxBytes: 30_600,
  },
  {
    name: '{ toProblem, apiFetch } from problemkit/core',
    code: "export { toProblem, apiFetch } from './dist/core/index.js';",
    designBudget: 3 * 1024,
    maxBytes: 10_250,
  },
  {
    // A form that shows server messages beside its fields imports FieldError, not the kit: it must leave out the
    // body parsers (toProblem and every dialect), the other components and the query/conditions machinery. What
    // it keeps: the component, field-path matching, the scope hooks and the translator with the English catalog
    // (~7.0 kB with the root at ~28 kB: 25%). 0.35 leaves room for wording changes and fails if the parsers come
    // back.
    name: '{ FieldError } from problemkit',
    code: "export { FieldError } from './dist/index.js';",
    fractionOf: { name: 'problemkit (whole root entry)', max: 0.35 },
  },
  {
    // The error summary repeats FieldError's messages and reads an explicit error the same way (a problem or an
    // ApiError's), so it too leaves the body parsers out: it adds the summary's links and focus handling
    // (~8.0 kB: 28%). 0.4 fails if the parsers come back.
    name: '{ ErrorSummary } from problemkit',
    code: "export { ErrorSummary } from './dist/index.js';",
    fractionOf: { name: 'problemkit (whole root entry)', max: 0.4 },
  },
  // Measured, not budgeted: the provider and the scope accept anything asProblem accepts (they convert once, for
  // every component under them), and ProblemNotice turns any thrown value into the right notice, so each honestly
  // carries the parsers. Their sizes track what the parsing core and the React layer cost together.
  {
    name: '{ ProblemProvider, ProblemScope }',
    code: "export { ProblemProvider, ProblemScope } from './dist/index.js';",
  },
  {
    name: '{ ProblemNotice } from problemkit',
    code: "export { ProblemNotice } from './dist/index.js';",
  },
];
