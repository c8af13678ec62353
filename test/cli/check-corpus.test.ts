// scripts/check-corpus.mjs on a small folder of made-up reports with a SOURCES.tsv.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRule } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';
import { tempDir, write } from './helpers';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'check-corpus.mjs');

function checkCorpus(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// A final report (Distr.: General) that still has a placeholder: an error-severity finding at line 9.
const FINAL = ['Distr.: General', '3 April 2018', '', 'Original: English', '', 'Report', '', 'I. Introduction', '1. Statements were made by representatives of [To be completed].', ''].join('\n');
const DRAFT = FINAL.replace('General', 'Limited');

describe('check:corpus script', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(function () {
    if (!findRule('unresolved-bracket')) this.skip(); // it needs a rule that reports errors in final documents
    dir = tempDir('undraft-corpus-');
    write(dir, 'corpus/final.txt', FINAL);
    write(dir, 'corpus/draft.txt', DRAFT);
    write(dir, 'corpus/README.md', '# Not a report [x]\n');
    write(dir, 'corpus/SOURCES.tsv', 'file\ttitle\tstatus\nfinal.txt\tA final report\tfinal\ndraft.txt\tA draft\tdraft\n');
    write(dir, 'empty.tsv', 'file\tline\trule\twhy\n');
  });
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('prints findings per rule and per file, for the files SOURCES.tsv lists', () => {
    const r = checkCorpus([path.join(dir, 'corpus'), '--expected', path.join(dir, 'empty.tsv')]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /Findings per rule/);
    assert.match(r.out, /^unresolved-bracket +1 +1 +0 +2 +1$/m);
    // Other rules may report too (a masthead without a symbol, say): only the bracket counts are fixed here.
    assert.match(r.out, /^final\.txt +final +1 +\d+ +\d+ +.*unresolved-bracket 1/m);
    assert.match(r.out, /^draft\.txt +draft +0 +[1-9]\d* +\d+ +.*unresolved-bracket 1/m);
    assert.doesNotMatch(r.out, /README/);
  });

  it('with --enforce fails on an unrecorded error in a final document, naming file, line and rule', () => {
    const r = checkCorpus([path.join(dir, 'corpus'), '--enforce', '--expected', path.join(dir, 'empty.tsv')]);
    assert.equal(r.code, 1);
    assert.match(r.out, /FAIL: 1 error-severity finding/);
    assert.match(r.out, /final\.txt:9:\d+ unresolved-bracket/);
    assert.doesNotMatch(r.out, /draft\.txt:9/, 'drafts are not enforced');
  });

  it('with --enforce passes when the finding is recorded as a real defect, and notes stale entries', () => {
    const expected = write(dir, 'expected.tsv', 'file\tline\trule\twhy\nfinal.txt\t9\tunresolved-bracket\tplaceholder left in the issued text\nfinal.txt\t2\tunresolved-bracket\tgone\n');
    const r = checkCorpus([path.join(dir, 'corpus'), '--enforce', '--expected', expected]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /OK: no unexpected error-severity finding/);
    assert.match(r.out, /1 expected finding\(s\) no longer reported/);
  });

  it('enforces a warning budget on final documents with --max-warnings-final', () => {
    write(dir, 'corpus/final.txt', FINAL + '2. Statements were made by 3 intergovernmental organizations.\n');
    const expected = write(dir, 'expected.tsv', 'file\tline\trule\twhy\nfinal.txt\t9\tunresolved-bracket\treal\n');
    const details = checkCorpus([path.join(dir, 'corpus'), '--expected', expected, '--details']);
    assert.match(details.out, /^final\.txt:9:\d+ unresolved-bracket error \(expected\) /m);
    const finalWarnings = details.out.split('\n').filter((l) => /^final\.txt:\d+:\d+ \S+ warning /.test(l)).length;
    const over = checkCorpus([path.join(dir, 'corpus'), '--expected', expected, '--max-warnings-final', String(Math.max(finalWarnings - 1, 0))]);
    if (findRule('number-style')) assert.ok(finalWarnings > 0, 'the figure "3" should give a warning');
    const within = checkCorpus([path.join(dir, 'corpus'), '--expected', expected, '--max-warnings-final', String(finalWarnings)]);
    assert.equal(within.code, 0, within.out);
    if (finalWarnings > 0) assert.equal(over.code, 1, over.out);
  });

  it('checks the real files when the folder is reached through a symbolic link', () => {
    fs.symlinkSync(path.join(dir, 'corpus'), path.join(dir, 'link'), 'dir');
    const r = checkCorpus([path.join(dir, 'link'), '--enforce', '--expected', path.join(dir, 'empty.tsv')]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /^final\.txt +final +1 /m);
    assert.match(r.out, /final\.txt:9:\d+ unresolved-bracket/);
  });

  it('rejects bad usage with exit 2', () => {
    assert.equal(checkCorpus([]).code, 2);
    assert.equal(checkCorpus([path.join(dir, 'nope')]).code, 2);
    assert.equal(checkCorpus([path.join(dir, 'corpus'), '--max-warnings-final', 'many']).code, 2);
  });
});
