// Helpers for the editorial rules that read running text (numbers, terms, abbreviations, State
// names, agenda references): which lines are prose, and whether an offset sits in a quotation,
// a document symbol, a link target or a comment. Everything here is linear or a binary search.

import type { DraftModel, LineKind } from './model';
import { inRanges } from './parse/inline';
import type { TextRange } from './types';

export { inRanges };

const PROSE_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['paragraph', 'continuation', 'subparagraph', 'list-item', 'text']);

/**
 * True when line `i` is running text of the body: a numbered paragraph, its continuation, a
 * subparagraph, a list item or a plain text line. Masthead, front matter, headings, contents,
 * footnotes, comments and table rows (tab-separated cells or `|` rows) are not.
 */
export function isProseLine(model: DraftModel, i: number): boolean {
  const kind = model.lineKinds[i];
  if (!PROSE_KINDS.has(kind)) return false;
  const t = model.lines[i].text;
  if (t.indexOf('\t') !== -1) return false;
  const c = model.contentStarts[i] - model.lines[i].start;
  if (t.charCodeAt(c) === 124 /* | */) return false;
  return true;
}

/** Ranges a rule should never touch (link targets, comments, document symbols): the model's `opaque`. */
export function opaqueRanges(model: DraftModel): readonly TextRange[] {
  return model.opaque;
}

/** Per model, computed on first use and shared by every rule that asks (several do). */
const titleCache = new WeakMap<DraftModel, Uint8Array>();

/** A list entry that names a document: a symbol in parentheses at its end, or a symbol opening a table row. */
const DOCUMENT_ENTRY_RE = /\([A-Z]{1,10}\/[^()]*\)[;.,]?(?: and)?\s*$|^[A-Z]{1,10}\/\S+\t/;

/** A short numbered entry without the punctuation of a sentence: a name in a list of organizations. */
const NAME_ENTRY_MAX_WORDS = 15;

/** White space as `\s` and `String.prototype.trim` know it. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the line ends like a sentence, as /[.;:!?]["”’)]?\s*$/ tests it: read backwards from the end. */
export function endsLikeSentence(text: string): boolean {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const isStop = (c: number): boolean => c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
  const last = text.charCodeAt(e - 1);
  if (isStop(last)) return true;
  return (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && isStop(text.charCodeAt(e - 2));
}

/** Whether the text has at most `max` words separated by white space (stops counting past `max`). */
export function hasAtMostWords(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return false;
    inWord = !space;
  }
  return true;
}

/**
 * Lines whose text is a title or a name as published, left alone by editorial rules: the entries of
 * a list introduced by "… the following documents:", any list entry or row that names a document,
 * and short one-line numbered entries that are not sentences ("107. Women in Nuclear Global, IAEA").
 */
export function titleLines(model: DraftModel): Uint8Array {
  // Computed once per model and shared by the rules that ask: callers must not modify it.
  let mark = titleCache.get(model);
  if (!mark) titleCache.set(model, (mark = computeTitleLines(model)));
  return mark;
}

function computeTitleLines(model: DraftModel): Uint8Array {
  const mark = new Uint8Array(model.lines.length);
  let inDocsList = false;
  for (let i = 0; i < model.lines.length; i++) {
    const kind = model.lineKinds[i];
    const text = model.lines[i].text;
    if (kind === 'paragraph' || kind === 'heading') inDocsList = introducesDocuments(text);
    if ((kind === 'subparagraph' || kind === 'list-item' || kind === 'text') && (inDocsList || DOCUMENT_ENTRY_RE.test(text))) mark[i] = 1;
    if ((kind === 'paragraph' || kind === 'list-item') && model.lineKinds[i + 1] !== 'continuation' && !endsLikeSentence(text) && hasAtMostWords(text, NAME_ENTRY_MAX_WORDS)) mark[i] = 1;
  }
  return mark;
}

/** "The Expert Group had before it the following documents:": the last sentence names documents and ends with a colon. */
function introducesDocuments(line: string): boolean {
  let e = line.length;
  while (e > 0 && isSpaceCode(line.charCodeAt(e - 1))) e--;
  if (line.charCodeAt(e - 1) !== 58 /* : */) return false;
  const t = line.slice(0, e);
  return /\bdocuments?\b/.test(t.slice(t.lastIndexOf('.') + 1));
}

const AS_RECEIVED_RE = /\bannex(?:es)?\b[^.]{0,80}\b(?:circulated|reproduced|issued) (?:in the language of submission only|as received)\b|\bannex(?:es)?\b[^.]{0,80}\bwithout formal editing\b/i;

/**
 * The first line of text reproduced as received (R37: the author's designations are kept): the
 * annexes, when the report says they are circulated as received; the line count otherwise.
 */
export function asReceivedFrom(model: DraftModel): number {
  if (model.annexStartLine >= model.lines.length) return model.lines.length;
  // The note stands in the front matter or a footnote, or right under the annex heading.
  const last = Math.min(model.lines.length, model.annexStartLine + 8);
  for (let i = 0; i < last; i++) if (AS_RECEIVED_RE.test(model.lines[i].text)) return model.annexStartLine;
  return model.lines.length;
}

/** True when `offset` lies in a quotation (“…” or "…" on one line), quotes included. */
export function inQuotation(model: DraftModel, offset: number): boolean {
  return inRanges(model.quotations, offset);
}

/** The year of the report's masthead date (`3 April 2018` → 2018), or undefined. */
export function reportYear(model: DraftModel): number | undefined {
  const d = model.masthead.date;
  if (d) {
    const m = /(\d{4})\s*$/.exec(d.value);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A boolean per character of `line`: true inside (…) or […]. */
export function bracketMask(line: string): Uint8Array {
  const mask = new Uint8Array(line.length);
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    if (depth > 0) mask[i] = 1;
    if ((c === 41 || c === 93) && depth > 0) depth--;
  }
  return mask;
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
