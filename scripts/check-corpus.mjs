// The corpus gate: runs the bundled CLI over a folder of UN reports, prints findings per rule and per file,
// compares every finding with its snapshot, and prints recall on the known genuine defects. With --enforce
// (CI) it fails on an unrecorded error in a final document, a stale expected finding or a changed snapshot;
// a folder whose SOURCES.tsv and files disagree always fails. The lists live in scripts/corpus/*.mjs.
//
//   npm run check:corpus -- <folder> [--enforce] [--max-warnings-final N] [--details] [--update-snapshots]

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDocuments } from './corpus/documents.mjs';
import { expectedRow, matchExpected, readExpected } from './corpus/expected.mjs';
import { describeRecall, measureRecall, readDefects } from './corpus/recall.mjs';
import { compareSnapshots, describeDiff, writeSnapshots } from './corpus/snapshots.mjs';
import { CorpusInputError, storedMessage } from './corpus/tsv.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const corpusData = path.join(root, 'test', 'corpus');

const USAGE = `Usage: npm run check:corpus -- <folder> [options]

Options:
  --enforce                 Fail (exit 1) on an error-severity finding in a final document (per the folder's
                            SOURCES.tsv) that the expected-findings list lacks, on a row of that list no finding
                            matches, and on a snapshot that differs from the findings
  --max-warnings-final <n>  Also fail when final documents have more than n warnings that the list lacks
  --details                 Print every finding (file:line:column rule severity message)
  --update-snapshots        Rewrite the snapshots of the folder's documents from the current findings
  --snapshots <dir>         The snapshots (default: test/corpus/snapshots)
  --no-snapshots            Do not compare snapshots
  --expected <file>         The expected findings, file<TAB>line<TAB>rule<TAB>message<TAB>why
                            (default: test/corpus/expected-findings.tsv)
  --defects <file>          The known genuine defects for recall, file<TAB>line<TAB>rule<TAB>defect
                            (default: test/corpus/known-defects.tsv)`;

function parseArgs(argv) {
  const o = {
    folder: undefined,
    enforce: false,
    maxWarningsFinal: undefined,
    details: false,
    updateSnapshots: false,
    snapshots: path.join(corpusData, 'snapshots'),
    expected: path.join(corpusData, 'expected-findings.tsv'),
    defects: path.join(corpusData, 'known-defects.tsv'),
  };
  const value = (i, what) => {
    if (argv[i + 1] === undefined) usage(`${argv[i]} needs ${what}`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--enforce') o.enforce = true;
    else if (a === '--details') o.details = true;
    else if (a === '--update-snapshots') o.updateSnapshots = true;
    else if (a === '--no-snapshots') o.snapshots = undefined;
    else if (a === '--max-warnings-final') {
      const v = argv[++i];
      if (!/^\d+$/.test(v ?? '')) usage(`--max-warnings-final expects a whole number, got "${v ?? ''}"`);
      o.maxWarningsFinal = Number(v);
    } else if (a === '--expected' || a === '--defects' || a === '--snapshots') {
      o[a.slice(2)] = path.resolve(value(i++, a === '--snapshots' ? 'a folder' : 'a file'));
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) usage(`unknown option "${a}"`);
    else if (o.folder === undefined) {
      o.folderArg = a;
      o.folder = path.resolve(a);
    }
    else usage(`only one folder, got "${o.folder}" and "${a}"`);
  }
  if (o.folder === undefined) usage('name the folder of reports');
  if (o.updateSnapshots && o.snapshots === undefined) usage('--update-snapshots and --no-snapshots exclude each other');
  return o;
}

function usage(msg) {
  console.error(`check-corpus: ${msg}\n\n${USAGE}`);
  process.exit(2);
}

function runCli(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status === 2 || r.stdout.trim() === '') throw new CorpusInputError(`the CLI exited ${r.status}:\n${r.stderr}`);
  if (r.stderr.trim() !== '') console.error(r.stderr.trimEnd());
  return JSON.parse(r.stdout);
}

/** The findings of every document, matched to it by real path; a document the CLI gave no result for is named. */
function findingsOfDocuments(docs) {
  const byReal = new Map(docs.map((d) => [d.real, d]));
  const results = [];
  for (const r of runCli(['--format', 'json', ...docs.map((d) => d.real)])) {
    const doc = byReal.get(realpathSync(r.filePath));
    if (doc === undefined) throw new CorpusInputError(`the CLI reported on ${r.filePath}, which is none of the documents`);
    results.push({ doc, findings: r.findings });
  }
  const done = new Set(results.map((r) => r.doc));
  return { results, unchecked: docs.filter((d) => !done.has(d)) };
}

function table(title, header, rows) {
  console.log(`\n${title}`);
  const all = [header, ...rows];
  const w = header.map((_, i) => all.reduce((w, r) => Math.max(w, String(r[i]).length), 0));
  for (const [k, r] of all.entries()) {
    console.log(r.map((c, i) => (typeof rows[0]?.[i] === 'number' ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ').trimEnd());
    if (k === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
  }
}

/** Counts per rule and per file, the details, and the unrecorded findings in final documents. */
function tally(results, expected, opts) {
  const byRule = new Map();
  const fileRows = [];
  const unexpectedErrors = [];
  const unexpectedFinalWarnings = [];
  for (const { doc, findings } of results) {
    const count = { error: 0, warning: 0, info: 0 };
    const rules = new Map();
    for (const f of findings) {
      count[f.severity]++;
      rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
      const br = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0, files: new Set(), finalFiles: new Set() };
      br[f.severity]++;
      br.files.add(doc.name);
      if (doc.status === 'final') br.finalFiles.add(doc.name);
      byRule.set(f.ruleId, br);
      const known = expected.isExpected(doc, f);
      if (doc.status === 'final' && !known) {
        if (f.severity === 'error') unexpectedErrors.push({ doc, f });
        if (f.severity === 'warning') unexpectedFinalWarnings.push({ doc, f });
      }
      if (opts.details) console.log(`${doc.name}:${f.line}:${f.column} ${f.ruleId} ${f.severity}${known ? ' (expected)' : ''} ${f.message}`);
    }
    const top = [...rules.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ');
    fileRows.push([doc.name, doc.status, count.error, count.warning, count.info, top || '-']);
  }
  table('Findings per rule', ['rule', 'errors', 'warnings', 'infos', 'files', 'in final docs'], [...byRule.entries()].sort().map(([id, b]) => [id, b.error, b.warning, b.info, b.files.size, b.finalFiles.size]));
  table('Findings per file', ['file', 'status', 'errors', 'warnings', 'infos', 'by rule'], fileRows);
  return { unexpectedErrors, unexpectedFinalWarnings };
}

/** Compares (or rewrites) the snapshots; returns the failure lines, if any. */
function checkSnapshots(results, docs, opts) {
  const rel = path.relative(process.cwd(), opts.snapshots) || '.';
  if (opts.updateSnapshots) {
    const changed = writeSnapshots(opts.snapshots, results);
    console.log(`\nsnapshots: ${changed} of ${results.length} rewritten in ${rel}`);
  }
  const cmp = compareSnapshots(opts.snapshots, results);
  if (!cmp.anyOwn && !docs.hasSources && !opts.enforce) {
    console.log(`\nsnapshots: ${rel} holds none of these documents; not compared (--update-snapshots writes them, --snapshots <dir> puts them elsewhere)`);
    return [];
  }
  const lines = [];
  if (cmp.differing.length > 0) lines.push(`${cmp.differing.length} document(s) differ from their snapshot:`, ...describeDiff(cmp.differing));
  const some = (names) => (names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', '));
  if (cmp.missing.length > 0) lines.push(`${cmp.missing.length} document(s) have no snapshot: ${some(cmp.missing)}`);
  if (cmp.stale.length > 0) lines.push(`${cmp.stale.length} snapshot(s) in ${rel} belong to no document of the folder (delete them): ${some(cmp.stale)}`);
  if (lines.length === 0) console.log(`\nsnapshots: all ${results.length} match (${rel})`);
  else console.log(`\nsnapshots: ${lines.join('\n')}\nRead the diff; if the change is meant, run: npm run check:corpus -- ${opts.folderArg} --update-snapshots`);
  return lines.length > 0 ? [`snapshots differ from the findings (see "snapshots:" above)`] : [];
}

/** The newest modification time of the files under `dir`. */
function newestIn(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.js when it is missing or older than the sources, so snapshots never come from a stale bundle. */
function ensureCli() {
  const sources = path.join(root, 'server', 'src');
  const why = !existsSync(cli) ? 'missing' : existsSync(sources) && newestIn(sources) > statSync(cli).mtimeMs ? 'older than server/src' : undefined;
  if (why === undefined) return;
  console.log(`== dist/cli.js ${why}: building it`);
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(2);
}

function registeredRules() {
  return new Set(runCli(['--list-rules', '--format', 'json']).map((r) => r.id));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  ensureCli();
  const docs = corpusDocuments(opts.folder);
  if (docs.docs.length === 0) usage(`no reports in ${opts.folder}`);
  if (!docs.hasSources && opts.enforce) console.log('== no SOURCES.tsv: no document is known to be final, so no error is enforced');
  const { results, unchecked } = findingsOfDocuments(docs.docs);
  const rows = existsSync(opts.expected) ? readExpected(opts.expected) : [];
  const expected = matchExpected(rows, results);
  const { unexpectedErrors, unexpectedFinalWarnings } = tally(results, expected, opts);
  const expectedRel = path.relative(root, opts.expected);
  const unrecorded = ({ doc, f }) => {
    const note = expected.otherMessageAt(doc, f) ? ' (a row records this line and rule with another message)' : '';
    return `  ${doc.name}:${f.line}:${f.column} ${f.ruleId}: ${storedMessage(f.message)}${note}`;
  };
  const failures = [];

  if (docs.problems.length > 0) {
    console.log(`\n${docs.hasSources ? 'FAIL: the folder and its SOURCES.tsv disagree' : 'Note'}:`);
    for (const p of docs.problems) console.log(`  ${p}`);
    if (docs.hasSources) failures.push('the folder and SOURCES.tsv disagree');
  }
  if (unchecked.length > 0) {
    console.log(`\n${opts.enforce ? 'FAIL' : 'Note'}: the CLI checked no text of ${unchecked.map((d) => d.name).join(', ')} (see its message above)`);
    if (opts.enforce) failures.push('documents left unchecked');
  }
  const stale = expected.stale();
  if (stale.length > 0) {
    console.log(`\n${opts.enforce ? 'FAIL' : 'Note'}: ${stale.length} row(s) of ${expectedRel} match no finding (remove or correct them):`);
    for (const e of stale) console.log(`  ${e.file}:${e.line} ${e.rule} "${e.message}": ${e.reason}`);
    if (opts.enforce) failures.push('stale expected findings');
  }
  if (opts.snapshots !== undefined) {
    const lines = checkSnapshots(results, docs, opts);
    if (opts.enforce && !opts.updateSnapshots) for (const line of lines) failures.push(line);
  }
  if (existsSync(opts.defects)) {
    const defects = readDefects(opts.defects);
    if (defects.some((d) => results.some((r) => r.doc.name === d.file))) console.log(`\n${describeRecall(measureRecall(defects, results, registeredRules())).join('\n')}`);
  }

  if (opts.enforce) {
    if (unexpectedErrors.length > 0) {
      console.log(`\nFAIL: ${unexpectedErrors.length} error-severity finding(s) in final documents that are not recorded as real defects in ${expectedRel}:`);
      for (const u of unexpectedErrors) console.log(unrecorded(u));
      console.log('Fix the false positive, or, if the document really has this defect, add its row to the list, e.g.:');
      console.log(`  ${expectedRow(unexpectedErrors[0].doc, unexpectedErrors[0].f)}`);
      failures.push('unrecorded errors in final documents');
    } else {
      console.log('\nOK: no unexpected error-severity finding in final documents.');
    }
  }
  if (opts.maxWarningsFinal !== undefined) {
    if (unexpectedFinalWarnings.length > opts.maxWarningsFinal) {
      console.log(`FAIL: ${unexpectedFinalWarnings.length} warnings in final documents not recorded as real defects (budget ${opts.maxWarningsFinal}):`);
      for (const u of unexpectedFinalWarnings) console.log(unrecorded(u));
      failures.push('warnings over budget');
    } else {
      console.log(`OK: ${unexpectedFinalWarnings.length} unrecorded warnings in final documents (budget ${opts.maxWarningsFinal}).`);
    }
  }
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exit(main());
} catch (e) {
  if (!(e instanceof CorpusInputError)) throw e;
  console.error(`check-corpus: ${e.message}`);
  process.exit(2);
}
