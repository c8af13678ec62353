// scripts/check-corpus.mjs (the corpus gate) on small folders of made-up reports with a SOURCES.tsv.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRule } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';
import { parseJson, runCli, tempDir, write, type JsonFinding } from './helpers';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'check-corpus.mjs');
const HEADER = 'file\tline\trule\tmessage\twhy\n';

// A final report (Distr.: General) that still has a placeholder: an error-severity finding at line 9.
const FINAL = ['Distr.: General', '3 April 2018', '', 'Original: English', '', 'Report', '', 'I. Introduction', '1. Statements were made by representatives of [To be completed].', ''].join('\n');
const DRAFT = FINAL.replace('General', 'Limited');
const SOURCES = 'file\ttitle\tstatus\nfinal.txt\tA final report\tfinal\ndraft.txt\tA draft\tdraft\n';

describe('check:corpus script', function () {
  this.timeout(30_000);
  let dir: string;
  let corpus: string;
  beforeEach(function () {
    if (!findRule('unresolved-bracket')) this.skip(); // it needs a rule that reports errors in final documents
    dir = tempDir('undraft-corpus-');
    corpus = path.join(dir, 'corpus');
    write(dir, 'corpus/final.txt', FINAL);
    write(dir, 'corpus/draft.txt', DRAFT);
    write(dir, 'corpus/README.md', '# Not a report [x]\n');
    write(dir, 'corpus/SOURCES.tsv', SOURCES);
    write(dir, 'empty.tsv', HEADER);
  });
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  /** The script, with this test's own lists unless the arguments name others. */
  function checkCorpus(args: string[]) {
    const own = (opt: string, value: string) => (args.includes(opt) ? [] : [opt, value]);
    const all = [...args, ...own('--expected', path.join(dir, 'empty.tsv')), ...own('--defects', path.join(dir, 'no-defects.tsv'))];
    if (!args.includes('--no-snapshots')) all.push(...own('--snapshots', path.join(dir, 'snapshots')));
    const r = spawnSync(process.execPath, [SCRIPT, ...all], { cwd: REPO_ROOT, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  /** The CLI's findings on one document of the folder. */
  function findingsOf(file: string): JsonFinding[] {
    return parseJson(runCli(['--format', 'json', path.join(corpus, file)]).stdout)[0].findings;
  }

  function bracketAt9(file: string): JsonFinding {
    const f = findingsOf(file).find((x) => x.ruleId === 'unresolved-bracket' && x.line === 9);
    assert.ok(f, `${file} should have a bracket finding on line 9`);
    return f;
  }

  it('prints findings per rule and per file, for the files SOURCES.tsv lists', () => {
    const r = checkCorpus([corpus]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /Findings per rule/);
    assert.match(r.out, /^unresolved-bracket +1 +1 +0 +2 +1$/m);
    // Other rules may report too (a masthead without a symbol, say): only the bracket counts are fixed here.
    assert.match(r.out, /^final\.txt +final +1 +\d+ +\d+ +.*unresolved-bracket 1/m);
    assert.match(r.out, /^draft\.txt +draft +0 +[1-9]\d* +\d+ +.*unresolved-bracket 1/m);
    assert.doesNotMatch(r.out, /README/);
  });

  it('with --enforce fails on an unrecorded error in a final document, naming file, line and rule', () => {
    const r = checkCorpus([corpus, '--enforce', '--no-snapshots']);
    assert.equal(r.code, 1);
    assert.match(r.out, /FAIL: 1 error-severity finding/);
    assert.match(r.out, /final\.txt:9:\d+ unresolved-bracket/);
    assert.doesNotMatch(r.out, /draft\.txt:9/, 'drafts are not enforced');
  });

  it('with --enforce passes when a row records the finding by file, line, rule and message', () => {
    const f = bracketAt9('final.txt');
    const expected = write(dir, 'expected.tsv', `${HEADER}final.txt\t9\tunresolved-bracket\t${f.message}\tplaceholder left in the issued text\n`);
    const r = checkCorpus([corpus, '--enforce', '--no-snapshots', '--expected', expected]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /OK: no unexpected error-severity finding/);
  });

  it('a row with the right place but another message does not hide the finding, and is stale', () => {
    const expected = write(dir, 'expected.tsv', `${HEADER}final.txt\t9\tunresolved-bracket\tSome other message\tnot this finding\n`);
    const r = checkCorpus([corpus, '--enforce', '--no-snapshots', '--expected', expected]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /final\.txt:9:\d+ unresolved-bracket: .*\(a row records this line and rule with another message\)/);
    assert.match(r.out, /FAIL: 1 row\(s\) of .* match no finding/);
    assert.match(r.out, /final\.txt:9 unresolved-bracket "Some other message": no finding matches it/);
  });

  it('a row no finding matches fails under --enforce, and is only noted without it', () => {
    const f = bracketAt9('final.txt');
    const rows = `final.txt\t9\tunresolved-bracket\t${f.message}\treal\nfinal.txt\t2\tunresolved-bracket\t${f.message}\tgone\nelsewhere.txt\t5\tmasthead\tNo such file\tmistyped name\n`;
    const expected = write(dir, 'expected.tsv', HEADER + rows);
    const enforced = checkCorpus([corpus, '--enforce', '--no-snapshots', '--expected', expected]);
    assert.equal(enforced.code, 1, enforced.out);
    assert.match(enforced.out, /OK: no unexpected error-severity finding/);
    assert.match(enforced.out, /FAIL: 2 row\(s\) of .* match no finding/);
    assert.match(enforced.out, /final\.txt:2 unresolved-bracket .*no finding matches it/);
    assert.match(enforced.out, /elsewhere\.txt:5 masthead .*the folder has no such document/);
    const noted = checkCorpus([corpus, '--no-snapshots', '--expected', expected]);
    assert.equal(noted.code, 0, noted.out);
    assert.match(noted.out, /Note: 2 row\(s\)/);
  });

  it('refuses an expected-findings list without the message column, with a clear message', () => {
    const old = write(dir, 'old.tsv', 'file\tline\trule\twhy\nfinal.txt\t9\tunresolved-bracket\treal\n');
    const r = checkCorpus([corpus, '--expected', old]);
    assert.equal(r.code, 2);
    assert.match(r.err, /lacks "message"; expected file<TAB>line<TAB>rule<TAB>message<TAB>why/);
    assert.doesNotMatch(r.err, /at .*\.mjs:\d+/, 'no stack trace');
  });

  it('fails when a document in the folder is not listed, or a listed one is missing, and still checks it', () => {
    write(dir, 'corpus/stray.txt', FINAL);
    fs.rmSync(path.join(corpus, 'draft.txt'));
    const r = checkCorpus([corpus, '--no-snapshots']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /FAIL: the folder and its SOURCES\.tsv disagree/);
    assert.match(r.out, /stray\.txt is in the folder but SOURCES\.tsv does not list it/);
    assert.match(r.out, /draft\.txt is listed in SOURCES\.tsv but missing from the folder/);
    assert.match(r.out, /^stray\.txt +unlisted +1 /m);
  });

  it('checks the real files when the folder is reached through a symbolic link', () => {
    fs.symlinkSync(corpus, path.join(dir, 'link'), 'dir');
    const r = checkCorpus([path.join(dir, 'link'), '--enforce', '--no-snapshots']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /^final\.txt +final +1 /m);
    assert.match(r.out, /final\.txt:9:\d+ unresolved-bracket/);
  });

  it('matches a listed document that is a link to a file elsewhere by its real path', () => {
    write(dir, 'elsewhere/real-final.txt', FINAL);
    fs.rmSync(path.join(corpus, 'final.txt'));
    fs.symlinkSync(path.join(dir, 'elsewhere', 'real-final.txt'), path.join(corpus, 'final.txt'));
    const r = checkCorpus([corpus, '--enforce', '--no-snapshots']);
    assert.equal(r.code, 1, r.out);
    assert.doesNotMatch(r.out, /disagree/);
    assert.match(r.out, /final\.txt:9:\d+ unresolved-bracket/);
  });

  it('keeps a snapshot of every finding; under --enforce a change fails with a diff until --update-snapshots', () => {
    const snaps = path.join(dir, 'snapshots');
    const none = checkCorpus([corpus, '--enforce', '--no-snapshots']);
    assert.doesNotMatch(none.out, /^snapshots:/m);
    const missing = checkCorpus([corpus, '--enforce']);
    assert.match(missing.out, /2 document\(s\) have no snapshot: final\.txt, draft\.txt/);
    const update = checkCorpus([corpus, '--update-snapshots']);
    assert.match(update.out, /snapshots: 2 of 2 rewritten/);
    const snap = fs.readFileSync(path.join(snaps, 'draft.txt.tsv'), 'utf8');
    const f = bracketAt9('draft.txt');
    assert.ok(snap.includes(`\n9\t${f.column}\tunresolved-bracket\t${f.severity}\t${f.message}\n`), snap);
    assert.equal(snap.split('\n').filter((l) => /^\d+\t/.test(l)).length, findingsOf('draft.txt').length);
    assert.ok(!snap.includes(FINAL.split('\n')[8]), 'a snapshot never holds a whole line of the document');

    write(dir, 'corpus/draft.txt', DRAFT + '2. The representative of [Country] spoke.\n');
    const changed = checkCorpus([corpus, '--enforce']);
    assert.equal(changed.code, 1, changed.out);
    assert.match(changed.out, /1 document\(s\) differ from their snapshot:\n {2}draft\.txt: 1 finding\(s\) added, 0 removed\n {4}\+ 10:\d+ {2}unresolved-bracket {2}warning {2}\S/);
    assert.match(changed.out, /--update-snapshots/);
    assert.equal(checkCorpus([corpus, '--update-snapshots']).code, 0);
    const after = checkCorpus([corpus, '--enforce', '--max-warnings-final', '99', '--expected', write(dir, 'e.tsv', `${HEADER}final.txt\t9\tunresolved-bracket\t${bracketAt9('final.txt').message}\treal\n`)]);
    assert.equal(after.code, 0, after.out);
    assert.match(after.out, /snapshots: all 2 match/);
  });

  it('without SOURCES.tsv checks every draft file but the README, and leaves other folders\' snapshots alone', () => {
    fs.rmSync(path.join(corpus, 'SOURCES.tsv'));
    write(dir, 'snapshots/someone-else.txt.tsv', '# other\nline\tcolumn\trule\tseverity\tmessage\n');
    const r = checkCorpus([corpus]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^draft\.txt +unknown /m);
    assert.match(r.out, /^final\.txt +unknown /m);
    assert.doesNotMatch(r.out, /README|disagree/);
    assert.match(r.out, /holds none of these documents; not compared/);
  });

  it('prints recall over the known defects whose rule exists, and the rest apart', () => {
    const defects = write(
      dir,
      'defects.tsv',
      'file\tline\trule\tdefect\n' +
        'final.txt\t9\tunresolved-bracket\ta placeholder left in\n' +
        'final.txt\t6\tunresolved-bracket\ta defect the rule misses\n' +
        'draft.txt\t9\tnot-yet-written\ta defect for a future rule\n' +
        'final.txt\t1\t-\ta defect no rule covers\n' +
        'other.txt\t3\tunresolved-bracket\ta document of another folder\n',
    );
    const r = checkCorpus([corpus, '--no-snapshots', '--defects', defects]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^recall: 1 of 2 genuine defects a rule covers are found$/m);
    assert.match(r.out, /^ {2}missed {2}final\.txt:6 unresolved-bracket: a defect the rule misses$/m);
    assert.match(r.out, /^1 more await rules not written yet \(not-yet-written 1\); 1 of 3 that a written or planned rule covers are found$/m);
    assert.match(r.out, /^1 no rule covers yet$/m);
    assert.doesNotMatch(r.out, /other\.txt/);
  });

  it('enforces a warning budget on final documents with --max-warnings-final', () => {
    write(dir, 'corpus/final.txt', FINAL + '2. Statements were made by 3 intergovernmental organizations.\n');
    const expected = write(dir, 'expected.tsv', `${HEADER}final.txt\t9\tunresolved-bracket\t${bracketAt9('final.txt').message}\treal\n`);
    const details = checkCorpus([corpus, '--no-snapshots', '--expected', expected, '--details']);
    assert.match(details.out, /^final\.txt:9:\d+ unresolved-bracket error \(expected\) /m);
    const finalWarnings = details.out.split('\n').filter((l) => /^final\.txt:\d+:\d+ \S+ warning /.test(l)).length;
    const over = checkCorpus([corpus, '--no-snapshots', '--expected', expected, '--max-warnings-final', String(Math.max(finalWarnings - 1, 0))]);
    if (findRule('number-style')) assert.ok(finalWarnings > 0, 'the figure "3" should give a warning');
    const within = checkCorpus([corpus, '--no-snapshots', '--expected', expected, '--max-warnings-final', String(finalWarnings)]);
    assert.equal(within.code, 0, within.out);
    if (finalWarnings > 0) assert.equal(over.code, 1, over.out);
  });

  it('rejects bad usage with exit 2', () => {
    assert.equal(checkCorpus([]).code, 2);
    assert.equal(checkCorpus([path.join(dir, 'nope')]).code, 2);
    assert.equal(checkCorpus([corpus, '--max-warnings-final', 'many']).code, 2);
    assert.equal(checkCorpus([corpus, '--update-snapshots', '--no-snapshots']).code, 2);
    const badLine = write(dir, 'bad.tsv', `${HEADER}final.txt\tnine\tunresolved-bracket\tm\tw\n`);
    const r = checkCorpus([corpus, '--expected', badLine]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.tsv:2: an expected finding needs a line number, got "nine"/);
  });
});

describe('check:corpus lists: a message as one cell', () => {
  type Tsv = { storedMessage(m: string): string; escapeCell(m: string): string };
  let tsv: Tsv;
  before(async () => {
    tsv = (await import(path.join(REPO_ROOT, 'scripts', 'corpus', 'tsv.mjs'))) as Tsv;
  });

  it('keeps short quotations whole and shortens a long one in its middle', () => {
    assert.equal(tsv.storedMessage('"Chile" is not "Chili"'), '"Chile" is not "Chili"');
    const long = `“${'a'.repeat(60)}${'b'.repeat(40)}” is not a name`;
    assert.equal(tsv.storedMessage(long), `“${'a'.repeat(50)} … ${'b'.repeat(20)}” is not a name`);
    assert.equal(tsv.storedMessage(`an unclosed "${'x'.repeat(100)}`), `an unclosed "${'x'.repeat(100)}`);
  });

  it('writes tabs, line breaks and backslashes as escapes, and cuts no character in two', () => {
    assert.equal(tsv.escapeCell('a\tb\nc\\d'), 'a\\tb\\nc\\\\d');
    const emoji = '\u{1F600}'.repeat(90);
    const stored = tsv.storedMessage(`"${emoji}"`);
    assert.equal(stored, `"${'\u{1F600}'.repeat(50)} … ${'\u{1F600}'.repeat(20)}"`);
  });
});
