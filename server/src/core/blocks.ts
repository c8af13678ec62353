// A hard-wrapped paragraph read as one text: a line and the continuation lines that carry it (the
// parser's block, the one its sentence splitter reads), joined by one space each, so that a rule reading
// words, series of counts or lists of numbers across a line break reads them as it reads a paragraph
// written on one line. Positions in the joined text map back to the draft's offsets.

import type { ModelBase } from './model';
import { footnoteGoesOn, sentenceIndex } from './parse/sentences';
import { lowerBound } from './sorted';

/**
 * One block. `text` is the first line as written, then for each further line one space and the line's text
 * without its indentation (trailing blanks of the lines before it dropped); a word hyphenated at a line's end
 * (a lower-case letter, `-`, and a lower-case letter opening the next line) is joined without its hyphen. A one-line block's text is
 * the line's text itself, and its positions are the line's columns.
 */
export class TextBlock {
  /** Where each line's part starts in `text`, and the draft offset it maps to. */
  private readonly partPos: number[];
  private readonly partAt: number[];

  constructor(
    readonly first: number,
    readonly last: number,
    readonly text: string,
    partPos: number[],
    partAt: number[],
  ) {
    this.partPos = partPos;
    this.partAt = partAt;
  }

  /** The index of the part (0 = the first line) that holds position `pos` (a binary search: a block may be long). */
  private partOf(pos: number): number {
    const parts = this.partPos;
    return Math.max(0, lowerBound(parts.length, (k) => parts[k] > pos) - 1);
  }

  /**
   * The draft offset of position `pos`. The space joining two lines maps to the end of the line before it,
   * so a range that ends there ends with that line's text.
   */
  at(pos: number): number {
    if (this.partPos.length === 1) return this.partAt[0] + pos;
    const k = this.partOf(pos);
    return this.partAt[k] + pos - this.partPos[k];
  }

  /** The line (index in the draft) that holds position `pos`. */
  lineAt(pos: number): number {
    return this.partPos.length === 1 ? this.first : this.first + this.partOf(pos);
  }

  /** Whether position `pos` is where a line after the first starts (after its indentation). */
  opensLine(pos: number): boolean {
    const k = this.partOf(pos);
    return k > 0 && this.partPos[k] === pos;
  }

  /**
   * The position of draft offset `offset`, an offset within the block's lines: one in a line's
   * dropped indentation or trailing blanks, or its line break, maps to the nearest position of the text.
   */
  pos(offset: number): number {
    const n = this.partAt.length;
    if (n === 1) return Math.max(0, Math.min(this.text.length, offset - this.partAt[0]));
    const at = this.partAt;
    const k = Math.max(0, lowerBound(n, (j) => at[j] > offset) - 1);
    const end = k + 1 < n ? this.partPos[k + 1] - 1 : this.text.length;
    return Math.max(this.partPos[k], Math.min(end, this.partPos[k] + offset - this.partAt[k]));
  }
}

/**
 * The last line of the block that line `first` opens: the continuation lines after it (a footnote wrapped
 * over lines too, as the sentence splitter reads it), as far as `keep` accepts them.
 */
export function blockLast(model: ModelBase, first: number, keep: (line: number) => boolean): number {
  let last = first;
  while (last + 1 < model.lines.length && carriesOn(model, last + 1) && keep(last + 1)) last++;
  return last;
}

/** Whether line `i` carries on the block of the line above it. */
export function carriesOn(model: ModelBase, i: number): boolean {
  return i > 0 && (model.lineKinds[i] === 'continuation' || footnoteGoesOn(model.lines, model.lineKinds, i - 1));
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Whether a line from `first` to `last` holds a match of `re`, a pattern without the g or y flag that no line
 * break can be part of (a figure, a word): a block with none need not be joined and read.
 */
export function someLine(model: ModelBase, first: number, last: number, re: RegExp): boolean {
  for (let i = first; i <= last; i++) if (re.test(model.lines[i].text)) return true;
  return false;
}

/**
 * Every block of the lines `keep` accepts (a line with the continuation lines after it that `keep` accepts too),
 * read as one text and handed to `visit`, in order; a block none of whose lines holds a match of `mayHold` (a
 * pattern without the g or y flag: see `someLine`) is neither joined nor visited.
 */
export function forEachBlock(model: ModelBase, keep: (line: number) => boolean, mayHold: RegExp, visit: (b: TextBlock) => void): void {
  for (let i = 0; i < model.lines.length; i++) {
    if (!keep(i)) continue;
    const last = blockLast(model, i, keep);
    if (someLine(model, i, last, mayHold)) visit(readBlock(model, i, last));
    i = last;
  }
}

/** Lines `first` to `last` (a block: see `blockLast`) as one text. */
export function readBlock(model: ModelBase, first: number, last: number): TextBlock {
  const head = model.lines[first];
  if (last === first) return new TextBlock(first, last, head.text, [0], [head.start]);
  const pieces: string[] = [];
  const partPos: number[] = [];
  const partAt: number[] = [];
  let length = 0;
  let hyphenated = false;
  for (let i = first; i <= last; i++) {
    const t = model.lines[i].text;
    let s = 0;
    if (i > first) {
      while (s < t.length && isBlank(t.charCodeAt(s))) s++;
      // A word a typesetter hyphenated at the line's end (`recommenda-` / `tion 3`) reads whole.
      hyphenated &&= isLower(t.charCodeAt(s));
      if (!hyphenated) {
        pieces.push(' ');
        length++;
      } else {
        pieces[pieces.length - 1] = (pieces[pieces.length - 1] as string).slice(0, -1);
        length--;
      }
    }
    let e = t.length;
    if (i < last) while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    hyphenated = i < last && e - s >= 2 && t.charCodeAt(e - 1) === 45 && isLower(t.charCodeAt(e - 2));
    partPos.push(length);
    partAt.push(model.lines[i].start + s);
    pieces.push(s === 0 && e === t.length ? t : t.slice(s, e));
    length += e - s;
  }
  return new TextBlock(first, last, pieces.join(''), partPos, partAt);
}

/**
 * The model's sentences over block `b` as [start, end) pairs of its positions, in order, covering it: the
 * first starts at 0 (a sentence carried over from the line above is cut at the block's start) and the last
 * ends at the text's end. For a one-line block, what `lineSentences` gives for the line.
 */
export function blockSentences(model: ModelBase, b: TextBlock): Array<[number, number]> {
  const from = model.lines[b.first].start;
  const to = model.lines[b.last].end;
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let k = Math.max(1, sentenceIndex(model, from)); k < model.sentences.length; k++) {
    const s = model.sentences[k];
    if (s.start >= to) break;
    const prev = model.sentences[k - 1];
    // A split inside the block: the sentence before ends in it.
    if (s.start > from && prev.end > from) {
      out.push([start, b.pos(prev.end)]);
      start = b.pos(s.start);
    }
  }
  out.push([start, b.text.length]);
  return out;
}
