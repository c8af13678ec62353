// Line bookkeeping over a draft's text: where each line starts and ends, and offset <-> line/column.
// Everything is UTF-16 offsets; edges convert to 1-based positions for people.

import { lowerBound } from './sorted';

/** One physical line. `end` excludes the line break; `next` is the offset of the following line. */
export interface Line {
  /** 0-based line index. */
  readonly index: number;
  /** Offset of the first character (UTF-16, 0-based). */
  readonly start: number;
  /** Offset just past the last character before the line break (`\n`, `\r\n` or `\r`). */
  readonly end: number;
  /** Offset of the next line's first character (equals `end` on the last line). */
  readonly next: number;
  readonly text: string;
}

/** Splits text into lines in one pass; `\r\n`, `\n` and lone `\r` all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  if (text.indexOf('\r') === -1) {
    // Only \n ends a line: indexOf finds each end far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end: i, next: i + 1, text: text.slice(start, i) });
      start = i + 1;
    }
    lines.push({ index: lines.length, start, end: n, next: n, text: text.slice(start, n) });
    return lines;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ index: lines.length, start, end: i, next, text: text.slice(start, i) });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ index: lines.length, start, end: n, next: n, text: text.slice(start, n) });
  return lines;
}

/** Index of the line containing `offset`, by binary search over the lines' starts. */
export function lineAtOffset(lines: readonly Line[], offset: number): number {
  return Math.max(0, lowerBound(lines.length, (k) => lines[k].start > offset) - 1);
}

/** A 0-based line and UTF-16 column. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Maps offsets to lines by binary search over line starts (O(log n) per lookup). */
export class LineIndex {
  constructor(private readonly lines: readonly Line[]) {}
  /** Line (0-based) containing `offset`; offsets in a line break belong to that line. */
  lineAt(offset: number): number {
    return lineAtOffset(this.lines, offset);
  }
  positionAt(offset: number): LineColumn {
    const line = this.lineAt(offset);
    const l = this.lines[line];
    return { line, column: Math.min(offset, l.end) - l.start };
  }
  offsetAt(pos: LineColumn): number {
    const l = this.lines[Math.max(0, Math.min(pos.line, this.lines.length - 1))];
    return l.start + Math.max(0, Math.min(pos.column, l.end - l.start));
  }
}
