// The Node half of the VS Code for the Web test: installs undraft's web build (a copy of the built extension
// whose manifest has the `browser` entry and no `main`, so code-server can only run it in its web worker
// extension host) and the in-browser runner (runner.ts) into code-server, opens the seed draft's workspace in
// headless Chromium and judges what the runner saw against the core run in Node on the same text.
import { createVSIX } from '@vscode/vsce';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { completionsAt } from '../../../server/src/core/completion';
import { foldingRanges } from '../../../server/src/core/folding';
import { buildOutline } from '../../../server/src/core/outline';
import { check, fixAll, LineIndex, parseDraft, splitLines } from '../../../server/src/core/index';
import { codeServerEnv, installExtensions, makeDirs, startCodeServer, toolchainFromEnv, type CodeServer } from '../../e2e/codeServer';
import type { Browser } from '../../e2e/playwright';
import type { Step } from '../playground';
import type { WebResults } from './runner';

const RUNNER_ID = 'undraft-e2e.web-runner';
const EXTENSION_ID = 'undraft.undraft';
const RESULTS_WAIT_MS = Number(process.env.UNDRAFT_WEB_WAIT_MS ?? 4 * 60_000);
/** What the web build ships: the browser bundles and what the manifest contributes. */
const WEB_FILES = ['dist/browser', 'docs/rules', 'syntaxes', 'snippets', 'language-configuration.json', 'README.md', 'LICENSE'];

export interface VscodeWebContext {
  readonly repo: string;
  readonly seed: string;
  readonly seedPath: string;
  /** The seed after every safe fix, by the core's fixer in Node. */
  readonly expectedSafe: string;
  readonly tmp: string;
  readonly resultsDir: string;
  readonly browser: Browser;
  readonly log: (line: string) => void;
}

/** The built extension as a web-only extension: same bundles, no `main` (and no Node-only `bin`). */
async function packageWebOnly(repo: string, stage: string, vsix: string): Promise<void> {
  for (const f of WEB_FILES) fs.cpSync(path.join(repo, f), path.join(stage, f), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof pkg.browser !== 'string' || !fs.existsSync(path.join(stage, pkg.browser))) throw new Error(`package.json's browser entry ${String(pkg.browser)} is not built (npm run build)`);
  delete pkg.main;
  delete pkg.bin;
  delete pkg.scripts;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  // The same links as npm run package.
  await createVSIX({ cwd: stage, packagePath: vsix, dependencies: false, baseContentUrl: 'https://github.com/undraft/undraft/blob/main', baseImagesUrl: 'https://github.com/undraft/undraft/raw/main' });
}

async function packageRunner(repo: string, stage: string, vsix: string): Promise<void> {
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync(path.join(repo, 'out', 'test', 'web', 'vscode-web', 'runner.js'), path.join(stage, 'runner.js'));
  const manifest = {
    name: 'web-runner', publisher: 'undraft-e2e', version: '0.0.1', license: 'MIT', private: true,
    description: 'Checks undraft in the web worker extension host (installed only for npm run test:web).',
    repository: { type: 'git', url: 'https://example.invalid/undraft.git' },
    engines: { vscode: '^1.91.0' }, browser: './runner.js', activationEvents: ['onStartupFinished'],
    extensionDependencies: [EXTENSION_ID],
  };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(stage, 'README.md'), '# undraft web runner\n\nInstalled into code-server only for `npm run test:web`.\n');
  fs.writeFileSync(path.join(stage, 'LICENSE'), 'MIT\n');
  await createVSIX({ cwd: stage, packagePath: vsix, dependencies: false, skipLicense: true, allowMissingRepository: true });
}

async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`no ${path.basename(file)} after ${timeoutMs / 1000} s: the runner did not finish in the web worker extension host`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Runs code-server with both extensions and the seed's workspace; returns what the runner wrote. */
async function runInCodeServer(c: VscodeWebContext): Promise<{ results: WebResults; notified: string }> {
  const tc = toolchainFromEnv();
  const dirs = makeDirs(path.join(c.tmp, 'code-server'));
  const workspace = path.join(c.tmp, 'workspace');
  fs.mkdirSync(workspace);
  fs.copyFileSync(c.seedPath, path.join(workspace, 'seed-draft.md'));
  const undraftVsix = path.join(c.tmp, 'undraft-web.vsix');
  const runnerVsix = path.join(c.tmp, 'web-runner.vsix');
  await packageWebOnly(c.repo, path.join(c.tmp, 'undraft-stage'), undraftVsix);
  await packageRunner(c.repo, path.join(c.tmp, 'runner-stage'), runnerVsix);
  const env = codeServerEnv(dirs, {});
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  // Fix-on-save as a drafter would configure it (the runner saves once).
  const settings = { 'editor.codeActionsOnSave': { 'source.fixAll.undraft': 'explicit' }, 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'chat.disableAIFeatures': true, 'extensions.autoUpdate': false, 'editor.minimap.enabled': false };
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  installExtensions(tc, dirs, env, [{ file: undraftVsix, id: EXTENSION_ID }, { file: runnerVsix, id: RUNNER_ID }]);
  const server: CodeServer = await startCodeServer(tc, dirs, env, workspace, { log: c.log });
  const context = await c.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  // The workbench's console (the web worker extension host logs there) is kept for a failed run.
  const consoleLog: string[] = [];
  page.on('console', (m) => consoleLog.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`pageerror: ${e.message}`));
  try {
    await page.goto(server.url(workspace), { timeout: 120_000, waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 120_000 });
    const resultsFile = path.join(workspace, 'web-results.json');
    await waitForFile(resultsFile, RESULTS_WAIT_MS).catch(async (e: Error) => {
      await page.screenshot({ path: path.join(c.resultsDir, 'vscode-web-failed.png') }).catch(() => undefined);
      throw e;
    });
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as WebResults;
    const toast = page.locator('.notifications-toasts').filter({ hasText: 'not available in VS Code for the Web' });
    const notified = await toast.first().textContent({ timeout: 30_000 }).catch(() => '') ?? '';
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 30_000 }).catch(() => undefined);
    const shot = path.join(c.resultsDir, 'vscode-web.png');
    await page.screenshot({ path: shot });
    // The README's picture: written when missing or asked for (as the e2e suite does with its screenshot).
    const docsImage = path.join(c.repo, 'docs', 'images', 'vscode-web.png');
    if (process.env.UNDRAFT_E2E_UPDATE_DOCS === '1' || !fs.existsSync(docsImage)) fs.copyFileSync(shot, docsImage);
    return { results, notified };
  } finally {
    fs.writeFileSync(path.join(c.resultsDir, 'vscode-web-console.log'), consoleLog.join('\n'));
    await context.close().catch(() => undefined);
    await server.process.stop();
  }
}

function expectedDiagnostics(seed: string): string[] {
  const index = new LineIndex(splitLines(seed));
  return check(seed).map((f) => `${f.ruleId}@${index.lineAt(f.range.start)}`).sort();
}

/** Outline, folding, hover and completion as the editor got them, against the core's on the seed. */
function judgeEditorFeatures(results: WebResults, seed: string): void {
  const model = parseDraft(seed);
  assert.deepEqual(results.outline, buildOutline(model).map((n) => n.name || '(untitled)'));
  assert.ok(results.outline.length > 0);
  // Other providers (Markdown's) may add folds and completions: the core's must all be there.
  const folds = foldingRanges(model).map((f) => `${f.startLine}-${f.endLine}`);
  assert.ok(folds.length > 0 && folds.every((f) => results.folds.includes(f)), `core folds ${folds.join(' ')}; editor ${results.folds.join(' ')}`);
  assert.match(results.hover, /\*\*E\/CN\.15\/2011\/19\*\*/);
  assert.match(results.hover, /\| Component \| Meaning \|/);
  const offset = new LineIndex(model.lines).offsetAt({ line: results.completion.line, column: 0 });
  const expected = completionsAt(model, offset).map((x) => x.label);
  assert.ok(expected.length > 0 && expected.every((l) => results.completion.labels.includes(l)), `core ${expected.join(' ')}; editor ${results.completion.labels.join(' ')}`);
}

/** The checks, judged on one run of code-server (a failed run fails them all with its reason). */
export function vscodeWebChecks(c: VscodeWebContext): Step[] {
  let run: Promise<{ results: WebResults; notified: string }> | undefined;
  const seen = async (): Promise<{ results: WebResults; notified: string }> => {
    run ??= runInCodeServer(c);
    const r = await run;
    if (r.results.error) throw new Error(`the runner failed in the web worker extension host:\n${r.results.error}`);
    return r;
  };
  return [
    {
      title: 'code-server runs the web-only build of undraft (browser entry, no main) in its web worker extension host',
      run: async () => {
        const { host } = (await seen()).results;
        assert.equal(host.uiKind, 2, 'vscode.env.uiKind is Web');
        assert.equal(host.hasProcess, false, 'the extension host is a Web Worker (no Node process object)');
        assert.equal(host.undraftHasMain, false);
        assert.equal(host.undraftBrowser, './dist/browser/extension.js');
        assert.equal(host.undraftActive, true);
      },
    },
    {
      title: 'opening the seed draft shows the Web Worker server\'s diagnostics: the core\'s findings, with the duplicate China and the brackets',
      run: async () => {
        const { results } = await seen();
        c.log(`[web]     ${results.diagnostics.length} diagnostics ${results.diagnosticsMs} ms after opening the draft`);
        for (const [what, n] of Object.entries(results.asks)) if (n > 1) c.log(`[web]     the code actions for ${what} came at ask ${n} (the first asks got none)`);
        assert.deepEqual(results.diagnostics.map((d) => `${d.code}@${d.line}`).sort(), expectedDiagnostics(c.seed));
        assert.ok(results.diagnostics.some((d) => d.code === 'duplicate-entry' && d.message.includes('"China" is listed twice')));
        assert.ok(results.diagnostics.some((d) => d.code === 'unresolved-bracket' && d.text === '[2nd, 3rd and 4th]'));
      },
    },
    {
      title: 'quick fixes: removing the second China and accepting brackets are offered, never preferred; a safe fix is preferred; fix-all is a source action',
      run: async () => {
        const { results } = await seen();
        const remove = results.chinaActions.find((a) => a.title === 'Remove the second “China”');
        assert.ok(remove && remove.kind === 'quickfix' && remove.hasEdit && !remove.isPreferred, JSON.stringify(results.chinaActions));
        const accept = results.bracketActions.find((a) => a.title === 'Accept the bracketed text');
        assert.ok(accept && !accept.isPreferred, JSON.stringify(results.bracketActions));
        assert.ok(!results.bracketActions.some((a) => a.isPreferred), 'no unsafe fix is preferred');
        const safe = results.safeActions.find((a) => a.isPreferred);
        assert.ok(safe && safe.title === 'Fix this country-name problem' && safe.kind === 'quickfix' && safe.hasEdit, JSON.stringify(results.safeActions));
        assert.ok(results.sourceActions.some((a) => a.kind === 'source.fixAll.undraft' && a.hasEdit), JSON.stringify(results.sourceActions));
      },
    },
    {
      title: '"Fix all problems" through the worker applies exactly the safe fixes (the core\'s fixer in Node agrees)',
      run: async () => {
        const { results } = await seen();
        assert.notEqual(results.fixAllText, c.seed);
        assert.equal(results.fixAllText, c.expectedSafe);
      },
    },
    {
      title: 'fix-on-save through the worker saves the safe fixes (the core\'s fixer in Node agrees)',
      run: async () => {
        const { results } = await seen();
        assert.equal(results.saves[0].beforeSave, `${c.seed}\n`);
        for (const [i, save] of results.saves.entries()) {
          if (save.saved === save.beforeSave) c.log(`[web]     save ${i + 1} went through without the fixes; the worker had offered ${JSON.stringify(save.preSaveActions)} for version ${save.version}`);
        }
        const expected = fixAll(results.beforeSave, (t) => check(t)).text;
        assert.equal(results.saved, expected);
      },
    },
    {
      title: 'outline, folding, hover on a document symbol and paragraph-number completion come from the worker',
      run: async () => judgeEditorFeatures((await seen()).results, c.seed),
    },
    {
      title: 'the workspace check says it is not available on the web',
      run: async () => {
        const { notified } = await seen();
        assert.match(notified, /not available in VS Code for the Web.*open a draft to check it/i);
      },
    },
  ];
}
