// The CLI as a child process on drafts with findings: every format, exit codes, stages, rule
// settings, --fix (in place, atomically, keeping CRLF and BOM), --fix-dry-run and stdin.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dominantEol } from '../../server/src/cli/run';
import { findRule } from '../../server/src/core/index';
import { hasShared, SEED_DRAFT } from '../helpers/paths';
import { parseJson, runCli, tempDir, write } from './helpers';

// A short draft with exactly two problems, both with unsafe fixes only (so --fix leaves them and
// --fix --unsafe-fixes takes them): an unagreed bracket (line 18) and a State listed twice (line 20).
// Everything else is meant to be clean.
const DRAFT = `UNODC/CCPCJ/EG.4/2018/L.1

Distr.: Limited
3 April 2018

Original: English

Expert Group on Cybercrime

Vienna, 3–5 April 2018

Draft report

I. Organization of the meeting

A. Statements

1. At its [2nd and 3rd] meetings, on 3 and 4 April 2018, the Expert Group heard statements.

2. Statements were made by experts of the following States: Brazil, China, Chile and China.

B. Adoption of the report

3. At its 4th meeting, on 5 April 2018, the Expert Group adopted its report (UNODC/CCPCJ/EG.4/2018/L.1).
`;

const FIXED = DRAFT.replace('[2nd and 3rd]', '2nd and 3rd').replace('Brazil, China, Chile and China.', 'Brazil, China and Chile.');

describe('cli process with findings', function () {
  this.timeout(30_000);
  let dir: string;
  before(function () {
    if (!findRule('unresolved-bracket') || !findRule('duplicate-entry')) this.skip();
  });
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('json: one object per file with 1-based positions and the documented fields', () => {
    write(dir, 'draft.md', DRAFT);
    const r = runCli(['--format', 'json', 'draft.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [file] = parseJson(r.stdout);
    assert.equal(file.filePath, path.join(dir, 'draft.md'));
    assert.deepEqual(
      file.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.endLine, f.endColumn, f.fixable]),
      [
        ['unresolved-bracket', 'warning', 18, 11, 18, 24, false],
        ['duplicate-entry', 'warning', 20, 86, 20, 91, false],
      ],
    );
    assert.deepEqual(file.findings.map((f) => f.suggestions), [['Accept the bracketed text'], ['Remove the second “China”']]);
    assert.match(file.findings[0].message, /"\[2nd and 3rd\]"/);
    assert.deepEqual(Object.keys(file.findings[0]), ['ruleId', 'severity', 'message', 'messageId', 'data', 'line', 'column', 'endLine', 'endColumn', 'fixable', 'suggestions']);
    assert.deepEqual([file.findings[0].messageId, file.findings[0].data], ['unagreed', { bracketed: '[2nd and 3rd]' }]);
  });

  it('stylish: grouped by file, line:column severity message rule-id, summary; no colour off a TTY', () => {
    write(dir, 'draft.md', DRAFT);
    const r = runCli(['draft.md'], { cwd: dir, env: { NO_COLOR: '' } });
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'draft.md');
    assert.match(lines[1], /^ {2}18:11 +warning +Text in square brackets .* +unresolved-bracket$/);
    assert.match(lines[2], /^ {2}20:86 +warning +"China" is listed twice.* +duplicate-entry$/);
    assert.equal(lines[4], '✖ 2 problems (0 errors, 2 warnings, 0 infos)');
    assert.equal(lines[5], '  2 fixable with --fix --unsafe-fixes');
    assert.ok(!r.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    const forced = runCli(['draft.md'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    assert.ok(forced.stdout.includes('\u001b[33mwarning'), 'FORCE_COLOR turns colour on');
  });

  it('sarif: a 2.1.0 log that GitHub code scanning can read', () => {
    write(dir, 'draft.md', DRAFT);
    const r = runCli(['--format', 'sarif', 'draft.md'], { cwd: dir });
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'duplicate-entry'));
    assert.deepEqual(run.results.map((x: { ruleId: string; level: string }) => `${x.ruleId}:${x.level}`), ['unresolved-bracket:warning', 'duplicate-entry:warning']);
    const dup = run.results[1];
    assert.deepEqual(dup.locations[0].physicalLocation.artifactLocation, { uri: 'draft.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(dup.locations[0].physicalLocation.region, { startLine: 20, startColumn: 86, endLine: 20, endColumn: 91 });
    assert.equal(run.tool.driver.rules[dup.ruleIndex].id, 'duplicate-entry');
    assert.equal(dup.relatedLocations[0].physicalLocation.region.startColumn, 69, 'related: the first "China"');
  });

  it('github: workflow-command annotations', () => {
    write(dir, 'draft.md', DRAFT);
    const r = runCli(['--format', 'github', '--stage', 'final', 'draft.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^::error file=draft\.md,line=18,col=11,endLine=18,endColumn=24,title=undraft unresolved-bracket::Text in square brackets.*\(unresolved-bracket\)$/);
    assert.match(lines[1], /^::warning file=draft\.md,line=20,col=86,/);
  });

  it('exits 1 when the stage is final: brackets become errors (by flag or by Distr.: General)', () => {
    write(dir, 'draft.md', DRAFT);
    write(dir, 'final.md', DRAFT.replace('Distr.: Limited', 'Distr.: General'));
    assert.equal(runCli(['draft.md'], { cwd: dir }).code, 0);
    const byFlag = runCli(['--format', 'json', '--stage', 'final', 'draft.md'], { cwd: dir });
    assert.equal(byFlag.code, 1);
    assert.equal(parseJson(byFlag.stdout)[0].findings.find((f) => f.ruleId === 'unresolved-bracket')?.severity, 'error');
    const byMasthead = runCli(['--format', 'json', 'final.md'], { cwd: dir });
    assert.equal(byMasthead.code, 1);
    assert.equal(parseJson(byMasthead.stdout)[0].findings.find((f) => f.ruleId === 'unresolved-bracket')?.severity, 'error');
    const drafted = runCli(['--format', 'json', '--stage', 'draft', 'final.md'], { cwd: dir });
    assert.equal(parseJson(drafted.stdout)[0].findings.find((f) => f.ruleId === 'unresolved-bracket')?.severity, 'warning');
  });

  it('applies --rule severities and off, later flags winning', () => {
    write(dir, 'draft.md', DRAFT);
    const err = runCli(['--format', 'json', '--rule', 'duplicate-entry=error', 'draft.md'], { cwd: dir });
    assert.equal(err.code, 1);
    assert.equal(parseJson(err.stdout)[0].findings.find((f) => f.ruleId === 'duplicate-entry')?.severity, 'error');
    const off = runCli(['--format', 'json', '--rule', 'duplicate-entry=error', '--rule', 'duplicate-entry=off', 'draft.md'], { cwd: dir });
    assert.equal(off.code, 0);
    assert.deepEqual(parseJson(off.stdout)[0].findings.map((f) => f.ruleId), ['unresolved-bracket']);
    const info = runCli(['--format', 'json', '--rule', 'unresolved-bracket=info', '--stage', 'final', 'draft.md'], { cwd: dir });
    assert.equal(info.code, 0, 'a setting wins over the stage');
  });

  it('--max-warnings and --quiet', () => {
    write(dir, 'draft.md', DRAFT);
    const over = runCli(['--max-warnings', '1', 'draft.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
    assert.equal(runCli(['--max-warnings', '2', 'draft.md'], { cwd: dir }).code, 0);
    const quiet = runCli(['--quiet', '--rule', 'duplicate-entry=error', 'draft.md'], { cwd: dir });
    assert.equal(quiet.code, 1);
    assert.match(quiet.stdout, /duplicate-entry/);
    assert.doesNotMatch(quiet.stdout, /unresolved-bracket/);
    assert.match(quiet.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 infos\)/);
  });

  it('--fix leaves unsafe fixes alone; --fix --unsafe-fixes rewrites the file in place with every fix and nothing else changed', () => {
    const file = write(dir, 'draft.md', DRAFT);
    const other = write(dir, 'untouched.md', DRAFT);
    const safeOnly = runCli(['--fix', 'draft.md'], { cwd: dir });
    assert.equal(safeOnly.code, 0, safeOnly.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT, 'no safe fix: the file is as it was');
    assert.match(safeOnly.stdout, /\n {2}2 fixable with --fix --unsafe-fixes\n$/);
    const r = runCli(['--fix', '--unsafe-fixes', 'draft.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '', 'nothing is left to report');
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(fs.readFileSync(other, 'utf8'), DRAFT, 'files not named are not touched');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['draft.md', 'untouched.md'], 'no temporary file left behind');
    // Fixing again changes nothing.
    runCli(['--fix', '--unsafe-fixes', 'draft.md'], { cwd: dir });
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
  });

  it('--fix keeps CRLF line endings and a UTF-8 BOM', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const file = write(dir, 'crlf.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
    const r = runCli(['--fix', '--unsafe-fixes', 'crlf.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), FIXED.replace(/\n/g, '\r\n'));
  });

  it('--fix writes line breaks it inserts with the file\'s own line ending', function () {
    if (!findRule('document-symbol')) this.skip();
    // Without the symbol line in the masthead, the document-symbol fix inserts one (an unsafe fix).
    const crlf = DRAFT.replace('UNODC/CCPCJ/EG.4/2018/L.1\n\n', '').replace(/\n/g, '\r\n');
    const file = write(dir, 'crlf.md', crlf);
    const r = runCli(['--fix', '--unsafe-fixes', 'crlf.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^UNODC\/CCPCJ\/EG\.4\/2018\/L\.1\r\n/, 'the own symbol was put into the masthead');
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'no bare CR');
  });

  it('--fix reports what it could not fix and exits by what remains', () => {
    const file = write(dir, 'draft.md', DRAFT.replace('heard statements.', 'heard statements by [...].'));
    const r = runCli(['--fix', '--unsafe-fixes', '--format', 'json', 'draft.md'], { cwd: dir });
    const remaining = parseJson(r.stdout)[0].findings;
    assert.deepEqual(remaining.map((f) => [f.ruleId, f.fixable]), [['unresolved-bracket', false]], 'only the placeholder is left');
    assert.match(fs.readFileSync(file, 'utf8'), /heard statements by \[\.\.\.\]\./);
    assert.equal(r.code, 0);
    const fin = runCli(['--fix', '--unsafe-fixes', '--stage', 'final', 'draft.md'], { cwd: dir });
    assert.equal(fin.code, 1, 'a placeholder in a final report is an error even after --fix');
  });

  it('--fix-dry-run prints the fixed text on stdout, the report on stderr, and writes nothing', () => {
    const file = write(dir, 'draft.md', DRAFT);
    assert.equal(runCli(['--fix-dry-run', 'draft.md'], { cwd: dir }).stdout, DRAFT, 'no safe fix');
    const r = runCli(['--fix-dry-run', '--unsafe-fixes', 'draft.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, FIXED);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT);
    const withLeft = runCli(['--fix-dry-run', '--unsafe-fixes', '-'], { input: DRAFT.replace('heard statements.', 'heard [...].') });
    assert.equal(withLeft.stdout, FIXED.replace('heard statements.', 'heard [...].'));
    assert.match(withLeft.stderr, /Placeholder|\[\.\.\.\]/);
  });

  it('checks stdin like a file', () => {
    const r = runCli(['--format', 'json', '-'], { input: DRAFT });
    assert.equal(r.code, 0);
    const [file] = parseJson(r.stdout);
    assert.equal(file.filePath, '<stdin>');
    assert.deepEqual(file.findings.map((f) => f.ruleId), ['unresolved-bracket', 'duplicate-entry']);
  });

  it('on the seed draft, --fix leaves only findings without a safe fix, --unsafe-fixes those without any', function () {
    if (!hasShared()) this.skip();
    const file = write(dir, 'seed.md', fs.readFileSync(SEED_DRAFT));
    const before = parseJson(runCli(['--format', 'json', 'seed.md'], { cwd: dir }).stdout)[0].findings;
    assert.ok(before.some((f) => f.fixable));
    runCli(['--fix', 'seed.md'], { cwd: dir });
    const after = parseJson(runCli(['--format', 'json', 'seed.md'], { cwd: dir }).stdout)[0].findings;
    assert.deepEqual(after.filter((f) => f.fixable).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), []);
    assert.ok(after.some((f) => f.suggestions.length > 0));
    runCli(['--fix', '--unsafe-fixes', 'seed.md'], { cwd: dir });
    const last = parseJson(runCli(['--format', 'json', 'seed.md'], { cwd: dir }).stdout)[0].findings;
    assert.deepEqual(last.filter((f) => f.fixable || f.suggestions.length > 0).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), []);
    assert.ok(fs.readFileSync(file, 'utf8').includes('Australia, Costa Rica and Algeria.'));
  });
});

describe('cli line endings', () => {
  it('finds the dominant line ending', () => {
    assert.equal(dominantEol('a\nb\n'), '\n');
    assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(dominantEol('a\rb\r'), '\r');
    assert.equal(dominantEol('no break'), '\n');
  });
});
