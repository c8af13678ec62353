// The masthead: distribution, date, original language and the document symbol(s) above the title.
// Real mastheads come as separate lines or as tab-separated cells beside the organ's name (or the
// cells of a Markdown table), on one line (`Distr.: General 3 April 2018 Original: English`), or in the layout of the 1990s (`Distr.`
// and `GENERAL` on two lines, `ORIGINAL: SPANISH`).

import type { DocumentSymbolRef, Masthead, MastheadField } from '../model';
import type { Line } from '../text';
import { splitDoubleSymbol } from '../un/symbol';

const DISTR_RE = /Distr\.:[ \t]*([A-Za-z]+)/;
const ORIGINAL_RE = /(?<!\[)(?:Original|ORIGINAL):[ \t]*([A-Za-z]+(?:[ \t]+[A-Za-z]+)?)/;
const CATEGORY_RE = /^(?:GENERAL|LIMITED|RESTRICTED|General|Limited|Restricted)$/;
/** A date inside a line that holds other fields too; Word keeps day, month and year together with no-break spaces. */
const DATE_IN_LINE_RE = /\b\d{1,2}[ \t\u00a0]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t\u00a0]+\d{4}\b/;
// A date in any of the forms a drafter may type; the masthead rule judges the form.
const DATE_CELL_RE = /^(?:\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+[A-Z][a-z]+,?[ \t\u00a0]+\d{4}|[A-Z][a-z]+[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \t\u00a0]+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

/** How many lines from the top the masthead may reach. */
const MASTHEAD_REACH = 40;

export function parseMasthead(lines: readonly Line[], bodyStartLine: number, symbols: readonly DocumentSymbolRef[]): Masthead {
  const limit = Math.min(lines.length, bodyStartLine, MASTHEAD_REACH);
  let distribution: MastheadField | undefined;
  let date: MastheadField | undefined;
  let original: MastheadField | undefined;
  let first: number | undefined;
  let last: number | undefined;
  const touch = (i: number): void => {
    if (first === undefined || i < first) first = i;
    if (last === undefined || i > last) last = i;
  };

  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    const d = distribution ? null : DISTR_RE.exec(t);
    if (d) {
      distribution = field(lines[i], d.index, d[0], d[1]);
      touch(i);
    } else if (!distribution) {
      distribution = twoLineDistribution(lines, i, limit);
      if (distribution) touch(i);
    }
    const o = original ? null : ORIGINAL_RE.exec(t);
    if (o) {
      original = field(lines[i], o.index, o[0], o[1]);
      touch(i);
    }
  }
  // The date is the cell right after the distribution line (or on it, after a tab).
  if (distribution) {
    const from = distribution.line;
    for (let i = from; i < limit && i <= from + 5 && !date; i++) {
      const cells = cellsOf(lines[i]);
      for (const c of cells) {
        if (DATE_CELL_RE.test(c.text)) {
          date = { line: i, range: { start: c.start, end: c.start + c.text.length }, value: c.text, valueRange: { start: c.start, end: c.start + c.text.length } };
          touch(i);
          break;
        }
      }
    }
    if (!date) date = dateInLine(lines[from], distribution.range.end - lines[from].start);
  }
  // Symbols that fill a cell of their own in the front matter belong to the masthead.
  const mastSymbols: DocumentSymbolRef[] = [];
  const frontEnd = lines[limit - 1] ? lines[limit - 1].next : 0;
  for (const s of symbols) {
    if (s.range.start >= frontEnd) break;
    const lineIdx = lineOfOffset(lines, s.range.start, limit);
    if (lineIdx === -1) continue;
    // A double symbol whose parts carry `(Part I)` is scanned as its first part.
    const onlyCell = cellsOf(lines[lineIdx]).some((c) => c.start === s.range.start && (stripTrailer(c.text) === s.text || splitDoubleSymbol(joinDouble(stripTrailer(c.text)))[0][1] === s.text));
    // A masthead typed on one line with single spaces: a symbol standing apart on the distribution line.
    const onDistributionLine = distribution?.line === lineIdx && standsApart(lines[lineIdx], s);
    if (onlyCell || onDistributionLine) {
      mastSymbols.push(s);
      touch(lineIdx);
    }
  }
  return { firstLine: first, lastLine: last, distribution, date, original, symbols: mastSymbols, frontEndLine: limit };
}

/** `Distr.` on line `i` with `GENERAL` (or another category) as the first cell of the next non-blank line. */
function twoLineDistribution(lines: readonly Line[], i: number, limit: number): MastheadField | undefined {
  const t = lines[i].text;
  // `Distr.` must fill its cell: blanks only between it and the tabs (or line ends) around it.
  const at = t.indexOf('Distr.');
  if (at === -1 || !blanksTo(t, at, -1) || !blanksTo(t, at + 6, 1)) return undefined;
  let j = i + 1;
  while (j < limit && lines[j].text.trim() === '') j++;
  if (j >= limit) return undefined;
  const cell = cellsOf(lines[j]).find((c) => CATEGORY_RE.test(c.text));
  if (!cell) return undefined;
  const start = lines[i].start + at;
  return { line: i, range: { start, end: cell.start + cell.text.length }, value: cell.text, valueRange: { start: cell.start, end: cell.start + cell.text.length } };
}

/**
 * True when only spaces lie between `from` and the edge of its cell in direction `step`: a tab, the line's
 * end, or a run of three spaces or more (the cells of a masthead laid out with spaces, as `cellsOf` reads them).
 */
function blanksTo(t: string, from: number, step: 1 | -1): boolean {
  let spaces = 0;
  for (let k = step === 1 ? from : from - 1; k >= 0 && k < t.length; k += step) {
    const c = t.charCodeAt(k);
    if (c === 9) return true;
    if (c !== 32) return spaces >= 3;
    spaces++;
  }
  return true;
}

/** A date written on the distribution line after the distribution (`Distr.: General 3 April 2018 Original: English`). */
function dateInLine(line: Line, from: number): MastheadField | undefined {
  const m = DATE_IN_LINE_RE.exec(line.text.slice(from));
  if (!m) return undefined;
  const start = line.start + from + m.index;
  const range = { start, end: start + m[0].length };
  return { line: line.index, range, value: m[0], valueRange: range };
}

function field(line: Line, index: number, whole: string, value: string): MastheadField {
  const start = line.start + index;
  const valueStart = start + whole.length - value.length;
  return { line: line.index, range: { start, end: start + whole.length }, value, valueRange: { start: valueStart, end: valueStart + value.length } };
}

/** A tab-separated cell of a masthead line: real mastheads set fields beside the organ's name. */
export interface Cell {
  readonly text: string;
  /** Offset of the cell's first non-blank character. */
  readonly start: number;
  /** 0-based line index. */
  readonly line: number;
}

/**
 * Cells of a line, trimmed, with their offsets; blank cells are left out. Word and HTML exports separate
 * the cells with tabs, plain-text layouts (`pdftotext -layout`, a masthead typed on one line) with a run
 * of three or more spaces, Markdown (a Word masthead table converted by pandoc) with pipes; no field of a
 * masthead holds a pipe.
 */
export function cellsOf(line: Line): Cell[] {
  const out: Cell[] = [];
  const t = line.text;
  let cellStart = 0;
  const push = (end: number): void => {
    const part = t.slice(cellStart, end);
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text !== '') out.push({ text, start: line.start + cellStart + lead, line: line.index });
  };
  let i = 0;
  while (i < t.length) {
    if (t.charCodeAt(i) === 9 || t.charCodeAt(i) === 124 /* | */) {
      push(i);
      cellStart = ++i;
      continue;
    }
    let j = i;
    while (j < t.length && t.charCodeAt(j) === 32) j++;
    if (j - i >= 3) {
      push(i);
      cellStart = j;
    }
    i = j > i ? j : i + 1;
  }
  push(t.length);
  return out;
}

/**
 * A symbol cell may carry a Markdown link or emphasis around it, and a part of a report its part in
 * parentheses (`A/80/15 (Part I)`, also in a double symbol), as a fascicle of the programme budget its
 * section (`A/80/6 (Sect. 29C)`, `A/80/6 (Introduction)`, `A/80/6 (Income sect. 1)`) and a report in volumes
 * its volume (`A/80/5 (Vol. I)`); the core symbol is what counts.
 */
function stripTrailer(s: string): string {
  return s.replace(/[*_]+$/, '').replace(/ \((?:Part|Vol\.) [IVX]{1,4}\)(?=-|$)| \((?:Sect\.|Income sect\.) \d{1,2}[A-H]?\)$| \(Introduction\)$/g, '');
}

/** A double symbol joined by a dash, spaced or not (`A/79/100–S/2031/400`, `E/2001/28 – E/CN.7/2001/12`), joined as a hyphen joins it. */
function joinDouble(s: string): string {
  return s.replace(/[ \t]*[\u2013\u2014-][ \t]*(?=[A-Z]{1,10}\/)/g, '-');
}

/** True when white space or the line's ends bound the symbol. */
function standsApart(line: Line, s: DocumentSymbolRef): boolean {
  const before = s.range.start - line.start - 1;
  const after = s.range.end - line.start;
  const blank = (k: number): boolean => k < 0 || k >= line.text.length || line.text.charCodeAt(k) === 32 || line.text.charCodeAt(k) === 9;
  return blank(before) && blank(after);
}

function lineOfOffset(lines: readonly Line[], offset: number, limit: number): number {
  for (let i = 0; i < limit; i++) if (offset >= lines[i].start && offset <= lines[i].end) return i;
  return -1;
}
