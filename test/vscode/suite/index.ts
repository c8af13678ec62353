// Runs the compiled suites (*.test.js beside this file) with mocha inside VS Code's extension host.
//  - `run()` is the entry point of @vscode/test-electron (extensionTestsPath): it rejects when a test fails.
//  - `runSuites()` is called by the e2e test-runner extension in code-server.
// Both write the results as JSON (see ./results) when given a path, by option or by UNDRAFT_E2E_RESULTS.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { suiteLog } from './helpers';
import { RunResults, TestResult, countResults, writeResultsFile } from './results';

export interface RunSuitesOptions {
  /** Where to write the results JSON; default: $UNDRAFT_E2E_RESULTS, or nowhere. */
  resultsPath?: string;
  /** The mocha package folder to load (the runner extension has no node_modules); default: require('mocha'). */
  mochaPath?: string;
  /** Mocha --grep. */
  grep?: string;
  /** Names where the tests run, e.g. "code-server". */
  host?: string;
}

type MochaModule = typeof Mocha;

function loadMocha(mochaPath: string | undefined): MochaModule {
  // Mocha's CommonJS build loads with a plain require() in any host (its main entry is an ES module).
  const dir = mochaPath ?? path.dirname(require.resolve('mocha/package.json'));
  const cjs = path.join(dir, 'lib', 'mocha.cjs');
  return require(fs.existsSync(cjs) ? cjs : dir) as MochaModule;
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export async function runSuites(options: RunSuitesOptions = {}): Promise<RunResults> {
  const resultsPath = options.resultsPath ?? process.env.UNDRAFT_E2E_RESULTS;
  const results: RunResults = {
    runner: `${options.host ?? 'VS Code'} ${vscode.version} extension host (Node ${process.version})`,
    tests: [],
    log: suiteLog,
  };
  try {
    const MochaClass = loadMocha(options.mochaPath);
    const mocha = new MochaClass({ ui: 'bdd', color: false, timeout: 180_000, reporter: 'spec' });
    if (options.grep) mocha.grep(options.grep);
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js'))
      .sort();
    if (files.length === 0) throw new Error(`no *.test.js suites in ${__dirname}`);
    for (const f of files) mocha.addFile(path.join(__dirname, f));

    await new Promise<void>((resolve) => {
      const started = new Map<Mocha.Runnable, number>();
      const record = (runnable: Mocha.Runnable, state: TestResult['state'], error?: string): void => {
        const start = started.get(runnable);
        results.tests.push({
          group: 'extension host',
          title: runnable.fullTitle(),
          state,
          durationMs: runnable.duration ?? (start ? Date.now() - start : 0),
          error,
        });
      };
      const runner = mocha.run(() => resolve());
      runner.on('test', (test) => started.set(test, Date.now()));
      runner.on('pass', (test) => record(test, 'passed'));
      runner.on('fail', (runnable, err) => record(runnable, 'failed', errorText(err)));
      runner.on('pending', (test) => record(test, 'skipped', 'pending'));
    });
    // Tests that never ran (a hook failed before them) count as not run, not as absent; those --grep leaves
    // out (mocha matches a string grep as a substring of the full title) were not asked for.
    const recorded = new Set(results.tests.map((t) => t.title));
    const wanted = (title: string): boolean => !options.grep || title.includes(options.grep);
    const visit = (suite: Mocha.Suite): void => {
      for (const test of suite.tests) {
        if (wanted(test.fullTitle()) && !recorded.has(test.fullTitle())) {
          results.tests.push({ group: 'extension host', title: test.fullTitle(), state: 'skipped', durationMs: 0, error: 'not run: a hook failed before it' });
        }
      }
      suite.suites.forEach(visit);
    };
    visit(mocha.suite);
  } catch (err) {
    results.fatal = `the suites could not run: ${errorText(err)}`;
  }
  if (resultsPath) writeResultsFile(resultsPath, results);
  return results;
}

/** Entry point for @vscode/test-electron's extensionTestsPath. */
export async function run(): Promise<void> {
  const results = await runSuites({ host: 'desktop VS Code' });
  const { passed, failed } = countResults(results.tests);
  if (results.fatal) throw new Error(results.fatal);
  if (failed > 0) throw new Error(`${failed} of ${passed + failed} e2e tests failed`);
}
