// Tab-separated lists of the corpus check (SOURCES.tsv, expected findings, known defects, snapshots):
// reading them with a required header, and writing a finding's message as one safe cell.

import { readFileSync } from 'node:fs';

/** Bad input in a list or a folder: the check stops with this message (exit 2), never with a stack trace. */
export class CorpusInputError extends Error {}

/**
 * Rows of a tab-separated file whose first non-comment line is a header, as objects keyed by column name,
 * each with `at` (file:line) for messages. `#` lines and blank lines are skipped; cells are trimmed.
 */
export function readTsv(file, required, what) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CorpusInputError(`cannot read ${what} ${file}: ${e.message}`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header;
  const rows = [];
  for (const [i, l] of lines.entries()) {
    if (l.trim() === '' || l.startsWith('#')) continue;
    const cells = l.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      const missing = required.filter((c) => !header.includes(c));
      if (missing.length > 0) {
        throw new CorpusInputError(`${what} ${file}: the header "${header.join('<TAB>')}" lacks ${missing.map((m) => `"${m}"`).join(', ')}; expected ${required.join('<TAB>')}`);
      }
      continue;
    }
    const row = Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
    row.at = `${file}:${i + 1}`;
    rows.push(row);
  }
  return rows;
}

/** A line number cell: a whole number from 1, or a clear error naming the row. */
export function lineNumber(row, what) {
  if (!/^[1-9]\d*$/.test(row.line ?? '')) throw new CorpusInputError(`${row.at}: ${what} needs a line number, got "${row.line ?? ''}"`);
  return Number(row.line);
}

/** A cell's text: tabs, line breaks and backslashes written as escapes so the row stays one row. */
export function escapeCell(s) {
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return out.trim();
}

const QUOTE_PAIRS = new Map([['"', '"'], ['\u201C', '\u201D']]);
const LONG_QUOTE = 80;

/**
 * The message as the lists keep it: a quotation longer than 80 characters is shortened in its middle, so
 * that a message never carries a long run of the document's text into the repository.
 */
export function storedMessage(message) {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const close = QUOTE_PAIRS.get(message[i]);
    const end = close === undefined ? -1 : message.indexOf(close, i + 1);
    if (end === -1) {
      out += message[i++];
      continue;
    }
    const inner = Array.from(message.slice(i + 1, end)); // by code point, so no surrogate pair is cut
    const kept = inner.length > LONG_QUOTE ? `${inner.slice(0, 50).join('')} … ${inner.slice(-20).join('')}` : inner.join('');
    out += message[i] + kept + close;
    i = end + 1;
  }
  return escapeCell(out);
}
