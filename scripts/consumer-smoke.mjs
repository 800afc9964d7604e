// Proves the package as published works in an app. publint, attw and size-limit judge dist/ and the manifest from
// the repo; none of them installs the tarball and uses it. This packs the package, extracts it into a fresh app and
// there: imports the entries in plain Node ESM (no bundler to paper over a bad specifier), imports the core where
// React is not installed, server-renders the components, type-checks an app written like the README under strict
// settings with the library's d.ts checked too (bundler and node16 resolution), and resolves the stylesheet.
// Needs dist/ (run `npm run build` first). KEEP=1 keeps the temp dirs for a look.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const started = performance.now();
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoModules = path.join(repo, 'node_modules');

// Only what the app below imports. Node and TypeScript follow each link to its real path, so a linked package's own
// dependencies (react-dom's scheduler, msw's wide tree) resolve in the repo's node_modules, as they would in an
// installed app; only the packages the app names itself need a link. scheduler is listed anyway because an app
// installs it beside react-dom. problemkit/react-hook-form, /tanstack-form and /react-aria are not loaded: their
// libraries would widen this list, and their resolution is already covered by attw.
const linkedPackages = [
  'react',
  'react-dom',
  'scheduler',
  '@types/react',
  '@types/react-dom',
  '@tanstack/react-query',
  '@tanstack/query-core',
  'msw',
];

const rootNames = [
  'toProblem',
  'apiFetch',
  'ApiError',
  'isApiError',
  'asProblem',
  'findFieldErrors',
  'problemFromResponse',
  'ProblemProvider',
  'ProblemScope',
  'FieldError',
  'ErrorSummary',
  'RateLimitNotice',
  'MaintenanceBanner',
  'PermissionNotice',
  'ProblemNotice',
  'ApiErrorBoundary',
  'SubmitButton',
  'useFieldProps',
];
const coreNames = [
  'toProblem',
  'apiFetch',
  'createApiFetch',
  'ApiError',
  'isApiError',
  'asProblem',
  'findFieldErrors',
  'problemFromResponse',
  'createTranslator',
];
const queryNames = [
  'queryDefaults',
  'createQueryDefaults',
  'withProblemDefaults',
  'problemRetry',
  'problemThrowOnError',
  'QueryErrorBoundary',
  'retryDelay',
  'shouldRetry',
  'shouldRetryMutation',
  'throwOnError',
];
const mswNames = ['mockProblem', 'problemHandler', 'problemResponse', 'failTimes', 'rateLimitedFor'];

const validationInput = `{
  status: 422,
  headers: { 'content-type': 'application/problem+json' },
  body: JSON.stringify({ title: 'Invalid', errors: { 'items[0].sku': ['Required'] } }),
}`;

// Prepended to every probe: the probes run as their own processes inside the app (a bare `import('problemkit')`
// from this script would resolve the repo itself through the package's self-reference), and fail by throwing.
const probePrelude = `
function expectNames(entry, module, names) {
  const missing = names.filter((name) => module[name] === undefined);
  if (missing.length > 0) throw new Error(entry + ' lacks ' + missing.join(', '));
}
function expectEqual(label, actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(label + ': got ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(expected));
  }
}
`;

const results = [];
function report(what, error) {
  results.push({ what, ok: error === undefined });
  console.log(error === undefined ? `ok ${what}` : `FAIL ${what}: ${error}`);
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    // NODE_PATH would let a package resolve from outside the app and hide a missing dependency.
    const env = { ...process.env };
    delete env.NODE_PATH;
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000 });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) => {
      if (signal) resolve({ code: signal, output: `stopped by ${signal} (limit 90 s)\n${output.trim()}` });
      else resolve({ code, output: output.trim() });
    });
  });
}

function firstLines(text, count = 6) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const shown = lines.slice(0, count).join('\n    ');
  return lines.length > count ? `${shown}\n    … ${lines.length - count} more lines` : shown;
}

async function probe(what, dir, name, code) {
  const file = path.join(dir, `${name}.mjs`);
  // The message alone: Node's report of an uncaught error starts with the probe's source line, not the reason.
  // Written to stderr directly because the SSR probe takes console.error over to collect React's warnings.
  const body = `try {\n${code}\n} catch (error) {\n  process.stderr.write(\`\${error?.message ?? error}\\n\`);\n  process.exitCode = 1;\n}\n`;
  writeFileSync(file, `${probePrelude}\n${body}`);
  const { code: exit, output } = await run(process.execPath, [file], dir);
  report(what, exit === 0 ? undefined : firstLines(output) || `exit ${exit}`);
}

async function typecheck(what, dir, project) {
  const tsc = path.join(repoModules, 'typescript', 'bin', 'tsc');
  const { code, output } = await run(process.execPath, [tsc, '-p', path.join(dir, project)], dir);
  return () => report(what, code === 0 ? undefined : firstLines(output, 12) || `exit ${code}`);
}

function extract(tarball, into) {
  mkdirSync(into, { recursive: true });
  // The tarball holds one `package/` folder: its contents are what an install puts in node_modules/problemkit.
  execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
}

function linkFromRepo(appModules, name) {
  const target = path.join(repoModules, name);
  if (!existsSync(target)) throw new Error(`${name} is not installed in the repo`);
  const link = path.join(appModules, name);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link, 'dir');
}

const appTsx = `import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import {
  type ApiProblem,
  apiFetch,
  ErrorSummary,
  FieldError,
  findFieldErrors,
  isApiError,
  MaintenanceBanner,
  ProblemProvider,
  ProblemScope,
  RateLimitNotice,
  SubmitButton,
  toProblem,
  useFieldProps,
} from 'problemkit';
import { toProblem as coreToProblem } from 'problemkit/core';
import { mockProblem } from 'problemkit/msw';
import { queryDefaults } from 'problemkit/query';
import 'problemkit/styles.css';

interface Company {
  name: string;
}
declare const router: { push(path: string): void };
declare function readForm(form: HTMLFormElement): Company;

const queryClient = new QueryClient({ defaultOptions: queryDefaults });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ProblemProvider locale="en" queryClient={queryClient} onUnauthenticated={() => router.push('/login')}>
        <MaintenanceBanner />
        <CompanyPage />
      </ProblemProvider>
    </QueryClientProvider>
  );
}

function CompanyPage() {
  const save = useMutation({
    mutationFn: (company: Company) => apiFetch('/api/companies', { method: 'POST', body: company }),
  });
  return (
    <ProblemScope error={save.error}>
      <CompanyForm onSave={save.mutate} />
    </ProblemScope>
  );
}

function CompanyForm({ onSave }: { onSave: (company: Company) => void }) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave(readForm(event.currentTarget));
      }}
    >
      <ErrorSummary documentTitle headingLevel={2} />
      <label htmlFor="companyName">Company name</label>
      <input {...useFieldProps('companyName', { id: 'companyName' })} />
      <FieldError name="companyName" />
      <RateLimitNotice />
      <SubmitButton>Save company</SubmitButton>
      {/* @ts-expect-error a field name is a string: if the props were \`any\`, this line would be an error instead */}
      <FieldError name={42} />
    </form>
  );
}

export async function readProblem(error: unknown): Promise<ApiProblem['kind'] | undefined> {
  const problem: ApiProblem = coreToProblem(${validationInput});
  const messages: readonly string[] = findFieldErrors(problem, 'items.0.sku');
  const mocked: ApiProblem = toProblem(mockProblem({ status: 422, dialect: 'aspnet', fieldErrors: { name: 'Required' } }));
  return isApiError(error) ? error.problem.kind : messages.length > 0 ? mocked.kind : undefined;
}
`;

// What a Vite app gets from vite/client: without it a side-effect CSS import is an error under TypeScript 6.
const cssDeclaration = "declare module '*.css';\n";

const sharedCompilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noUncheckedIndexedAccess: true,
  jsx: 'react-jsx',
  skipLibCheck: false,
  // TypeScript's own lib.*.d.ts say nothing about the package, and checking lib.dom is a second of the budget.
  skipDefaultLibCheck: true,
  noEmit: true,
  types: [],
};

async function main() {
  if (!existsSync(path.join(repo, 'dist', 'index.js'))) {
    console.error('consumer smoke: dist/ is missing; run `npm run build` first (this checks the packed build).');
    process.exit(1);
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'problemkit-consumer-'));
  try {
    const app = path.join(tmp, 'app');
    const bare = path.join(tmp, 'bare');
    try {
      // npm pack, not a copy of dist/: the `files` list, .npmignore and the manifest decide what ships.
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
          cwd: repo,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );
      const tarball = path.join(tmp, packed[0].filename);
      extract(tarball, path.join(app, 'node_modules', 'problemkit'));
      extract(tarball, path.join(bare, 'node_modules', 'problemkit'));
      for (const name of linkedPackages) linkFromRepo(path.join(app, 'node_modules'), name);
      // node16 resolution reads a .tsx file as ESM only in a "type": "module" package, and the kit is ESM-only.
      writeFileSync(path.join(app, 'package.json'), '{ "name": "consumer-app", "private": true, "type": "module" }\n');
      writeFileSync(
        path.join(bare, 'package.json'),
        '{ "name": "consumer-bare", "private": true, "type": "module" }\n',
      );
      report(`packed ${packed[0].filename} (${packed[0].entryCount} files) into a fresh app`);
    } catch (error) {
      report('pack and install', firstLines(String(error.stderr || error.message)));
      return;
    }

    writeFileSync(path.join(app, 'app.tsx'), appTsx);
    writeFileSync(path.join(app, 'css.d.ts'), cssDeclaration);
    const files = ['app.tsx', 'css.d.ts'];
    const bundler = { ...sharedCompilerOptions, module: 'esnext', moduleResolution: 'bundler' };
    const node16 = { ...sharedCompilerOptions, module: 'node16', moduleResolution: 'node16' };
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: bundler, files }, null, 2));
    writeFileSync(path.join(app, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: node16, files }, null, 2));
    // tsc is the slow part: both run while the Node probes do, and report after them so the order stays fixed.
    const typechecks = [
      typecheck(
        'types: README-style app.tsx under strict, bundler resolution, library d.ts checked',
        app,
        'tsconfig.json',
      ),
      typecheck('types: the same app under node16 resolution', app, 'tsconfig.node16.json'),
    ];

    await probe(
      'Node ESM: problemkit loads and exposes the documented names',
      app,
      'root',
      `expectNames('problemkit', await import('problemkit'), ${JSON.stringify(rootNames)});`,
    );
    await probe(
      'Node ESM: problemkit/core loads, has the core names and no React components',
      app,
      'core',
      `const core = await import('problemkit/core');
expectNames('problemkit/core', core, ${JSON.stringify(coreNames)});
const leaked = ['ProblemProvider', 'ProblemScope', 'FieldError'].filter((name) => name in core);
if (leaked.length > 0) throw new Error('problemkit/core exports React parts: ' + leaked.join(', '));`,
    );
    await probe(
      'Node ESM: problemkit/query loads and exposes its names',
      app,
      'query',
      `expectNames('problemkit/query', await import('problemkit/query'), ${JSON.stringify(queryNames)});`,
    );
    await probe(
      'Node ESM: problemkit/msw loads, and its 422 mock reads back as validation',
      app,
      'msw',
      `const msw = await import('problemkit/msw');
expectNames('problemkit/msw', msw, ${JSON.stringify(mswNames)});
const { toProblem, findFieldErrors } = await import('problemkit/core');
const problem = toProblem(msw.mockProblem({ status: 422, dialect: 'aspnet', fieldErrors: { 'Items[0].Sku': ['Required'] } }));
expectEqual('kind', problem.kind, 'validation');
expectEqual('messages', findFieldErrors(problem, 'items.0.sku'), ['Required']);`,
    );
    await probe(
      'Node ESM: problemkit/locales/de loads',
      app,
      'locales',
      `const { deMessages } = await import('problemkit/locales/de');
if (typeof deMessages?.['errorSummary.heading'] !== 'string') throw new Error('deMessages lacks errorSummary.heading');`,
    );
    const behaviour = `const { toProblem, findFieldErrors } = await import('problemkit/core');
const problem = toProblem(${validationInput});
expectEqual('kind', problem.kind, 'validation');
expectEqual('title', problem.title, 'Invalid');
expectEqual("findFieldErrors(problem, 'items.0.sku')", findFieldErrors(problem, 'items.0.sku'), ['Required']);`;
    await probe(
      'behaviour: toProblem reads a 422 problem+json, findFieldErrors finds items.0.sku',
      app,
      'behaviour',
      behaviour,
    );

    await probe(
      'core without React: problemkit/core loads and toProblem works where react is not installed',
      bare,
      'bare',
      // Without this guard a react reachable from outside the dir would make the check pass for the wrong reason.
      `let reactFound = true;
try { await import('react'); } catch { reactFound = false; }
if (reactFound) throw new Error('react resolves from the bare dir, so this check proves nothing');
${behaviour}`,
    );

    await probe(
      'SSR: renderToString of ProblemProvider > ProblemScope > ErrorSummary + FieldError, without warnings',
      app,
      'ssr',
      `const { createElement: h } = await import('react');
const { renderToString } = await import('react-dom/server');
const { ErrorSummary, FieldError, ProblemProvider, ProblemScope, toProblem } = await import('problemkit');
// A warning during a server render (a layout effect, a bad prop) is a hydration bug in waiting.
const warnings = [];
const { format } = await import('node:util');
console.error = (...args) => warnings.push(format(...args));
console.warn = console.error;
const message = 'Enter the SKU of the first item';
const problem = toProblem({
  status: 422,
  headers: { 'content-type': 'application/problem+json' },
  body: JSON.stringify({ title: 'Invalid', errors: { 'items[0].sku': [message] } }),
});
const html = renderToString(
  h(ProblemProvider, { locale: 'en' },
    h(ProblemScope, { problem }, h(ErrorSummary), h(FieldError, { name: 'items.0.sku' }))),
);
if (!html.includes('There is a problem')) throw new Error('no "There is a problem" in ' + html);
if (html.split(message).length - 1 < 2) throw new Error('the message is not in both the summary and the field: ' + html);
if (!html.includes('problemkit-FieldError')) throw new Error('no FieldError element in ' + html);
if (warnings.length > 0) throw new Error('warnings while rendering: ' + warnings.join(' | '));`,
    );

    await probe(
      'styles: problemkit/styles.css resolves from the app and is not empty',
      app,
      'styles',
      `const { statSync } = await import('node:fs');
const { fileURLToPath } = await import('node:url');
const file = fileURLToPath(import.meta.resolve('problemkit/styles.css'));
if (!file.includes('node_modules/problemkit/')) throw new Error('resolved outside the installed package: ' + file);
if (statSync(file).size === 0) throw new Error(file + ' is empty');`,
    );

    await probe(
      'source maps: every source a shipped .map names is in the package (go to definition reaches the TypeScript)',
      app,
      'maps',
      `const { readdirSync, readFileSync, existsSync } = await import('node:fs');
const path = await import('node:path');
const { fileURLToPath } = await import('node:url');
const root = path.dirname(fileURLToPath(import.meta.resolve('problemkit/package.json')));
const maps = readdirSync(path.join(root, 'dist'), { recursive: true }).filter((file) => file.endsWith('.map'));
if (maps.length === 0) throw new Error('no source maps in dist/');
const missing = new Set();
for (const map of maps) {
  const file = path.join(root, 'dist', map);
  const { sourceRoot = '', sources = [] } = JSON.parse(readFileSync(file, 'utf8'));
  for (const source of sources) {
    const target = path.resolve(path.dirname(file), sourceRoot, source);
    if (!existsSync(target)) missing.add(path.relative(root, target));
  }
}
if (missing.size > 0) throw new Error(missing.size + ' sources missing, e.g. ' + [...missing].slice(0, 3).join(', '));`,
    );

    for (const reportTypecheck of await Promise.all(typechecks)) reportTypecheck();
  } finally {
    if (process.env.KEEP === '1') console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
const failed = results.filter((result) => !result.ok).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`consumer smoke: ${results.length - failed} ok, ${failed} failed (${seconds} s)`);
process.exitCode = failed > 0 ? 1 : 0;
