// Snapshots of every finding on every corpus document (drafts included), one file per document, so that a
// change to any rule shows in review as a diff of these files. --update-snapshots rewrites them.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { escapeCell, storedMessage } from './tsv.mjs';

const HEADER = ['line', 'column', 'rule', 'severity', 'message'].join('\t');

/** The snapshot file's name for a document (a document listed in a subfolder keeps one flat name). */
export const snapshotFile = (docName) => `${docName.replace(/[\\/]/g, '__')}.tsv`;

/** A finding as a snapshot row: its place, rule, severity and message (long quotations shortened). */
const snapshotRow = (f) => [f.line, f.column, escapeCell(f.ruleId), f.severity, storedMessage(f.message)].join('\t');

function byPlace(a, b) {
  const [la, ca] = a.split('\t', 2).map(Number);
  const [lb, cb] = b.split('\t', 2).map(Number);
  return la - lb || ca - cb || (a < b ? -1 : a > b ? 1 : 0);
}

function render(docName, findings) {
  const rows = findings.map(snapshotRow).sort(byPlace);
  return [`# Findings on ${docName}: rewrite with npm run check:corpus -- <folder> --update-snapshots`, HEADER, ...rows, ''].join('\n');
}

function rowsOf(text) {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#') && l !== HEADER);
}

/** Rows of `a` not in `b`, counted as a multiset (a finding reported twice is two rows). */
function minus(a, b) {
  const left = new Map();
  for (const r of b) left.set(r, (left.get(r) ?? 0) + 1);
  const out = [];
  for (const r of a) {
    const n = left.get(r) ?? 0;
    if (n > 0) left.set(r, n - 1);
    else out.push(r);
  }
  return out;
}

/**
 * Compares the findings with the snapshots in `dir`. `results` is [{ doc, findings }]. Returns the documents
 * without a snapshot, the differing ones (added and removed rows), the snapshot files of no document, and
 * whether `dir` holds any snapshot of these documents at all.
 */
export function compareSnapshots(dir, results) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tsv')) : [];
  const own = new Set(results.map((r) => snapshotFile(r.doc.name)));
  const missing = [];
  const differing = [];
  for (const { doc, findings } of results) {
    const file = path.join(dir, snapshotFile(doc.name));
    if (!existsSync(file)) {
      missing.push(doc.name);
      continue;
    }
    const before = rowsOf(readFileSync(file, 'utf8'));
    const now = rowsOf(render(doc.name, findings));
    const added = minus(now, before);
    const removed = minus(before, now);
    if (added.length + removed.length > 0) differing.push({ name: doc.name, added, removed });
  }
  return { missing, differing, stale: files.filter((f) => !own.has(f)), anyOwn: files.some((f) => own.has(f)) };
}

/** Writes every document's snapshot; returns how many files changed. Snapshots of other documents stay. */
export function writeSnapshots(dir, results) {
  mkdirSync(dir, { recursive: true });
  let changed = 0;
  for (const { doc, findings } of results) {
    const file = path.join(dir, snapshotFile(doc.name));
    const text = render(doc.name, findings);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed++;
  }
  return changed;
}

/** A readable summary of the differences: per document the counts, then up to `max` rows each way. */
export function describeDiff(differing, max = 8) {
  const out = [];
  for (const d of differing) {
    out.push(`  ${d.name}: ${d.added.length} finding(s) added, ${d.removed.length} removed`);
    const show = (sign, rows) => {
      for (const r of rows.slice(0, max)) out.push(`    ${sign} ${r.replace('\t', ':').replaceAll('\t', '  ')}`);
      if (rows.length > max) out.push(`    ${sign} … and ${rows.length - max} more`);
    };
    show('+', d.added);
    show('-', d.removed);
  }
  return out;
}
