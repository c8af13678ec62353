// The one sentence splitter: the parser runs it once over every block of text (a line with the
// continuation lines it carries) and rules read the spans from the model. A stop (. ! ?), with any
// closing quotation marks or parentheses after it, ends a sentence when white space and a capital,
// a figure or an opening quotation mark or bracket follow, and the word before it is not an
// abbreviation (`No.`, `para.`, `Mr.`, `Inc.`), an initial (`J.`) or dotted initials (`e.g.`, `a.m.`).

import type { LineKind, ModelBase } from '../model';
import type { Line } from '../text';
import type { TextRange } from '../types';

/** Words (lower case, without their final period) whose period does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('no nos para paras subpara subparas chap chaps sect sects art arts vol vols p pp fig figs op cit ibid ' +
    'add rev corr amend suppl supp ed eds ser sess res dec doc docs annex distr ' +
    'mr mrs ms dr prof amb gen rep h.e st mt jr sr ' +
    'e.g i.e cf viz etc approx resp incl u.s u.n u.k a.m p.m ' +
    'inc ltd co corp ch cent ca sec secs').split(' '),
);
const ABBREVIATION_MAX = 12;

/** Whether `word` (any case, without its final period) is an abbreviation whose period ends no sentence. */
export function isAbbreviationWord(word: string): boolean {
  return word.length <= ABBREVIATION_MAX && ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Abbreviations that always lead into what follows them (a number, a name, an example): `sect. B`, `Mr. Smith`,
 * `e.g. the`. A line that a wrap ends after one of them goes on; `etc.`, `a.m.`, `Inc.` or `ibid.` may end a text.
 */
const LEADING_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('no nos para paras subpara subparas chap chaps sect sects art arts vol vols p pp fig figs ' +
    'mr mrs ms dr prof amb h.e st e.g i.e cf viz').split(' '),
);

/** Whether `line` ends with an abbreviation that leads into the next word (`… see chap. I, sect.`). */
export function endsWithLeadingAbbreviation(line: string): boolean {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  if (e === 0 || line.charCodeAt(e - 1) !== 46) return false;
  const w = wordBeforeDot(line, e - 1);
  // A word of its own: white space or an opening bracket before it (`(para.` as well as ` para.`).
  if (w > 0 && !/[\s(\[“"‘]/.test(line.charAt(w - 1))) return false;
  return LEADING_ABBREVIATIONS.has(line.slice(w, e - 1).toLowerCase());
}

/** Kinds of line whose text is not split: nothing reads sentences there. */
const NO_SENTENCES: ReadonlySet<LineKind> = new Set<LineKind>(['blank']);

/**
 * Sentence spans of every block of the draft, in document order. A block is a line and the
 * continuation lines after it (a footnote wrapped over lines counts as one block too).
 */
export function scanSentences(text: string, lines: readonly Line[], lineKinds: readonly LineKind[], contentStarts: readonly number[]): TextRange[] {
  const out: TextRange[] = [];
  let i = 0;
  while (i < lines.length) {
    if (NO_SENTENCES.has(lineKinds[i])) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && (lineKinds[last + 1] === 'continuation' || footnoteGoesOn(lines, lineKinds, last))) last++;
    splitBlock(text, contentStarts[i] ?? lines[i].start, lines[last].end, out);
    i = last + 1;
  }
  return out;
}

/** A footnote wrapped over lines: the next footnote line does not start a new note (`44 …`) and this one does not end a sentence. */
export function footnoteGoesOn(lines: readonly Line[], lineKinds: readonly LineKind[], line: number): boolean {
  if (lineKinds[line] !== 'footnote' || lineKinds[line + 1] !== 'footnote') return false;
  const text = lines[line].text;
  return (!endsWithOneOf(text, '.:;!?') || endsWithLeadingAbbreviation(text)) && !/^[ \t]*(?:\d{1,3}|\*{1,3})[ \t]/.test(lines[line + 1].text);
}

/** . ! ? — found by a native search: most characters of a block are none of them. */
const STOP_RE = /[.!?]/g;

function splitBlock(text: string, start: number, end: number, out: TextRange[]): void {
  let from = start;
  while (from < end && isSpace(text.charCodeAt(from))) from++;
  // Searched in the block's own slice, so that a block without a stop never scans the text after it.
  const base = from;
  const block = text.slice(base, end);
  STOP_RE.lastIndex = 0;
  while (STOP_RE.test(block)) {
    const i = base + STOP_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    // `… officials.1 The …`: a note's reference figure glued to the stop (a text export of a printed page).
    const mark = c === 46 ? noteMarkEnd(text, i, j, end) : -1;
    if (mark !== -1 && mark >= end) {
      out.push({ start: from, end: j });
      from = end;
      break;
    }
    if (j >= end || !isSpace(text.charCodeAt(mark === -1 ? j : mark))) continue;
    let k = mark === -1 ? j : mark;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end || !opensSentence(text, k)) continue;
    if (c === 46 && isAbbreviation(text, i)) continue;
    out.push({ start: from, end: j });
    from = k;
    STOP_RE.lastIndex = k - base;
  }
  let e = end;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > from) out.push({ start: from, end: e });
}

/** Longest reference figure of a note glued to a stop. */
const NOTE_MARK_MAX = 3;

/**
 * The end of a note's reference figure glued to the period at `dot` (closers up to `j`): `officials.1`,
 * `“rights-based”.13`, as text copied from a printed page sets a superscript. -1 when none: the figure
 * must end in white space or at `end`, and the period must end a word of two letters or more that is no
 * abbreviation (`Rev.1`, `No.3`) in a token without a slash or figure (`E/CN.4`, `2.5`, `A.1`), or a
 * closing parenthesis or quotation mark.
 */
export function noteMarkEnd(text: string, dot: number, j: number, end: number): number {
  let d = j;
  while (d < end && d - j < NOTE_MARK_MAX && isDigitCode(text.charCodeAt(d))) d++;
  if (d === j || (d < end && !isSpace(text.charCodeAt(d)))) return -1;
  let w = dot;
  while (w > 0 && dot - w < 64 && !isSpace(text.charCodeAt(w - 1))) w--;
  const token = text.slice(w, dot);
  if (token.indexOf('/') !== -1) return -1;
  // `(1991).5`, `“rights-based”.13`: a closing parenthesis or quotation mark ends the text the note is on.
  if (isCloser(token.charCodeAt(token.length - 1))) return d;
  const word = /\p{L}+$/u.exec(token);
  if (!word || word[0].length < 2 || /\d/.test(token) || isAbbreviation(text, dot)) return -1;
  return d;
}

/** Whether the line ends with a stop and a note's reference figure glued to it: `… compensation.14`. */
export function endsWithNoteMark(line: string): boolean {
  let e = line.length;
  while (e > 0 && isSpace(line.charCodeAt(e - 1))) e--;
  let d = e;
  while (d > 0 && e - d < NOTE_MARK_MAX && isDigitCode(line.charCodeAt(d - 1))) d--;
  if (d === e || d === 0) return false;
  let dot = d - 1;
  while (dot > 0 && isCloser(line.charCodeAt(dot))) dot--;
  if (line.charCodeAt(dot) !== 46) return false;
  return noteMarkEnd(line, dot, d, e) === e;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ” " ) ’ after a stop: `… Justice”.`, `…).` */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 34 || c === 41 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** A capital, a figure, or an opening quotation mark, parenthesis or bracket. */
function opensSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 40 || c === 91;
  if (c === 0x201c || c === 0x2018) return true;
  return /\p{Lu}/u.test(text.charAt(k));
}

/** True when the period at `dot` ends an abbreviation, an initial (`A.`) or dotted initials (`e.g.`). */
function isAbbreviation(text: string, dot: number): boolean {
  const w = wordBeforeDot(text, dot);
  if (w === dot) return false;
  const word = text.slice(w, dot);
  if (word.length === 1) return word.charCodeAt(0) <= 90; // a capital: an initial or a symbol part (`L.`)
  if (isAbbreviationWord(word)) return true;
  return /^[A-Za-z](?:\.[A-Za-z])+$/.test(word);
}

/** Where the letters and dots before the period at `dot` start (at most ABBREVIATION_MAX of them back). */
function wordBeforeDot(text: string, dot: number): number {
  let w = dot;
  while (w > 0 && dot - w < ABBREVIATION_MAX && isAsciiLetterOrDot(text.charCodeAt(w - 1))) w--;
  return w;
}

function isAsciiLetterOrDot(c: number): boolean {
  return c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** `/[<chars>]\s*$/.test(s)`: the last character before any trailing white space is one of `chars`. */
function endsWithOneOf(s: string, chars: string): boolean {
  let e = s.length;
  while (e > 0 && /\s/.test(s.charAt(e - 1))) e--;
  return e > 0 && chars.indexOf(s.charAt(e - 1)) !== -1;
}

// ---------------------------------------------------------------------------------------------
// Reading the model's sentences

/** Index of the last sentence that starts at or before `offset`, or -1. */
export function sentenceIndex(model: ModelBase, offset: number): number {
  const s = model.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when the stop at `offset` ends a sentence (nothing but white space up to the next one, or the block's end). */
export function endsSentenceAt(model: ModelBase, offset: number): boolean {
  const k = sentenceIndex(model, offset);
  return k !== -1 && model.sentences[k].end === offset + 1;
}

/**
 * The sentences of line `line` as [start, end) pairs relative to the line, in order, covering it:
 * the first starts at 0 (a sentence carried over from the line above is cut at the line start) and
 * the last ends at the line's end.
 */
export function lineSentences(model: ModelBase, line: number): Array<[number, number]> {
  const l = model.lines[line];
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let k = Math.max(1, sentenceIndex(model, l.start)); k < model.sentences.length; k++) {
    const s = model.sentences[k];
    if (s.start >= l.end) break;
    const prev = model.sentences[k - 1];
    // A split inside this line: the sentence before ends on it.
    if (s.start > l.start && prev.end > l.start) {
      out.push([start, prev.end - l.start]);
      start = s.start - l.start;
    }
  }
  out.push([start, l.text.length]);
  return out;
}

/** Offsets relative to line `line` where a sentence starts after the line's start (0 excluded). */
export function lineSentenceStarts(model: ModelBase, line: number): number[] {
  const spans = lineSentences(model, line);
  const out: number[] = [];
  for (let k = 1; k < spans.length; k++) out.push(spans[k][0]);
  return out;
}

/** The span of `spans` containing relative offset `pos`. */
export function sentenceAt(spans: ReadonlyArray<[number, number]>, pos: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo];
}
