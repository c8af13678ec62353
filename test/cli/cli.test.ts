// The CLI as a child process: inputs, usage errors, unreadable files and the exit status.
// (Tests that need findings from particular rules are in cli-findings.test.ts.)

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core/index';
import { parseJson, runCli, tempDir, write } from './helpers';

const CLEAN = ['UNODC/CCPCJ/EG.4/2018/L.1', '', 'Distr.: Limited', '3 April 2018', '', 'Original: English', '', 'Draft report', '', 'I. Introduction', '', '1. The meeting was held in Vienna.', ''].join('\n');

describe('cli process', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints help and version and exits 0', () => {
    const help = runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: undraft \[options\]/);
    const version = runCli(['--version']);
    assert.equal(version.code, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout, `undraft ${pkg.version}\n`);
  });

  it('lists every registered rule with its default severity and fixability', () => {
    const r = runCli(['--list-rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const listed = JSON.parse(r.stdout) as { id: string; defaultSeverity: string; fixable: boolean; description: string }[];
    assert.deepEqual(listed.map((x) => x.id), allRules.map((x) => x.meta.id));
    for (const rule of allRules) {
      const row = listed.find((x) => x.id === rule.meta.id)!;
      assert.equal(row.defaultSeverity, rule.meta.defaultSeverity);
      assert.equal(row.fixable, rule.meta.fixable);
    }
    const table = runCli(['--list-rules']);
    for (const rule of allRules) assert.match(table.stdout, new RegExp(`^${rule.meta.id} +${rule.meta.defaultSeverity} +(yes|no) +\\S`, 'm'));
  });

  it('exits 2 on usage errors, with the reason on stderr and nothing on stdout', () => {
    for (const args of [[], ['--format', 'xml', 'a.md'], ['--bogus', 'a.md'], ['--rule', 'no-such-rule=off', 'a.md'], ['--fix', '--fix-dry-run', 'a.md']]) {
      const r = runCli(args, { cwd: dir });
      assert.equal(r.code, 2, `exit status for ${args.join(' ')}`);
      assert.match(r.stderr, /^undraft: /);
      assert.equal(r.stdout, '');
    }
  });

  it('exits 0 on a clean draft and prints nothing in stylish format', () => {
    write(dir, 'clean.md', CLEAN);
    const r = runCli(['clean.md'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });

  it('names an unreadable file with the reason, still checks the others, and exits 2', () => {
    write(dir, 'good.md', CLEAN);
    const r = runCli(['--format', 'json', 'missing.md', 'good.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /undraft: missing\.md: no such file or directory/);
    const files = parseJson(r.stdout);
    assert.deepEqual(files.map((f) => f.filePath), [path.join(dir, 'good.md')]);
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    const dangling = runCli(['dangling.md', 'good.md'], { cwd: dir });
    assert.equal(dangling.code, 2);
    assert.match(dangling.stderr, /undraft: dangling\.md: no such file or directory/);
  });

  it('reports a permission problem as unreadable (when not running as root)', function () {
    if (process.getuid && process.getuid() === 0) this.skip();
    const file = write(dir, 'locked.md', CLEAN);
    fs.chmodSync(file, 0o000);
    const r = runCli(['locked.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /locked\.md: permission denied/);
  });

  it('refuses binary and non-UTF-8 files with a clear message, without crashing', () => {
    write(dir, 'image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    write(dir, 'latin1.txt', Buffer.from('Distr.: Limited\nC\xf4te d\'Ivoire\n', 'latin1'));
    write(dir, 'good.md', CLEAN);
    const r = runCli(['--format', 'json', 'image.md', 'latin1.txt', 'good.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /image\.md: looks like a binary file/);
    assert.match(r.stderr, /latin1\.txt: is not valid UTF-8 \(first invalid byte 0xf4 at byte 17, line 2\)/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    assert.equal(parseJson(r.stdout).length, 1);
  });

  it('searches directories recursively for .md and .txt, skipping node_modules and dot-directories', () => {
    write(dir, 'drafts/a.md', CLEAN);
    write(dir, 'drafts/2018/b.txt', CLEAN);
    write(dir, 'drafts/2018/notes.pdf', 'not a draft');
    write(dir, 'drafts/node_modules/x.md', CLEAN);
    write(dir, 'drafts/.git/y.md', CLEAN);
    const r = runCli(['--format', 'json', 'drafts'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parseJson(r.stdout).map((f) => path.relative(dir, f.filePath)), ['drafts/2018/b.txt', 'drafts/a.md']);
  });

  it('expands quoted globs itself and says when a pattern matches nothing', () => {
    write(dir, 'drafts/a.md', CLEAN);
    write(dir, 'drafts/sub/b.md', CLEAN);
    write(dir, 'drafts/sub/c.txt', CLEAN);
    const r = runCli(['--format', 'json', 'drafts/**/*.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parseJson(r.stdout).map((f) => path.relative(dir, f.filePath)), ['drafts/a.md', 'drafts/sub/b.md']);
    const none = runCli(['--format', 'json', 'drafts/*.docx', 'drafts/a.md'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /drafts\/\*\.docx: no files match this pattern/);
    assert.equal(parseJson(none.stdout).length, 1);
  });

  it('reads a draft from stdin with -', () => {
    const r = runCli(['--format', 'json', '-'], { input: CLEAN });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parseJson(r.stdout), [{ filePath: '<stdin>', findings: [] }]);
  });

  it('says where the time went with UNDRAFT_TIMING=1, on stderr only', () => {
    const r = runCli(['--format', 'json', '-'], { input: CLEAN, env: { UNDRAFT_TIMING: '1' } });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^undraft timing: read [\d.]+ ms, fix [\d.]+ ms, check [\d.]+ ms, output [\d.]+ ms, process up [\d.]+ ms\n$/);
    assert.equal(parseJson(r.stdout).length, 1);
  });

  it('prints the fixed text of a clean draft unchanged with --fix-dry-run', () => {
    const r = runCli(['--fix-dry-run', '-'], { input: CLEAN });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, CLEAN);
  });
});
