// `npm run test:vscode`: the end-to-end test of the packaged extension in a real VS Code.
//
//  1. builds and packages the extension (npm run build, npm run package -> undraft-<version>.vsix);
//  2. packages a small test-runner extension (test/vscode/runner) that runs the compiled mocha suites of
//     test/vscode/suite inside the extension host;
//  3. installs both .vsix files with `code-server --install-extension` into a FRESH extensions folder, writes
//     user settings into a temporary user-data folder, copies test/e2e/workspace three times (suites, UI, Word
//     view UI) and builds Word drafts into the first and third (wordDrafts.ts);
//  4. starts code-server on a free loopback port in its own process group (only this start-up is retried);
//  5. opens the suites' workspace in headless Chromium: the runner extension runs mocha and writes JSON results;
//  6. runs the Playwright UI tests (test/e2e/ui.ts, then uiWord.ts) in their workspaces, saving screenshots to
//     test-results/e2e;
//  7. when VSCODE_EXECUTABLE names a desktop VS Code, also runs the suites through @vscode/test-electron;
//  8. stops every process it started (also on failure and on signals) and prints "N passed, N failed".
//
// It expects the toolchain paths from scripts/e2e-toolchain.sh (see package.json "test:vscode").
// Environment: UNDRAFT_E2E_VSIX=<file> tests that .vsix instead of building one; UNDRAFT_E2E_KEEP=1 keeps the
// temporary folder; UNDRAFT_E2E_UPDATE_DOCS=1 refreshes docs/images/e2e-problems.png; UNDRAFT_E2E_GREP=<text>
// runs only the suites' tests whose title contains it (mocha --grep), and the UI tests only when it is part of
// their group's name (uiWord.ts: "Word draft view in the workbench").
import { createVSIX } from '@vscode/vsce';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findOrganizationSnippet, EXPECTED_ORGANIZATION_PREFIX } from '../vscode/suite/snippets';
import { RunResults, TestResult, countResults, readResultsFile } from '../vscode/suite/results';
import { CodeServer, Toolchain, codeServerEnv, installExtensions, makeDirs, startCodeServer, toolchainFromEnv } from './codeServer';
import { Browser, launchChromium } from './playwright';
import { installSignalHandlers, interruptedBy, onCleanup, reapDescendants, stopAll } from './processes';
import { runUiTests } from './ui';
import { WORD_UI_GROUP, runWordUiTests } from './uiWord';
import { writeWordDrafts, wordRepeatPosition } from './wordDrafts';

const REPO = path.resolve(__dirname, '..', '..', '..');
const RESULTS_DIR = path.join(REPO, 'test-results', 'e2e');
const WORKSPACE_TEMPLATE = path.join(REPO, 'test', 'e2e', 'workspace');
const COMPILED_VSCODE_TESTS = path.join(REPO, 'out', 'test', 'vscode');
const RUNNER_MANIFEST = path.join(REPO, 'test', 'vscode', 'runner', 'package.json');
const RUNNER_ID = 'undraft-e2e.e2e-test-runner';
const EXTENSION_ID = 'undraft.undraft';
const DOCS_SCREENSHOT = path.join(REPO, 'docs', 'images', 'e2e-problems.png');

const SUITES_TIMEOUT_MS = 15 * 60_000;
const TOTAL_TIMEOUT_MS = 45 * 60_000;

const results: TestResult[] = [];
const notes: string[] = [];

function log(line: string): void {
  console.log(line);
}

function elapsed(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

class SetupFailed extends Error {}

/** A harness step, reported like a test; a failure stops the run (the tests depend on it). */
async function setup<T>(title: string, fn: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  log(`[e2e] ${title} ...`);
  try {
    const value = await fn();
    results.push({ group: 'setup', title, state: 'passed', durationMs: Date.now() - started });
    return value;
  } catch (err) {
    results.push({ group: 'setup', title, state: 'failed', durationMs: Date.now() - started, error: errorText(err) });
    throw new SetupFailed(title);
  }
}

/** Runs an npm script with its output shown; throws when it fails. */
function npmRun(script: string): void {
  const r = spawnSync('npm', ['run', script], { cwd: REPO, stdio: 'inherit', env: process.env });
  if (r.error) throw new Error(`npm run ${script}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`npm run ${script} failed (exit ${r.status ?? r.signal})`);
}

function buildAndPackage(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    scripts?: Record<string, string>;
  };
  npmRun('build');
  if (!pkg.scripts?.package) {
    throw new Error(
      'package.json has no "package" script. The e2e installs the packaged extension: `npm run package` must build ' +
        `${pkg.name}-${pkg.version}.vsix at the repository root with @vscode/vsce.`,
    );
  }
  const vsix = path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);
  const started = Date.now();
  npmRun('package');
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not produce ${path.relative(REPO, vsix)}`);
  if (fs.statSync(vsix).mtimeMs < started - 2000) throw new Error(`${path.relative(REPO, vsix)} was not rewritten by npm run package`);
  notes.push(`packaged ${path.basename(vsix)} (${Math.round(fs.statSync(vsix).size / 1024)} KB)`);
  return vsix;
}

/** The test-runner extension: its manifest, the compiled runner and suites, and where to report. */
async function packageRunner(stage: string, vsixFile: string, config: Record<string, string>): Promise<void> {
  for (const dir of ['runner', 'suite']) {
    const from = path.join(COMPILED_VSCODE_TESTS, dir);
    if (!fs.existsSync(path.join(from, dir === 'runner' ? 'extension.js' : 'index.js'))) {
      throw new Error(`${path.relative(REPO, from)} is not compiled: run \`npm run compile\` (npm run test:vscode does)`);
    }
    fs.cpSync(from, path.join(stage, 'out', 'test', 'vscode', dir), { recursive: true });
  }
  fs.copyFileSync(RUNNER_MANIFEST, path.join(stage, 'package.json'));
  fs.writeFileSync(path.join(stage, 'README.md'), '# undraft e2e test runner\n\nInstalled into code-server only for `npm run test:vscode`.\n');
  fs.writeFileSync(path.join(stage, 'LICENSE'), 'MIT\n');
  fs.writeFileSync(path.join(stage, 'e2e-config.json'), JSON.stringify(config, null, 2));
  await createVSIX({ cwd: stage, packagePath: vsixFile, dependencies: false, skipLicense: true, allowMissingRepository: true });
  if (!fs.existsSync(vsixFile)) throw new Error(`vsce did not write ${vsixFile}`);
}

function userSettings(): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.editor.enablePreview': false,
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    'files.autoSave': 'off',
    'editor.minimap.enabled': false,
    'editor.renderWhitespace': 'none',
    'editor.stickyScroll.enabled': false,
    'outline.collapseItems': 'alwaysCollapse',
    // Fix-on-save, as a drafter would configure it (the UI test saves with Ctrl+S).
    'editor.codeActionsOnSave': { 'source.fixAll.undraft': 'explicit' },
  };
}

function snippetPrefix(): string {
  const file = path.join(REPO, 'snippets', 'un-report.code-snippets');
  if (!fs.existsSync(file)) {
    notes.push(`${path.relative(REPO, file)} does not exist; the UI test types the expected prefix ${EXPECTED_ORGANIZATION_PREFIX}`);
    return EXPECTED_ORGANIZATION_PREFIX;
  }
  const snippet = findOrganizationSnippet(fs.readFileSync(file, 'utf8'));
  if (!snippet) throw new Error(`${path.relative(REPO, file)} has no snippet with an "Organization of the meeting" chapter`);
  if (snippet.prefix !== EXPECTED_ORGANIZATION_PREFIX) notes.push(`the Organization of the meeting snippet has the prefix "${snippet.prefix}"`);
  return snippet.prefix;
}

function copyLogs(dirsRoot: string): void {
  const target = path.join(RESULTS_DIR, 'logs');
  fs.mkdirSync(target, { recursive: true });
  for (const [from, to] of [
    [path.join(dirsRoot, 'logs'), 'harness'],
    [path.join(dirsRoot, 'user-data', 'logs'), 'vscode'],
  ]) {
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, to), { recursive: true });
  }
}

/** Opens the suites' workspace; the test-runner extension runs mocha there and writes `resultsFile`. */
async function runSuitesInCodeServer(browser: Browser, server: CodeServer, folder: string, resultsFile: string): Promise<RunResults> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const screenshot = (): Promise<unknown> => page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-suites.png') }).catch(() => undefined);
  try {
    await page.goto(server.url(folder), { timeout: 120_000, waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 120_000 });
    const end = Date.now() + SUITES_TIMEOUT_MS;
    while (!fs.existsSync(resultsFile)) {
      if (server.process.hasExited()) throw new Error(`code-server exited while the suites ran; see ${server.logFile}`);
      if (Date.now() > end) {
        throw new Error(
          `no results from the test-runner extension within ${elapsed(SUITES_TIMEOUT_MS)}; ` +
            'see test-results/e2e/logs/vscode (extension host logs) and test-results/e2e/e2e-suites.png',
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    await screenshot();
    return readResultsFile(resultsFile);
  } catch (err) {
    await screenshot();
    throw err;
  } finally {
    await context.close().catch(() => undefined);
  }
}

function mergeRun(run: RunResults, group?: string): void {
  notes.push(`${run.runner}`);
  for (const line of run.log) notes.push(`  ${line}`);
  for (const t of run.tests) results.push(group ? { ...t, group } : t);
  if (run.fatal) results.push({ group: group ?? 'extension host', title: 'the suites run', state: 'failed', durationMs: 0, error: run.fatal });
  if (run.tests.length === 0 && !run.fatal) {
    results.push({ group: group ?? 'extension host', title: 'the suites run', state: 'failed', durationMs: 0, error: 'no test ran' });
  }
}

/** The @vscode/test-electron route: only when VSCODE_EXECUTABLE names a desktop VS Code. */
function runDesktopRoute(tmp: string): string | undefined {
  if (!process.env.VSCODE_EXECUTABLE) {
    return 'skipped: the @vscode/test-electron route (VSCODE_EXECUTABLE is not set; desktop VS Code cannot be downloaded on this machine)';
  }
  const resultsFile = path.join(tmp, 'desktop-results.json');
  log(`[e2e] running the suites in desktop VS Code (${process.env.VSCODE_EXECUTABLE}) through @vscode/test-electron ...`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(COMPILED_VSCODE_TESTS, 'runTest.js')], {
    cwd: REPO,
    stdio: 'inherit',
    env: { ...process.env, UNDRAFT_E2E_RESULTS: resultsFile },
    timeout: SUITES_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (fs.existsSync(resultsFile)) {
    mergeRun(readResultsFile(resultsFile), 'desktop VS Code');
  } else {
    results.push({
      group: 'desktop VS Code',
      title: 'the suites run through @vscode/test-electron',
      state: 'failed',
      durationMs: Date.now() - started,
      error: `no results (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''})`,
    });
  }
  return undefined;
}

function printSummary(startedAt: number, skippedLines: string[]): number {
  const { passed, failed, skipped } = countResults(results);
  log('');
  log('──────────────── e2e results ────────────────');
  for (const t of results) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    log(`  ${mark} [${t.group}] ${t.title} (${elapsed(t.durationMs)})`);
    if (t.error && t.state !== 'passed') log(t.error.split('\n').map((l) => `        ${l}`).join('\n'));
  }
  if (notes.length > 0) {
    log('');
    for (const n of notes) log(`  ${n}`);
  }
  for (const s of skippedLines) log(`  ${s}`);
  if (skipped > 0) log(`  ${skipped} not run because an earlier step failed`);
  log(`  screenshots and logs: ${path.relative(REPO, RESULTS_DIR)}/`);
  log(`  e2e run time: ${elapsed(Date.now() - startedAt)}`);
  const failures = failed + skipped;
  log(`${passed} passed, ${failures} failed`);
  return failures === 0 && passed > 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  installSignalHandlers();
  const watchdog = setTimeout(() => {
    console.error(`[e2e] the e2e exceeded ${elapsed(TOTAL_TIMEOUT_MS)}: stopping everything`);
    void stopAll().finally(() => process.exit(1));
  }, TOTAL_TIMEOUT_MS);

  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-e2e-'));
  const keep = process.env.UNDRAFT_E2E_KEEP === '1';
  let browser: Browser | undefined;
  const closeBrowser = async (): Promise<void> => {
    const b = browser;
    browser = undefined;
    if (b) await b.close().catch(() => undefined);
  };
  onCleanup(closeBrowser, 'interrupt');
  onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const skippedLines: string[] = [];
  let uiScreenshotOk = false;

  try {
    const tc: Toolchain = await setup('the e2e toolchain is installed (scripts/e2e-toolchain.sh)', () => toolchainFromEnv());
    const vsix = await setup('build and package the extension (npm run build, npm run package)', () => {
      const given = process.env.UNDRAFT_E2E_VSIX;
      if (!given) return buildAndPackage();
      if (!fs.existsSync(given)) throw new Error(`UNDRAFT_E2E_VSIX=${given} does not exist`);
      notes.push(`tested the given ${given} (UNDRAFT_E2E_VSIX), not a fresh package`);
      return path.resolve(given);
    });
    const prefix = await setup('find the Organization of the meeting snippet', () => snippetPrefix());

    const dirs = makeDirs(path.join(tmp, 'code-server'));
    const suitesWorkspace = path.join(tmp, 'workspace-suites');
    const uiWorkspace = path.join(tmp, 'workspace-ui');
    fs.cpSync(WORKSPACE_TEMPLATE, suitesWorkspace, { recursive: true });
    fs.cpSync(WORKSPACE_TEMPLATE, uiWorkspace, { recursive: true });
    const wordUiWorkspace = path.join(tmp, 'workspace-word-ui');
    fs.cpSync(WORKSPACE_TEMPLATE, wordUiWorkspace, { recursive: true });
    await setup('build the Word drafts of the suites (test/e2e/wordDrafts.ts)', async () => {
      await writeWordDrafts(suitesWorkspace);
      await writeWordDrafts(wordUiWorkspace);
    });
    const grep = process.env.UNDRAFT_E2E_GREP || undefined;
    if (grep) notes.push(`UNDRAFT_E2E_GREP="${grep}": only the suites' tests whose title contains it ran, and not the main UI test`);
    const suitesResults = path.join(tmp, 'suites-results.json');
    const runnerConfig = {
      resultsPath: suitesResults,
      workspace: suitesWorkspace,
      mochaPath: path.dirname(require.resolve('mocha/package.json', { paths: [REPO] })),
      ...(grep ? { grep } : {}),
    };
    const runnerVsix = path.join(tmp, 'e2e-test-runner.vsix');
    await setup('package the test-runner extension (test/vscode/runner)', () => packageRunner(path.join(tmp, 'runner-stage'), runnerVsix, runnerConfig));

    const env = codeServerEnv(dirs, {
      UNDRAFT_E2E_RESULTS: runnerConfig.resultsPath,
      UNDRAFT_E2E_SUITE_WORKSPACE: runnerConfig.workspace,
      UNDRAFT_E2E_MOCHA: runnerConfig.mochaPath,
      ...(grep ? { UNDRAFT_E2E_GREP: grep } : {}),
    });
    fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(userSettings(), null, 2));
    await setup('install the .vsix files into a fresh extensions folder (code-server --install-extension)', () =>
      installExtensions(tc, dirs, env, [
        { file: vsix, id: EXTENSION_ID },
        { file: runnerVsix, id: RUNNER_ID },
      ]),
    );
    const server = await setup('start code-server on a free loopback port', () => startCodeServer(tc, dirs, env, suitesWorkspace, { log }));
    // Chromium's own files (crash reports, caches) go to the temporary folder, not to $HOME.
    const chromiumHome = path.join(tmp, 'chromium');
    const chromiumEnv = { ...process.env, XDG_CONFIG_HOME: path.join(chromiumHome, 'config'), XDG_CACHE_HOME: path.join(chromiumHome, 'cache') };
    browser = await setup('start headless Chromium', () => launchChromium(tc.playwright, tc.chromium, chromiumEnv));

    log('[e2e] running the mocha suites in the extension host ...');
    try {
      mergeRun(await runSuitesInCodeServer(browser, server, suitesWorkspace, suitesResults));
    } catch (err) {
      results.push({ group: 'extension host', title: 'the suites run', state: 'failed', durationMs: 0, error: errorText(err) });
    }

    if (!grep) {
      log('[e2e] running the UI test ...');
      const ui = await runUiTests({ browser, url: server.url(uiWorkspace), workspace: uiWorkspace, snippetPrefix: prefix, screenshots: RESULTS_DIR, log });
      mergeRun(ui);
      uiScreenshotOk = ui.tests.find((t) => t.title.startsWith('the Outline view'))?.state === 'passed';
    }
    if (!grep || WORD_UI_GROUP.includes(grep)) {
      log('[e2e] running the Word view UI test ...');
      const repeat = wordRepeatPosition(path.join(REPO, 'dist', 'cli.js'), wordUiWorkspace);
      mergeRun(await runWordUiTests({ browser, url: server.url(wordUiWorkspace), repeat, screenshots: RESULTS_DIR, log }));
    }
  } catch (err) {
    if (!(err instanceof SetupFailed)) results.push({ group: 'harness', title: 'the e2e harness', state: 'failed', durationMs: 0, error: errorText(err) });
  } finally {
    await closeBrowser();
    try {
      await stopAll();
    } catch (err) {
      results.push({ group: 'harness', title: 'stop every process the e2e started', state: 'failed', durationMs: 0, error: errorText(err) });
    }
    copyLogs(path.join(tmp, 'code-server'));
    const left = await reapDescendants();
    if (left.length > 0) {
      results.push({ group: 'harness', title: 'no process is left running', state: 'failed', durationMs: 0, error: `killed:\n${left.join('\n')}` });
    }
  }

  const representative = path.join(RESULTS_DIR, 'e2e-problems.png');
  if (uiScreenshotOk && fs.existsSync(representative) && (process.env.UNDRAFT_E2E_UPDATE_DOCS === '1' || !fs.existsSync(DOCS_SCREENSHOT))) {
    fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
    fs.copyFileSync(representative, DOCS_SCREENSHOT);
    notes.push(`copied the screenshot to ${path.relative(REPO, DOCS_SCREENSHOT)}`);
  }

  const interrupted = interruptedBy();
  if (interrupted) {
    results.push({ group: 'harness', title: `the run was interrupted by ${interrupted.signal}`, state: 'failed', durationMs: 0 });
  }
  try {
    const skippedRoute = interrupted ? undefined : runDesktopRoute(tmp);
    if (skippedRoute) skippedLines.push(skippedRoute);
  } catch (err) {
    results.push({ group: 'desktop VS Code', title: 'the suites run through @vscode/test-electron', state: 'failed', durationMs: 0, error: errorText(err) });
  }

  if (keep) notes.push(`kept the temporary folder ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  clearTimeout(watchdog);
  const code = printSummary(startedAt, skippedLines);
  return interrupted ? interrupted.code : code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(errorText(err));
    void stopAll().finally(() => process.exit(1));
  },
);
