// Runs the bundled CLI (dist/cli.js) as a child process on drafts written into a temp directory.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[]; uid?: number; gid?: number } = {}): CliRun {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    input: opts.input ?? '',
    env: { ...env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
    ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'undraft-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function write(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The stable id in the rule's meta.messages and what fills it, when the rule gives one. */
  messageId?: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  /** Titles of the unsafe fixes. */
  suggestions: string[];
}

export interface JsonFile {
  filePath: string;
  findings: JsonFinding[];
}

export function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

/**
 * The folders read (relative to `dir`, sorted, a folder read twice listed twice) while `fn` runs, and what `fn`
 * returned. The walk reads through the `node:fs` module object (the namespace import is read-only), so the
 * spy goes there.
 */
export function readsDuring<T>(dir: string, fn: () => T): { read: string[]; result: T } {
  const nodeFs = require('node:fs') as { readdirSync: unknown };
  const real = fs.readdirSync;
  const read: string[] = [];
  nodeFs.readdirSync = (...args: unknown[]) => {
    read.push(path.relative(dir, String(args[0])));
    return (real as (...a: unknown[]) => unknown)(...args);
  };
  try {
    return { result: fn(), read: read.sort() };
  } finally {
    nodeFs.readdirSync = real;
  }
}
