// The expected findings: real defects of the corpus documents, each recorded by file, line, rule and the
// finding's exact message, so that a new finding on a recorded line still shows. A row no finding matches
// is stale: the list must stay true.

import { CorpusInputError, escapeCell, lineNumber, readTsv, storedMessage } from './tsv.mjs';

export const EXPECTED_COLUMNS = ['file', 'line', 'rule', 'message', 'why'];

/** The rows of the expected-findings list, checked: a line number, a rule and a message on every row. */
export function readExpected(file) {
  return readTsv(file, EXPECTED_COLUMNS, 'the expected-findings list').map((row) => {
    const line = lineNumber(row, 'an expected finding');
    for (const col of ['file', 'rule', 'message']) if (row[col] === '') throw new CorpusInputError(`${row.at}: the expected finding has no ${col}`);
    return { file: row.file, line, rule: row.rule, message: row.message, why: row.why, at: row.at };
  });
}

const placeKey = (file, line, rule) => `${file}\t${line}\t${rule}`;

/**
 * Matches findings to rows. `results` is [{ doc, findings }]. Returns `isExpected(doc, finding)`, a note for
 * an unrecorded finding whose place a row records with another message, and the stale rows: rows naming a
 * document of the folder that no finding matches, and — when the list is about this folder at all — rows
 * naming a file the folder does not hold.
 */
export function matchExpected(rows, results) {
  const byPlace = new Map();
  for (const row of rows) {
    const key = placeKey(row.file, row.line, row.rule);
    byPlace.set(key, [...(byPlace.get(key) ?? []), row]);
  }
  const used = new Set();
  const isExpected = (doc, f) => {
    const candidates = byPlace.get(placeKey(doc.name, f.line, f.ruleId)) ?? [];
    const forms = new Set([storedMessage(f.message), escapeCell(f.message)]);
    const row = candidates.find((r) => forms.has(r.message));
    if (row) used.add(row);
    return row !== undefined;
  };
  const otherMessageAt = (doc, f) => (byPlace.get(placeKey(doc.name, f.line, f.ruleId)) ?? []).length > 0;
  const names = new Set(results.map((r) => r.doc.name));
  const aboutThisFolder = rows.some((r) => names.has(r.file));
  const stale = () =>
    rows.filter((r) => !used.has(r) && (names.has(r.file) || aboutThisFolder)).map((r) => ({ ...r, reason: names.has(r.file) ? 'no finding matches it' : 'the folder has no such document' }));
  return { isExpected, otherMessageAt, stale, aboutThisFolder };
}

/** A finding as a row of the list, ready to paste (the why left for a person to write). */
export function expectedRow(doc, f) {
  return [doc.name, f.line, f.ruleId, storedMessage(f.message), '<why: the defect a UN editor would send back>'].join('\t');
}
