// The corpus precision check: runs the bundled CLI over a folder of UN reports and prints findings
// per rule and per file. With --enforce (CI), fails on any error-severity finding in a document that
// the folder's SOURCES.tsv marks final, unless test/corpus/expected-findings.tsv records it as a real
// defect (file, line, rule, why). The expected list names places only: never copy corpus text here.
//
//   npm run check:corpus -- <folder> [--enforce] [--max-warnings-final N] [--details] [--expected FILE]

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');

const USAGE = `Usage: npm run check:corpus -- <folder> [options]

Options:
  --enforce                 Fail (exit 1) on an error-severity finding in a final document
                            (per the folder's SOURCES.tsv) that the expected-findings list lacks
  --max-warnings-final <n>  Also fail when final documents have more than n warnings that the
                            expected-findings list lacks
  --details                 Print every finding (file:line rule severity message)
  --expected <file>         The expected-findings list (default: test/corpus/expected-findings.tsv)`;

function parseArgs(argv) {
  const o = { folder: undefined, enforce: false, maxWarningsFinal: undefined, details: false, expected: path.join(root, 'test', 'corpus', 'expected-findings.tsv') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--enforce') o.enforce = true;
    else if (a === '--details') o.details = true;
    else if (a === '--max-warnings-final') {
      const v = argv[++i];
      if (!/^\d+$/.test(v ?? '')) usage(`--max-warnings-final expects a whole number, got "${v ?? ''}"`);
      o.maxWarningsFinal = Number(v);
    } else if (a === '--expected') {
      if (argv[i + 1] === undefined) usage('--expected needs a file');
      o.expected = path.resolve(argv[++i]);
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) usage(`unknown option "${a}"`);
    else if (o.folder === undefined) o.folder = path.resolve(a);
    else usage(`only one folder, got "${o.folder}" and "${a}"`);
  }
  if (o.folder === undefined) usage('name the folder of reports');
  return o;
}

function usage(msg) {
  console.error(`check-corpus: ${msg}\n\n${USAGE}`);
  process.exit(2);
}

/** Rows of a tab-separated file with a header line, as objects; `#` lines and blank lines skipped. */
function readTsv(file) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = lines[0].split('\t').map((h) => h.trim());
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(opts.folder) || !statSync(opts.folder).isDirectory()) usage(`${opts.folder} is not a folder`);

if (!existsSync(cli)) {
  console.log('== dist/cli.js missing: building it');
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(2);
}

// Which documents, and which are final: SOURCES.tsv when there is one, else every draft file.
const sourcesFile = path.join(opts.folder, 'SOURCES.tsv');
const status = new Map();
let files;
if (existsSync(sourcesFile)) {
  for (const row of readTsv(sourcesFile)) if (row.file) status.set(row.file, (row.status || 'unknown').toLowerCase());
  files = [...status.keys()].filter((f) => existsSync(path.join(opts.folder, f)));
  for (const f of status.keys()) if (!files.includes(f)) console.warn(`check-corpus: ${f} is listed in SOURCES.tsv but missing`);
} else {
  files = readdirSync(opts.folder).filter((f) => /\.(md|txt)$/i.test(f)).sort();
  if (opts.enforce) console.log('== no SOURCES.tsv: no document is known to be final, so --enforce has nothing to enforce');
}
if (files.length === 0) usage(`no reports in ${opts.folder}`);

const run = spawnSync(process.execPath, [cli, '--format', 'json', ...files], { cwd: opts.folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (run.error) throw run.error;
if (run.status === 2 || run.stdout.trim() === '') {
  console.error(`check-corpus: the CLI exited ${run.status}:\n${run.stderr}`);
  process.exit(2);
}
if (run.stderr.trim() !== '') console.error(run.stderr.trimEnd());
const results = JSON.parse(run.stdout).map((r) => ({ ...r, file: path.relative(opts.folder, r.filePath) }));

// The expected findings: real defects of the documents, by file, line and rule.
const expected = existsSync(opts.expected) ? readTsv(opts.expected) : [];
const expectedKey = (file, line, rule) => `${file}\t${line}\t${rule}`;
const expectedSet = new Map(expected.map((e) => [expectedKey(e.file, e.line, e.rule), e]));
const usedExpected = new Set();

// Per rule and per file tables.
const byRule = new Map();
const table = (title, header, rows) => {
  console.log(`\n${title}`);
  const all = [header, ...rows];
  const w = header.map((_, i) => all.reduce((w, r) => Math.max(w, String(r[i]).length), 0));
  for (const [k, r] of all.entries()) {
    console.log(r.map((c, i) => (typeof rows[0]?.[i] === 'number' ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ').trimEnd());
    if (k === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
  }
};
const fileRows = [];
const unexpectedErrors = [];
let unexpectedFinalWarnings = 0;
for (const r of results) {
  const st = status.get(r.file) ?? (status.size ? 'unlisted' : 'unknown');
  const count = { error: 0, warning: 0, info: 0 };
  const rules = new Map();
  for (const f of r.findings) {
    count[f.severity]++;
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
    const br = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0, files: new Set(), finalFiles: new Set() };
    br[f.severity]++;
    br.files.add(r.file);
    if (st === 'final') br.finalFiles.add(r.file);
    byRule.set(f.ruleId, br);
    const key = expectedKey(r.file, String(f.line), f.ruleId);
    const known = expectedSet.has(key);
    if (known) usedExpected.add(key);
    if (st === 'final' && !known) {
      if (f.severity === 'error') unexpectedErrors.push({ file: r.file, f });
      if (f.severity === 'warning') unexpectedFinalWarnings++;
    }
    if (opts.details) console.log(`${r.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}${known ? ' (expected)' : ''} ${f.message}`);
  }
  const top = [...rules.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ');
  fileRows.push([r.file, st, count.error, count.warning, count.info, top || '-']);
}

table('Findings per rule', ['rule', 'errors', 'warnings', 'infos', 'files', 'in final docs'], [...byRule.entries()].sort().map(([id, b]) => [id, b.error, b.warning, b.info, b.files.size, b.finalFiles.size]));
table('Findings per file', ['file', 'status', 'errors', 'warnings', 'infos', 'by rule'], fileRows);

const stale = expected.filter((e) => !usedExpected.has(expectedKey(e.file, e.line, e.rule)) && results.some((r) => r.file === e.file));
if (stale.length > 0) {
  console.log(`\nNote: ${stale.length} expected finding(s) no longer reported (update ${path.relative(root, opts.expected)}):`);
  for (const e of stale) console.log(`  ${e.file}:${e.line} ${e.rule} (${e.why})`);
}

let failed = false;
if (opts.enforce) {
  if (unexpectedErrors.length > 0) {
    failed = true;
    console.log(`\nFAIL: ${unexpectedErrors.length} error-severity finding(s) in final documents that are not recorded as real defects in ${path.relative(root, opts.expected)}:`);
    for (const { file, f } of unexpectedErrors) console.log(`  ${file}:${f.line}:${f.column} ${f.ruleId}: ${f.message}`);
    console.log('Fix the false positive, or, if the document really has this defect, add "file<TAB>line<TAB>rule<TAB>why" to the list.');
  } else {
    console.log('\nOK: no unexpected error-severity finding in final documents.');
  }
}
if (opts.maxWarningsFinal !== undefined) {
  if (unexpectedFinalWarnings > opts.maxWarningsFinal) {
    failed = true;
    console.log(`FAIL: ${unexpectedFinalWarnings} warnings in final documents not recorded as real defects (budget ${opts.maxWarningsFinal}).`);
  } else {
    console.log(`OK: ${unexpectedFinalWarnings} unrecorded warnings in final documents (budget ${opts.maxWarningsFinal}).`);
  }
}
process.exit(failed ? 1 : 0);
