// What a line of a draft can open with: a chapter numeral, a section letter, an annex, a paragraph
// number, a subparagraph label or Markdown heading markers; and the bounded lookaheads the
// structure reader uses to settle what a marker means.

import type { LineKind } from '../model';
import type { Line } from '../text';
import { letterValue, romanValue } from './numerals';
import { endsWithLeadingAbbreviation, endsWithNoteMark } from './sentences';

export const MD_PREFIX_RE = /^[ \t]*(?:(#{1,6})[ \t]+)?(?:[-*+][ \t]+)?/;
export const CHAPTER_RE = /^([IVXLC]{1,7})\.[ \t]+(\S.*)$/;
export const CHAPTER_WORD_RE = /^Chapter[ \t]+([IVXLC]{1,7})[ \t]*$/;
export const SECTION_RE = /^([A-Z])\.[ \t]+(\S.*)$/;
export const NUMBERED_RE = /^(\[?)(\d{1,4})\.(?:[ \t]+|$)/;
/** `(c) `, or a range of labels `(i)–(iii) ` that one text covers. */
export const SUBPARA_RE = /^\(([a-z]{1,2}|[ivxlc]{1,6})\)(?:[–—-]\(([a-z]{1,2}|[ivxlc]{1,6})\))?(?:[ \t]+|$)/;
/** `(mm)Artificial intelligence …`: a label run into its text (read only where that label is due). */
export const GLUED_SUBPARA_RE = /^\(([a-z]{1,2}|[ivxlc]{1,6})\)(?=[\p{Lu}“"‘])/u;
export const ANNEX_RE = /^Annex(?:es)?(?:[ \t]+([IVXLC]{1,7}))?[ \t]*$/;
export const SEPARATOR_RE = /^[ \t]*_{5,}[ \t]*$/;
/** Dot leaders of a contents entry; LEADER_RE adds the tab before its page number. */
const DOT_LEADER_RE = /(?:\. ?){4,}|…{2,}/;
export const LEADER_RE = new RegExp(`${DOT_LEADER_RE.source}|\\t(?:\\d+|[ivxlc]+)[ \\t]*$|\\t\\d+[–-]\\d+\\t`);
export const TERMINAL_RE = /[.:;!?”"')\]]\s*$/;
/**
 * A line that ends a sentence: a final stop, or a stop with a note's reference figure glued to it (`… officials.1`).
 * Not the period of an abbreviation that leads into the next word (`see chap. I, sect.` / `B`): a wrap.
 */
export function isTerminal(line: string): boolean {
  return (TERMINAL_RE.test(line) && !endsWithLeadingAbbreviation(line) && !closesMidSentence(line)) || endsWithNoteMark(line);
}

/**
 * A line that ends with closing quotation marks or brackets and no stop inside them (`… entitled “A path to
 * effective implementation”`, `… document (E/CN.7/2025/L.6/Rev.1)`): a title or a reference inside a sentence
 * that a wrap cut after it. With a stop before the closers (`… implementation.”`, `… (see annex).`) it ends, and so
 * does a line that is one bracketed or quoted unit.
 */
function closesMidSentence(line: string): boolean {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  let k = e;
  while (k > 0 && CLOSERS.includes(line[k - 1])) k--;
  if (k === e || k === 0) return false;
  // A line that is one bracketed or quoted unit (`[To be completed]`, `(Signed) …`) stands alone.
  if (OPENERS.includes(line.trimStart().charAt(0))) return false;
  return !'.:;!?'.includes(line[k - 1]);
}
const OPENERS = '“"‘\'([';
const CLOSERS = '”"’\')]';
/** `II Organization of work` — a chapter heading whose numeral lost its period (read only where chapter II is due). */
export const CHAPTER_BARE_RE = /^([IVXLC]{1,7})[ \t]+([A-Z].*)$/;
/** `73 Take appropriate measures …` — a number that lost its period (read only where that number is due). */
export const NUMBERED_BARE_RE = /^()(\d{1,4})[ \t]+(?=[A-Z“"(])/;
/** Ends like a sentence, a list item or a clause: not a heading. */
export const SENTENCE_END_RE = /[.;:,]\s*$/;

/** The markers a line's content opens with (each null when absent). */
export interface Markers {
  chapter: RegExpExecArray | null;
  chapterWord: RegExpExecArray | null;
  section: RegExpExecArray | null;
  annex: RegExpExecArray | null;
  numbered: RegExpExecArray | null;
  sub: RegExpExecArray | null;
}

/** Each pattern starts with a known character: the first one decides which can match at all. */
export function matchMarkers(content: string): Markers {
  const c0 = content.charCodeAt(0);
  const upper = c0 >= 65 && c0 <= 90;
  const chapter = upper ? CHAPTER_RE.exec(content) : null;
  const chapterWord = chapter || c0 !== 67 /* C */ ? null : CHAPTER_WORD_RE.exec(content);
  const section = !upper || (chapter && chapter[1].length > 1) ? null : SECTION_RE.exec(content);
  const annex = c0 === 65 /* A */ ? ANNEX_RE.exec(content) : null;
  const numbered = c0 === 91 /* [ */ || (c0 >= 48 && c0 <= 57) ? NUMBERED_RE.exec(content) : null;
  const sub = c0 === 40 /* ( */ ? SUBPARA_RE.exec(content) : null;
  return { chapter, chapterWord, section, annex, numbered, sub };
}

export function hasMarker(m: Markers): boolean {
  return !!(m.chapter || m.chapterWord || m.section || m.annex || m.numbered || m.sub);
}

/**
 * A chapter numeral that lost its period (`II Organization of work`), read as such only where
 * exactly that chapter is due; the rules then report the missing period instead of a gap.
 */
export function bareChapter(content: string, lastChapter: number): RegExpExecArray | null {
  const bare = CHAPTER_BARE_RE.exec(content);
  return bare && lastChapter > 0 && romanValue(bare[1]) === lastChapter + 1 && content.length <= 150 && !SENTENCE_END_RE.test(content) ? bare : null;
}

/**
 * A person's initial, not a section letter: another initial follows (`K. R. Memorial Trust`), or a
 * letter out of the sections' sequence (after section `lastSection`) opens a line that continues a
 * line without final punctuation (a wrapped reference: `… and Cleary` / `J. (2019) Ensuring …`).
 */
export function isInitial(m: RegExpExecArray, lines: readonly Line[], lineKinds: readonly LineKind[], i: number, lastSection: number): boolean {
  if (/^[A-Z]\.[ \t]/.test(m[2])) return true;
  const letter = letterValue(m[1]);
  if (letter === 1 || letter === lastSection + 1) return false;
  const prev = i > 0 ? lines[i - 1].text.trim() : '';
  return prev !== '' && !isTerminal(prev) && lineKinds[i - 1] !== 'heading';
}

/**
 * True when the next numbered line, within a few lines, is the body paragraph `next`, reached only
 * through unpunctuated lines (a wrapped heading, or a lettered subheading under it). Bounded lookahead.
 */
export function leadsToParagraph(lines: readonly Line[], i: number, next: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
    const raw = lines[k].text;
    const prefix = MD_PREFIX_RE.exec(raw);
    const t = raw.slice(prefix ? prefix[0].length : 0).trim();
    if (t === '') continue;
    const nm = NUMBERED_RE.exec(t);
    if (nm) return Number(nm[2]) === next;
    if (SENTENCE_END_RE.test(t) || CHAPTER_RE.test(t) || SECTION_RE.test(t) || t.startsWith('<!--')) return false;
  }
  return false;
}

/** How far a numbered run after a colon is followed to see whether the paragraphs resume after it. */
const RUN_REACH = 60;

/**
 * True when the numbered line `i`, numbered `n` after a colon, opens a run `n`, `n + 1` … of at least two
 * lines that the paragraph numbered `next` follows (`… the following agenda items jointly:` / `5.`, `6.`,
 * `7.` / `3. At its 3rd meeting …`): the run is a list of numbered items, not paragraphs after a gap.
 */
export function runReturnsTo(lines: readonly Line[], i: number, n: number, next: number): boolean {
  let due = n + 1;
  for (let k = i + 1; k < lines.length && k <= i + RUN_REACH; k++) {
    const raw = lines[k].text;
    const prefix = MD_PREFIX_RE.exec(raw);
    const t = raw.slice(prefix ? prefix[0].length : 0).trim();
    if (t === '') continue;
    const nm = NUMBERED_RE.exec(t);
    if (nm) {
      const m = Number(nm[2]);
      if (m === due) due++;
      else return m === next && due > n + 1;
    } else if (CHAPTER_RE.test(t) || SECTION_RE.test(t)) {
      return false;
    }
  }
  return false;
}

/** True when the line, or a continuation of it, carries contents-page leaders or page numbers. */
export function isTocEntry(lines: readonly Line[], i: number): boolean {
  // A text export wrapped at 80 columns spreads a long entry over several lines before its leaders.
  for (let k = i; k < lines.length && k <= i + 5; k++) {
    const t = lines[k].text;
    if (t.trim() === '') return false;
    if (LEADER_RE.test(t)) return true;
    if (k > i && (CHAPTER_RE.test(t.trim()) || SECTION_RE.test(t.trim()) || NUMBERED_RE.test(t.trim()))) return false;
  }
  return false;
}

/** A label that a text export may set off with a tab: `2.`, `[3.`, `(a)`, `(iv)`, `IV.`, `B.`. */
const LABEL_CELL_RE = /^(?:\[?\d{1,4}\.|\([a-z]{1,2}\)|\([ivxlc]{1,6}\)|[IVXLC]{1,7}\.|[A-Z]\.)$/;

/** True when a tab in the line separates cells: any tab but the run of tabs after an opening label. */
export function holdsCellTab(line: string): boolean {
  // Most lines hold no tab at all: no copy of them is made.
  if (line.indexOf('\t') === -1) return false;
  const text = trimEndBlanks(line);
  let s = 0;
  while (s < text.length && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  const first = text.indexOf('\t', s);
  if (first === -1) return false;
  if (!LABEL_CELL_RE.test(text.slice(s, first))) return true;
  let k = first;
  while (k < text.length && (text.charCodeAt(k) === 9 || text.charCodeAt(k) === 32)) k++;
  return text.indexOf('\t', k) !== -1;
}

/**
 * True when the line ends with a cell of figures set off by a tab or two spaces or more, as a table laid out
 * with spaces ends its rows (`24. Human rights      682 500     640 100`, `Total   (2)`); a scan, not a pattern.
 */
export function endsWithFigureCell(text: string): boolean {
  const t = trimEndBlanks(text);
  let k = t.length;
  while (k > 0) {
    const c = t.charAt(k - 1);
    if (c === '\t' || (c === ' ' && t.charAt(k - 2) === ' ')) break;
    if (!FIGURE_CELL_CHAR_RE.test(c)) return false;
    k--;
  }
  return k > 0 && /\d|^[–-]$/.test(t.slice(k).trim());
}
const FIGURE_CELL_CHAR_RE = /[\d.,() %\u2013-]/;

/** A row of a table: cells set off by tabs, or by spaces up to a last cell of figures. */
function isRow(text: string): boolean {
  return holdsCellTab(text) || endsWithFigureCell(text);
}

/**
 * True when the line is a row of a table (`2. Conference management⇥–⇥203 900`, or laid out with spaces),
 * its first cell opening with a number or letter: its cells are set apart and a line next to it is a row
 * too. A row is never a paragraph or a heading, whatever its first cell opens with.
 */
export function opensTableRow(lines: readonly Line[], i: number, content: string): boolean {
  // An entry of a contents page with leaders (`IV. Programme questions . . . .⇥11`) is read by the contents
  // page; the structure reader asks nothing while a page titled `Contents` is open.
  if (!isRow(content) || DOT_LEADER_RE.test(content)) return false;
  const row = (k: number): boolean => k >= 0 && k < lines.length && isRow(lines[k].text);
  const filled = (k: number): boolean => k >= 0 && k < lines.length && lines[k].text.trim() !== '';
  // A category's cut-in head (`B. Generation and transfer of knowledge`) may stand between two rows.
  return row(i - 1) || row(i + 1) || (filled(i - 1) && row(i - 2)) || (filled(i + 1) && row(i + 2));
}

/** The heading of one provision of a legal text: `Rule 4`, `Article 12`, `Article 6 bis`, `Regulation 3.1`. */
const PROVISION_RE = /^(?:Rule|Article|Regulation)[ \t]+\d{1,3}(?:\.\d{1,2})?(?:[ \t]+(?:bis|ter|quater))?\.?$/;

/**
 * True when the line is the first of a provision's paragraphs: the heading of a rule or an article
 * (`Rule 4`, or `Article 12` above its title) stands within the two lines above it. Rules of procedure
 * and conventions number the paragraphs of each provision from 1.
 */
export function opensProvision(lines: readonly Line[], i: number): boolean {
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < 2; k--) {
    const raw = lines[k].text;
    const prefix = MD_PREFIX_RE.exec(raw);
    const t = raw.slice(prefix ? prefix[0].length : 0).trim();
    if (t === '') continue;
    // `**Article 12**`: emphasis around the heading.
    let a = 0;
    let b = t.length;
    while (a < b && (t.charAt(a) === '*' || t.charAt(a) === '_')) a++;
    while (b > a && (t.charAt(b - 1) === '*' || t.charAt(b - 1) === '_')) b--;
    if (PROVISION_RE.test(t.slice(a, b))) return true;
    seen++;
  }
  return false;
}

/** Drops trailing spaces and tabs with a loop: `/[ \t]+$/` retries at every blank of a long run. */
export function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return end === s.length ? s : s.slice(0, end);
}
