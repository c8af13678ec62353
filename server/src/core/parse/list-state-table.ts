// A table under a head of States, in columns typed with tabs, runs of spaces or Markdown pipes. When
// its rows give a State and facts about it (`Sierra Leone<TAB>Fourth periodic report, due since 1976`)
// only the first cell of a row is a name: the other cells are data (a report, a year, a figure), which
// a list of States must not read as names, nor split at their commas. When every cell is a name
// (`Albania    Andorra    Argentina`), every cell is an entry: spaces separate them as tabs do. When the
// first column holds labels and no State (`Chair<TAB>Costa Rica`), the States in the other cells are the names.

import type { LineKind, ModelBase } from '../model';
import type { TextRange } from '../types';
import type { LineName, NameKind } from './list-state-lines';

/** Lines that may be rows: the structure gives a row typed without a marker no kind of its own. */
const ROW_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['text', 'continuation', 'front']);

/** No table of States is longer: a bound on the walk, not a limit a real table reaches. */
const MAX_ROWS = 300;

interface Cell {
  readonly text: string;
  readonly start: number; // offset in the line
}

/**
 * The names of a table from line `first`, or undefined when the lines there are not a table: every
 * row has two cells or more, the first a name (a header row aside; a row whose first cell is not a
 * name after that ends the table). When some later cell is not a name (`kindOf` says `none`, or it
 * holds a figure) the table has data columns and only first cells are names; else every cell is.
 */
export function tableNames(model: ModelBase, first: number, kindOf: (s: string) => NameKind, split: (text: string, base: number) => LineName[]): { names: LineName[]; ranges: TextRange[] } | undefined {
  const firsts: LineName[] = [];
  const others: LineName[] = [];
  const all: LineName[] = [];
  const ranges: TextRange[] = [];
  const rowRanges: TextRange[] = [];
  let data = false;
  for (let i = first; i < model.lines.length && i < first + MAX_ROWS; i++) {
    const line = model.lines[i];
    if (i > first && isPipeRule(line.text)) continue;
    if (!ROW_KINDS.has(model.lineKinds[i])) break;
    const cells = cellsOf(line.text);
    if (cells.length < 2) break;
    const head = cells[0];
    if (kindOf(head.text) === 'none' || (i === first && isHeaderRow(model, i, cells, kindOf))) {
      // Only the table's first row may be its header (`State party | Report | Due since`).
      if (i !== first) break;
      continue;
    }
    for (const c of cells) {
      const name = { text: c.text, start: line.start + c.start, end: line.start + c.start + c.text.length };
      if (c === head) firsts.push(name);
      else {
        others.push(name);
        // No State's name holds a figure: a cell with one is a year, a symbol, a date or a count.
        data = data || /\d/.test(c.text) || kindOf(c.text) === 'none';
      }
      all.push(name);
      ranges.push({ start: name.start, end: name.end });
    }
    rowRanges.push({ start: line.start + head.start, end: line.start + line.text.trimEnd().length });
  }
  if (firsts.length === 0) return undefined;
  // A first column of labels (`Chair`, `Vice-Chairs`) beside the States: the States are the names.
  if (!firsts.some((f) => kindOf(f.text) === 'state')) {
    const names = others.flatMap((c) => split(c.text, c.start));
    if (names.some((n) => kindOf(n.text) === 'state')) return { names, ranges: others.map((c) => ({ start: c.start, end: c.end })) };
  }
  return data ? { names: firsts, ranges: rowRanges } : { names: all, ranges };
}

/**
 * The first row is the table's header when a Markdown rule follows it, or when its first cell, written as a
 * name, is no State (`Country`, `Member State`), no cell of it holds a figure and the next row opens with a State.
 */
function isHeaderRow(model: ModelBase, i: number, cells: readonly Cell[], kindOf: (s: string) => NameKind): boolean {
  const next = model.lines[i + 1]?.text ?? '';
  if (isPipeRule(next)) return true;
  if (kindOf(cells[0].text) === 'state' || cells.some((c) => /\d/.test(c.text))) return false;
  const below = cellsOf(next);
  return below.length > 0 && kindOf(below[0].text) === 'state';
}

/** `| --- | :---: |`: the rule under a Markdown table's header. */
function isPipeRule(t: string): boolean {
  const s = t.trim();
  return s.startsWith('|') && /^[|:\- ]+$/.test(s) && s.indexOf('-') !== -1;
}

/**
 * The cells of a row: between pipes in a Markdown row, else between tabs or runs of two spaces or
 * more (a table typed in plain text). A comma or a semicolon ending a cell, or in the first cell, says
 * it is a run of names typed with wide spacing, not a row: such a line has no cells.
 */
function cellsOf(t: string): Cell[] {
  const pipe = t.trimStart().startsWith('|');
  const cells: Cell[] = [];
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9 || (pipe && t.charCodeAt(i) === 124))) i++;
    if (i >= t.length) break;
    const start = i;
    let end = i;
    while (i < t.length && !atCellEnd(t, i, pipe)) {
      i++;
      if (t.charCodeAt(i - 1) !== 32) end = i;
    }
    const text = t.slice(start, end);
    if (!pipe && (/[,;]$/.test(text) || (cells.length === 0 && /[,;]/.test(text)))) return [];
    cells.push({ text, start });
  }
  return cells;
}

function atCellEnd(t: string, i: number, pipe: boolean): boolean {
  const c = t.charCodeAt(i);
  if (pipe) return c === 124;
  return c === 9 || (c === 32 && t.charCodeAt(i + 1) === 32) || (c === 32 && t.charCodeAt(i + 1) === 9);
}
