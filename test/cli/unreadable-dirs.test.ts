// A directory undraft cannot read is reported (exit 2), never skipped silently. Root reads any
// directory, so under root the CLI runs as an unprivileged user for these tests.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runCli, tempDir, write, type CliRun } from './helpers';

const NOBODY = 65534;

describe('cli unreadable directories', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    fs.chmodSync(dir, 0o755);
    write(dir, 'drafts/a.md', '1. Text.\n');
    write(dir, 'drafts/locked/b.md', '1. Text.\n');
    fs.chmodSync(`${dir}/drafts`, 0o755);
    fs.chmodSync(`${dir}/drafts/locked`, 0o000);
  });
  afterEach(() => {
    fs.chmodSync(`${dir}/drafts/locked`, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (args: string[]): CliRun => {
    const asRoot = process.getuid?.() === 0;
    return runCli(args, { cwd: dir, ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
  };

  it('names an unreadable directory found while searching, checks the rest and exits 2', () => {
    const r = run(['-f', 'json', 'drafts']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^undraft: drafts\/locked: permission denied \(directory not searched\)$/m);
    const checked = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
    assert.equal(checked.length, 1);
    assert.match(checked[0], /\/drafts\/a\.md$/);
  });

  it('says "permission denied" for an unreadable directory named directly, not "no draft files"', () => {
    const r = run(['drafts/locked']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^undraft: drafts\/locked: permission denied \(directory not searched\)$/m);
    assert.doesNotMatch(r.stderr, /no draft files/);
  });

  it('names an unreadable directory a glob walks into', () => {
    const r = run(['drafts/**/*.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^undraft: drafts\/locked: permission denied \(directory not searched\)$/m);
  });
});
