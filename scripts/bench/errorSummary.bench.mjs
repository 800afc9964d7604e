// Rendering budget (DESIGN.md "Performance and size budgets"): an ErrorSummary of 1,000 field errors mounts
// within 2× the time of a plain React list of the same 1,000 links. Both sides render the same markup (a box
// with an inner alert, a heading and a list of links); the plain side is what an app would hand-write without
// the kit, so the ratio is the cost of the kit's lookups, translation and focus handling. Figures are ratios
// measured in this run, median of many interleaved rounds after a warm-up, never absolute times.
// Run against the built package: `npx vite build && node --expose-gc scripts/bench/errorSummary.bench.mjs`.
import { JSDOM } from 'jsdom';

// react-dom/client reads `window`/`document` when it renders, so the DOM globals must exist before it is used.
const dom = new JSDOM(
  '<!doctype html><html lang="en"><head><title>Company details</title></head><body></body></html>',
  {
    pretendToBeVisual: true,
  },
);
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'Event', 'MouseEvent']) {
  Object.defineProperty(globalThis, name, { configurable: true, writable: true, value: dom.window[name] });
}
globalThis.IS_REACT_ACT_ENVIRONMENT = false;
// Measure the React build apps ship (its development build adds checks that would dominate both sides).
process.env.NODE_ENV ??= 'production';

const { createElement: h } = await import('react');
const { flushSync } = await import('react-dom');
const { createRoot } = await import('react-dom/client');
const { ErrorSummary, toProblem } = await import('../../dist/index.js');

const budgetRatio = 2;
const count = 1_000;
const warmupRounds = 15;
const rounds = 41;

// A 422 as BigCommerce v3 sends it (research/formats.md), with 1,000 fields.
const errors = {};
for (let index = 0; index < count; index += 1) errors[`items.${index}.sku`] = `Enter a SKU for item ${index + 1}`;
const problem = toProblem({
  status: 422,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ status: 422, title: 'Payload contains invalid fields', errors }),
});
if (problem.fieldErrors.size !== count)
  throw new Error(`expected ${count} field errors, got ${problem.fieldErrors.size}`);

// The same markup, hand-written: what the kit's summary renders, minus the kit.
const links = [...problem.fieldErrors].map(([key, messages]) => ({ key, href: `#${key}`, text: messages[0] }));
function PlainSummary() {
  return h(
    'div',
    { className: 'problemkit-ErrorSummary' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { className: 'problemkit-ErrorSummary-title' }, 'There is a problem'),
      h(
        'ul',
        { className: 'problemkit-ErrorSummary-list' },
        links.map((link) => h('li', { key: link.key }, h('a', { href: link.href }, link.text))),
      ),
    ),
  );
}

const container = document.createElement('div');
document.body.append(container);

/** ms to mount `element` into a fresh root, synchronously (render, commit and effects). */
function mountTime(element) {
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  const elapsed = performance.now() - start;
  const rendered = container.querySelectorAll('a').length;
  root.unmount();
  if (rendered !== count) throw new Error(`rendered ${rendered} links, expected ${count}`);
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const gc = globalThis.gc ?? (() => {});
// The kit's summary takes a fresh problem object each round, as a new submit would give it.
const kit = () => h(ErrorSummary, { problem: { ...problem } });
const plain = () => h(PlainSummary);

for (let round = 0; round < warmupRounds; round += 1) {
  mountTime(plain());
  mountTime(kit());
}
const ratios = [];
const kitTimes = [];
const plainTimes = [];
for (let round = 0; round < rounds; round += 1) {
  gc();
  // Alternate which side goes first, so drift and noise from other processes hit both alike.
  const first = round % 2 === 0;
  const a = first ? mountTime(plain()) : mountTime(kit());
  gc();
  const b = first ? mountTime(kit()) : mountTime(plain());
  const [plainMs, kitMs] = first ? [a, b] : [b, a];
  plainTimes.push(plainMs);
  kitTimes.push(kitMs);
  ratios.push(kitMs / plainMs);
}
const ratio = median(ratios);
const pass = ratio <= budgetRatio;
console.log(
  `ErrorSummary of ${count} field errors / plain list of the same links, mount time, median of ${rounds} rounds (budget ≤ ${budgetRatio}×)`,
);
console.log(
  `${pass ? 'PASS' : 'FAIL'}  ${ratio.toFixed(2)}×  (median mount: kit ${median(kitTimes).toFixed(1)} ms, plain ${median(plainTimes).toFixed(1)} ms)`,
);
dom.window.close();
process.exit(pass ? 0 : 1);
