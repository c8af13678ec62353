// A test-runner extension installed into code-server only for the e2e run (see test/e2e/run.ts). On start-up it
// runs the compiled mocha suites with the real `vscode` API and writes the results as JSON where the harness
// waits for them. It does nothing in any window other than the one opened on the suites' workspace.
//
// Configuration, from the environment that code-server passes to the extension host, or else from
// e2e-config.json that the harness puts in this extension's folder:
//   UNDRAFT_E2E_RESULTS          results JSON to write
//   UNDRAFT_E2E_SUITE_WORKSPACE  workspace folder in which to run the suites
//   UNDRAFT_E2E_MOCHA            mocha package folder (this extension ships no node_modules)
//   UNDRAFT_E2E_GREP             optional: run only the tests whose title contains this (mocha --grep)
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { suiteLog } from '../suite/helpers';
import { runSuites } from '../suite/index';
import { writeResultsFile } from '../suite/results';

interface RunnerConfig {
  resultsPath: string;
  workspace: string;
  mochaPath?: string;
  grep?: string;
  source: 'environment' | 'e2e-config.json';
}

function readConfig(extensionPath: string): RunnerConfig | undefined {
  const env = process.env;
  if (env.UNDRAFT_E2E_RESULTS && env.UNDRAFT_E2E_SUITE_WORKSPACE) {
    return { resultsPath: env.UNDRAFT_E2E_RESULTS, workspace: env.UNDRAFT_E2E_SUITE_WORKSPACE, mochaPath: env.UNDRAFT_E2E_MOCHA, grep: env.UNDRAFT_E2E_GREP || undefined, source: 'environment' };
  }
  const file = path.join(extensionPath, 'e2e-config.json');
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RunnerConfig>;
  if (!data.resultsPath || !data.workspace) return undefined;
  return { resultsPath: data.resultsPath, workspace: data.workspace, mochaPath: data.mochaPath, grep: data.grep, source: 'e2e-config.json' };
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string): string => path.resolve(p).replace(/\/+$/, '');
  return norm(a) === norm(b);
}

export function activate(context: vscode.ExtensionContext): void {
  const config = readConfig(context.extensionPath);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!config || !folder || !samePath(folder, config.workspace)) return;
  // One run per results file, even if the window reloads.
  if (fs.existsSync(config.resultsPath)) return;
  void (async () => {
    try {
      suiteLog.push(`test runner configured from the ${config.source}`);
      if (config.grep) suiteLog.push(`only the tests whose title contains "${config.grep}"`);
      await runSuites({ resultsPath: config.resultsPath, mochaPath: config.mochaPath, grep: config.grep, host: 'code-server' });
    } catch (err) {
      writeResultsFile(config.resultsPath, {
        runner: 'code-server extension host',
        tests: [],
        log: [],
        fatal: `the test runner crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      });
    }
  })();
}

export function deactivate(): void {
  // Nothing to release.
}
