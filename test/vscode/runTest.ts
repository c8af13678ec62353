// The @vscode/test-electron route: runs the suites of test/vscode/suite in a desktop VS Code named by
// VSCODE_EXECUTABLE, with this repository as the development extension (build it first: `npm run build`) and a
// temporary copy of test/e2e/workspace. Desktop VS Code cannot be downloaded on the project's machines, so
// without VSCODE_EXECUTABLE this says so and exits 0; `npm run test:vscode` runs it when the variable is set.
//
//   npm run compile && npm run build && VSCODE_EXECUTABLE=/path/to/code node out/test/vscode/runTest.js
//
// On Linux without a display, run it under xvfb-run. UNDRAFT_E2E_RESULTS=<file> receives the results as JSON.
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<number> {
  const executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    console.log('skipped: the @vscode/test-electron route needs VSCODE_EXECUTABLE (a desktop VS Code); none can be downloaded here');
    return 0;
  }
  if (!fs.existsSync(executable)) throw new Error(`VSCODE_EXECUTABLE=${executable} does not exist`);
  if (!fs.existsSync(path.join(REPO, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-e2e-desktop-'));
  try {
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(REPO, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
    const exitCode = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [
        workspace,
        '--user-data-dir', path.join(tmp, 'user-data'),
        '--extensions-dir', path.join(tmp, 'extensions'),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
      ],
      extensionTestsEnv: process.env.UNDRAFT_E2E_RESULTS ? { UNDRAFT_E2E_RESULTS: process.env.UNDRAFT_E2E_RESULTS } : {},
    });
    return exitCode;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
