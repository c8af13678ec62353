// The baseline (issue 8, "Adopting on existing drafts"): --suppress-all records the findings per file
// and rule, later runs report only what goes beyond, --prune-suppressions lowers the counts.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliFinding } from '../../server/src/cli/results';
import { prune, unsuppressed } from '../../server/src/cli/suppressions';
import { parseJson, runCli, tempDir, write } from './helpers';

const OLD = ['1. The Committee recalled GA resolution 70/1.', '', '2. The Board took note of GA resolution 71/2.', ''].join('\n');

describe('cli suppressions baseline', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    write(dir, 'drafts/a.md', OLD);
    write(dir, 'drafts/b.md', '1. The Working Group met on 3 May.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const baselineFile = () => JSON.parse(fs.readFileSync(path.join(dir, 'undraft-suppressions.json'), 'utf8'));

  it('records the findings, then reports only a new one (even after lines moved) and exits 1', () => {
    const before = runCli(['-f', 'json', 'drafts'], { cwd: dir });
    assert.equal(parseJson(before.stdout)[0].findings.filter((f) => f.ruleId === 'resolution-citation').length, 2);

    const rec = runCli(['--suppress-all', 'drafts'], { cwd: dir });
    assert.equal(rec.code, 0, rec.stderr);
    assert.match(rec.stderr, /recorded the suppressions .*2 findings in 1 file/);
    assert.equal(baselineFile()['drafts/a.md']['resolution-citation'].count, 2);
    assert.equal(baselineFile()['drafts/b.md'], undefined);

    const clean = runCli(['-f', 'json', 'drafts'], { cwd: dir });
    assert.equal(clean.code, 0, clean.stderr);
    assert.deepEqual(parseJson(clean.stdout).flatMap((r) => r.findings), []);

    // A new paragraph on top moves every old finding down two lines; its defect is of another rule.
    write(dir, 'drafts/a.md', '1. The delegation of the UN spoke.\n\n' + OLD.replace('1. The Committee', '2. The Committee').replace('2. The Board', '3. The Board'));
    const after = runCli(['-f', 'json', 'drafts'], { cwd: dir });
    assert.equal(after.code, 1, after.stderr);
    const shown = parseJson(after.stdout).flatMap((r) => r.findings.map((f) => `${f.ruleId}@${f.line}`));
    assert.deepEqual(shown, ['abbreviation@1']);
  });

  it('prunes counts that are no longer reached, and files that are gone', () => {
    write(dir, 'drafts/c.md', '1. The Committee recalled GA resolution 72/3.\n');
    runCli(['--suppress-all', 'drafts'], { cwd: dir });
    const size = fs.statSync(path.join(dir, 'undraft-suppressions.json')).size;
    write(dir, 'drafts/a.md', '1. The Committee recalled General Assembly resolution 70/1.\n\n2. The Board took note of GA resolution 71/2.\n');
    fs.rmSync(path.join(dir, 'drafts/c.md'));
    const r = runCli(['--prune-suppressions', 'drafts'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(baselineFile()['drafts/a.md']['resolution-citation'].count, 1);
    assert.equal(baselineFile()['drafts/c.md'], undefined);
    assert.ok(fs.statSync(path.join(dir, 'undraft-suppressions.json')).size < size);
    // Fixed once, it stays fixed: bringing the defect back is reported.
    write(dir, 'drafts/a.md', OLD);
    const back = runCli(['-f', 'json', 'drafts'], { cwd: dir });
    assert.equal(back.code, 1);
    assert.equal(parseJson(back.stdout)[0].findings.length, 1);
  });

  it('reads and writes the file named by --suppressions-location', () => {
    const rec = runCli(['--suppress-all', '--suppressions-location', 'ci/baseline.json', 'drafts'], { cwd: dir });
    assert.equal(rec.code, 0, rec.stderr);
    const stored = JSON.parse(fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8'));
    // Paths are relative to the suppressions file's folder.
    assert.equal(stored['../drafts/a.md']['resolution-citation'].count, 2);
    assert.equal(runCli(['--suppressions-location', 'ci/baseline.json', 'drafts'], { cwd: dir }).code, 0);
    assert.equal(runCli(['drafts'], { cwd: dir }).code, 0, 'warnings alone: no baseline, exit 0 as before');
  });

  it('refuses a broken suppressions file with its name and what is wrong (exit 2)', () => {
    write(dir, 'undraft-suppressions.json', '{ "drafts/a.md": { "resolution-citation": { "count": "two" } } }');
    const r = runCli(['drafts'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /undraft-suppressions\.json: "drafts\/a\.md" › "resolution-citation": expected \{ "count": <whole number> \}/);
    write(dir, 'undraft-suppressions.json', '{ not json');
    assert.match(runCli(['drafts'], { cwd: dir }).stderr, /undraft-suppressions\.json: not valid JSON/);
    assert.match(runCli(['--prune-suppressions', 'drafts'], { cwd: path.join(dir, 'drafts') }).stderr, /there is no undraft-suppressions\.json to prune/);
  });
});

describe('suppressions: which findings are beyond the counts', () => {
  const f = (ruleId: string, message: string, line: number): CliFinding => ({ ruleId, message, line, column: 1, endLine: line, endColumn: 2, severity: 'warning', fixable: false, unsafeFixable: false, fixes: [], related: [] });

  it('takes the findings whose message was not recorded as the new ones', () => {
    const found = [f('r', 'new text', 1), f('r', 'old text', 5), f('q', 'other', 6)];
    const shown = unsuppressed(found, { r: { count: 1, messages: { 'old text': 1 } }, q: { count: 1 } });
    assert.deepEqual(shown.map((x) => x.line), [1]);
  });

  it('falls back to the last findings when messages cannot tell, and reports a rule not recorded at all', () => {
    const found = [f('r', 'same', 1), f('r', 'same', 2), f('r', 'same', 3), f('s', 'x', 4)];
    assert.deepEqual(unsuppressed(found, { r: { count: 2 } }).map((x) => x.line), [3, 4]);
    assert.deepEqual(unsuppressed(found, undefined).length, 4);
  });

  it('prune never raises a count and keeps files not checked in the run', () => {
    const s = { 'a.md': { r: { count: 1, messages: { m: 1 } } }, 'b.md': { r: { count: 3 } } };
    const out = prune(s, new Map([['a.md', [f('r', 'm', 1), f('r', 'm', 2)]]]));
    assert.deepEqual(out, { 'a.md': { r: { count: 1, messages: { m: 1 } } }, 'b.md': { r: { count: 3 } } });
  });
});
