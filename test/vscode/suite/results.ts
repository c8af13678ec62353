// The JSON that the in-editor mocha run writes and the e2e harness reads. Shared by both sides; no `vscode` import.
import * as fs from 'fs';
import * as path from 'path';

export type TestState = 'passed' | 'failed' | 'skipped';

export interface TestResult {
  /** Group shown in the summary, e.g. "extension host" or "ui". */
  group: string;
  title: string;
  state: TestState;
  durationMs: number;
  /** Failure message and stack, or the reason for a skip. */
  error?: string;
}

export interface RunResults {
  /** Where the tests ran, e.g. "code-server 1.139.1 extension host". */
  runner: string;
  tests: TestResult[];
  /** Lines worth showing to a person (measurements, notes). */
  log: string[];
  /** Set when the run could not start or crashed outside a test. */
  fatal?: string;
}

export function countResults(tests: readonly TestResult[]): { passed: number; failed: number; skipped: number } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const t of tests) {
    if (t.state === 'passed') passed++;
    else if (t.state === 'failed') failed++;
    else skipped++;
  }
  return { passed, failed, skipped };
}

/** Writes atomically (temporary file + rename) so that a reader polling for the file never sees half of it. */
export function writeResultsFile(file: string, results: RunResults): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2));
  fs.renameSync(tmp, file);
}

export function readResultsFile(file: string): RunResults {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RunResults>;
  if (!data || !Array.isArray(data.tests) || typeof data.runner !== 'string') {
    throw new Error(`${file} is not a results file`);
  }
  return { runner: data.runner, tests: data.tests, log: Array.isArray(data.log) ? data.log : [], fatal: data.fatal };
}
