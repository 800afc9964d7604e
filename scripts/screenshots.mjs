// Screenshots of the main states for the README, taken from the built Storybook (`npm run screenshots` builds it
// first; this script builds nothing). It serves storybook-static/ with Node's http on 127.0.0.1 (an ephemeral
// port), opens each story in Debian's Chromium through playwright-core with a fresh profile (toolchain.md P14),
// with the clock frozen so every run draws the same pixels, and writes docs/screenshots/<name>.png.
//
// It fails (exit 1) when a story errors: Storybook's `storyFinished` says "success" even when the play function
// threw (toolchain.md P8), so the script also listens for playFunctionThrewException, storyThrewException,
// storyErrored, unhandledErrorsWhilePlaying and storyMissing, and for page errors. A story whose a11y check fails
// finishes with status "error" (parameters.a11y.test = 'error'), so that fails it too.
//
// Usage: node scripts/screenshots.mjs [storybook-static] [--only <name>]...
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * The shots: file name, story id, toolbar globals (merged over the frozen clock, English, light), story args, and
 * optionally a button to press once the story has finished and the selector to wait for afterwards. The demo's
 * states come first (what the README shows a newcomer): its playground with the server's answer picked through
 * args and "Save company" pressed, so each picture is the moment right after the answer (the demo's own
 * per-answer stories play on to the end: the countdown over, the banner gone). Then single components, then the
 * all-kinds matrix.
 */
const demo = (answer, waitFor) => ({
  id: 'demo-edit-company--playground',
  args: { answer },
  press: 'Save company',
  waitFor,
});
const shots = [
  { name: 'demo-422-field-errors', ...demo('field-errors', '.problemkit-ErrorSummary') },
  { name: 'demo-429-rate-limited', ...demo('rate-limited', '.problemkit-RateLimitNotice') },
  { name: 'demo-503-maintenance', ...demo('maintenance', '.problemkit-MaintenanceBanner') },
  { name: 'demo-500-server-error', ...demo('server-error', '.problemkit-TraceId') },
  { name: 'demo-401-signed-out', ...demo('signed-out', '.problemkit-PermissionNotice') },
  { name: 'error-summary', id: 'components-errorsummary--field-messages' },
  { name: 'error-summary-dark', id: 'components-errorsummary--field-messages', globals: { theme: 'dark' } },
  { name: 'rate-limit-countdown', id: 'components-ratelimitnotice--counting' },
  { name: 'submit-button-held', id: 'components-submitbutton--held' },
  { name: 'maintenance-banner', id: 'components-maintenancebanner--back-at-a-time' },
  { name: 'maintenance-banner-de', id: 'components-maintenancebanner--countdown', globals: { locale: 'de' } },
  { name: 'permission-plan-limit', id: 'components-permissionnotice--plan-limit' },
  { name: 'server-error-trace-id', id: 'components-problemnotice--server-error' },
  { name: 'all-kinds', id: 'components-all-kinds--matrix' },
  { name: 'all-kinds-dark', id: 'components-all-kinds--matrix', globals: { theme: 'dark' } },
];

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// toolchain.md §3: Debian's Chromium headless, no sandbox (root in CI), nothing phoning home.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const storyTimeoutMs = 30_000;
const failureEvents = [
  'playFunctionThrewException',
  'storyThrewException',
  'storyErrored',
  'unhandledErrorsWhilePlaying',
  'storyMissing',
];

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function parseArgs(argv) {
  let dir = 'storybook-static';
  const only = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--only') {
      const name = argv[index + 1];
      if (name === undefined) throw new Error('--only needs a shot name');
      only.push(name);
      index += 1;
    } else dir = arg;
  }
  return { dir: resolve(dir), only };
}

/** Serves `root` read-only on 127.0.0.1 at a port the OS picks. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': mimeTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, base: `http://127.0.0.1:${address.port}` });
    });
  });
}

/**
 * Runs in the story frame before Storybook: catches the channel the moment Storybook installs it (a setter on
 * the global slot it writes) and forwards the story events to the script through an exposed binding.
 */
function hookChannel(events) {
  const attached = new WeakSet();
  const attach = (channel) => {
    if (channel === null || channel === undefined || attached.has(channel) || typeof channel.on !== 'function') return;
    attached.add(channel);
    for (const name of events) {
      channel.on(name, (...payload) => {
        let text;
        try {
          text = JSON.stringify(payload);
        } catch {
          text = String(payload);
        }
        window.__problemkitStoryEvent(name, text);
      });
    }
  };
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = value;
      attach(value);
    },
  });
}

/** Storybook's URL form for globals and args: `key:value;key:value`. */
function encodePairs(pairs) {
  return Object.entries(pairs)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
}

function storyUrl(base, shot) {
  const globals = encodePairs({ clock: 'frozen', locale: 'en', theme: 'light', ...shot.globals });
  const args = shot.args === undefined ? '' : `&args=${encodePairs(shot.args)}`;
  return `${base}/iframe.html?id=${encodeURIComponent(shot.id)}&viewMode=story&globals=${globals}${args}`;
}

async function shoot(context, base, shot, outDir) {
  const page = await context.newPage();
  const problems = [];
  let finished;
  const done = new Promise((resolvePromise) => {
    finished = resolvePromise;
  });
  await page.exposeBinding('__problemkitStoryEvent', (_source, name, text) => {
    if (failureEvents.includes(name)) problems.push(`${name}: ${text.slice(0, 2000)}`);
    if (name === 'storyFinished') {
      const [payload] = JSON.parse(text);
      if (payload?.storyId === shot.id) {
        if (payload.status !== 'success') {
          const failedReports = (payload.reporters ?? []).filter((report) => report.status === 'failed');
          const summary = failedReports.map((report) =>
            report.type === 'a11y'
              ? `a11y: ${(report.result?.violations ?? []).map((violation) => violation.id).join(', ')}`
              : report.type,
          );
          problems.push(
            `storyFinished with status ${payload.status}${summary.length ? ` (${summary.join('; ')})` : ''}`,
          );
        }
        finished();
      }
    }
    if (name === 'storyMissing' || name === 'storyErrored' || name === 'storyThrewException') finished();
  });
  await page.addInitScript(hookChannel, ['storyFinished', ...failureEvents]);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  const started = Date.now();
  await page.goto(storyUrl(base, shot), { waitUntil: 'load' });
  const timeout = new Promise((resolvePromise) => setTimeout(() => resolvePromise('timeout'), storyTimeoutMs));
  if ((await Promise.race([done, timeout])) === 'timeout') {
    problems.push(`no storyFinished within ${storyTimeoutMs / 1000} s`);
  }
  if (problems.length === 0 && shot.press !== undefined) {
    try {
      await page.getByRole('button', { name: shot.press, exact: true }).click({ timeout: storyTimeoutMs });
      await page.locator(shot.waitFor).first().waitFor({ state: 'visible', timeout: storyTimeoutMs });
    } catch (error) {
      problems.push(`pressing "${shot.press}": ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
  }
  if (problems.length === 0) {
    // Fonts and the last commit: the image must show what the test saw.
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.close();
  return { problems, ms: Date.now() - started };
}

async function main() {
  const { dir, only } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(dir, 'iframe.html'))) {
    throw new Error(`no Storybook build in ${dir}: run \`npm run build-storybook\` (or \`npm run screenshots\`)`);
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const selected = only.length > 0 ? shots.filter((shot) => only.includes(shot.name)) : shots;
  const missing = selected.filter((shot) => index.entries?.[shot.id]?.type !== 'story');
  if (missing.length > 0) {
    throw new Error(`stories not in the build: ${missing.map((shot) => shot.id).join(', ')}`);
  }

  const outDir = resolve('docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  const { server, base } = await serve(dir);
  const profile = mkdtempSync(join(tmpdir(), 'problemkit-screenshots-'));
  let failures = 0;
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 800, height: 200 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    try {
      for (const shot of selected) {
        const { problems, ms } = await shoot(context, base, shot, outDir);
        if (problems.length > 0) {
          failures += 1;
          console.error(`✗ ${shot.name} (${shot.id})\n  ${problems.join('\n  ')}`);
        } else {
          console.log(`✓ ${shot.name}.png  ${shot.id}  ${ms} ms`);
        }
      }
    } finally {
      await context.close();
    }
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${selected.length - failures} screenshots written to docs/screenshots, ${failures} failed`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
