// `npm run test:web`: the web, in headless Chromium.
// 1. The playground page, loaded from `undraft --serve`. Pastes the seed draft, finds the duplicate China and the
//    brackets in the findings, applies the safe fixes, reviews and applies the unsafe removal of the second China,
//    downloads the text and compares it with what the core's fixer makes of the seed; asserts that the page
//    requests nothing but its own files.
// 2. The Web Worker server bundle alone, started from its URL, over JSON-RPC (worker-protocol.ts).
// 3. The extension in VS Code for the Web: its web-only build in code-server's web worker extension host, the
//    language server in a Web Worker (vscode-web/). Diagnostics, quick fixes, fix-all, outline on the seed.
// Prints "N passed, N failed". It expects the toolchain from scripts/e2e-toolchain.sh (UNDRAFT_E2E_PLAYWRIGHT,
// UNDRAFT_E2E_CHROMIUM; UNDRAFT_E2E_NODE and UNDRAFT_E2E_CODE_SERVER for part 2).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchChromium, type Browser } from '../e2e/playwright';
import { installSignalHandlers, reapDescendants, stopAll as stopProcessGroups } from '../e2e/processes';
import type { Request, WebContext } from './browser';
import { startServe, type Served } from './server';
import { expectedAfterFixes, runPlaygroundChecks, type Step } from './playground';
import { vscodeWebChecks } from './vscode-web/vscodeWeb';
import { serveWorker, workerProtocolChecks } from './worker-protocol';

const REPO = path.resolve(__dirname, '..', '..', '..');
const SEED = path.resolve(REPO, '..', 'shared', 'reference', 'seed-draft.md');
const RESULTS_DIR = path.join(REPO, 'test-results', 'web');

async function main(): Promise<number> {
  const playwrightDir = process.env.UNDRAFT_E2E_PLAYWRIGHT;
  const chromium = process.env.UNDRAFT_E2E_CHROMIUM ?? '/usr/bin/chromium';
  if (!playwrightDir) {
    console.error('[web] UNDRAFT_E2E_PLAYWRIGHT is not set: run through scripts/e2e-toolchain.sh (npm run test:web does)');
    return 1;
  }
  if (!fs.existsSync(path.join(REPO, 'dist', 'web', 'index.html'))) {
    console.error('[web] dist/web/index.html is missing: run npm run build first (npm run test:web does)');
    return 1;
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  let served: Served | undefined;
  let browser: Browser | undefined;
  const stopAll = () => served?.stop();
  process.on('exit', stopAll);
  let passed = 0;
  let failed = 0;
  installSignalHandlers();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-web-'));
  const runSteps = async (steps: Step[]): Promise<void> => {
    for (const step of steps) {
      const started = Date.now();
      try {
        await step.run();
        passed++;
        console.log(`[web]   ✓ ${step.title} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`[web]   ✗ ${step.title}\n${indent(e instanceof Error ? (e.stack ?? e.message) : String(e))}`);
      }
    }
  };
  try {
    served = await startServe(REPO);
    const origin = new URL(served.url).origin;
    console.log(`[web] page served at ${served.url}`);
    browser = await launchChromium(playwrightDir, chromium);
    const context = (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' })) as unknown as WebContext;
    const page = await context.newPage();
    const requests: Request[] = [];
    const pageErrors: string[] = [];
    page.on('request', (r) => requests.push(r));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    const seed = fs.readFileSync(SEED, 'utf8');
    const expected = expectedAfterFixes(seed);
    console.log('[web] the playground page');
    await runSteps(runPlaygroundChecks({ page, url: served.url, origin, seed, seedPath: SEED, expected, repo: REPO, resultsDir: RESULTS_DIR, requests, pageErrors }));
    await page.close();
    await context.close();
    console.log('[web] the Web Worker server bundle over JSON-RPC');
    const workerServed = await serveWorker(REPO);
    const workerContext = (await browser.newContext()) as unknown as WebContext;
    try {
      await runSteps(workerProtocolChecks(await workerContext.newPage(), workerServed.url, seed));
    } finally {
      await workerContext.close();
      workerServed.close();
    }
    console.log('[web] the extension in VS Code for the Web (code-server, web worker extension host)');
    await runSteps(vscodeWebChecks({ repo: REPO, seed, seedPath: SEED, expectedSafe: expected.safe, tmp, resultsDir: RESULTS_DIR, browser, log: (l) => console.log(l) }));
  } catch (e) {
    failed++;
    console.log(`[web] setup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    stopAll();
    await stopProcessGroups();
    const left = await reapDescendants();
    if (left.length > 0) {
      failed++;
      console.log(`[web]   ✗ no process is left running; killed:\n${indent(left.join('\n'))}`);
    }
    if (process.env.UNDRAFT_E2E_KEEP === '1') console.log(`[web] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`[web] ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

function indent(s: string): string {
  return s.split('\n').map((l) => `        ${l}`).join('\n');
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
