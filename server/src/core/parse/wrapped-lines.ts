// Plain-text exports wrapped at a fixed width: where a wrapped text ends, when a number or label
// opening a line is only the wrap of running text, notes that go on across blank lines, and the
// contents page that runs until the body repeats its first chapter. Every lookahead is bounded.

import type { LineKind } from '../model';
import type { Line } from '../text';
import { ANNEX_RE, CHAPTER_RE, isTocEntry, LEADER_RE, NUMBERED_RE, SECTION_RE, SUBPARA_RE, isTerminal } from './markers';

/** `12 Ibid.`, `* Reissued …`, `[3] See …`, `[^3]: See …`: a footnote's label opens the line. */
const NOTE_LABEL_RE = /^[ \t]*(?:\d{1,3}|\*{1,3}|\[\^?\d{1,3}\]:?)[ \t]+\S/;

/** A subparagraph label inside running text: `are: (i) principled`, `and (b) the`. */
const INLINE_LABEL_RE = /\S[ \t]+\((?:[a-z]|[ivx]{1,4})\)(?:[ \t]|$)/;

/** `Contents`, `Table of contents` standing alone. */
const CONTENTS_RE = /^(?:(?:Table of )?[Cc]ontents|(?:TABLE OF )?CONTENTS)$/;
/** How far a contents page may reach, in lines. */
const CONTENTS_REACH = 400;

/** Lines shorter than this end where the author ended them; longer ones may have been wrapped. */
const WRAP_WIDTH_MIN = 60;

/** True when the next non-blank line after `i` (within a few) opens with a footnote's label. */
export function nextOpensNote(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    if (lines[k].text.trim() !== '') return NOTE_LABEL_RE.test(lines[k].text);
  }
  return false;
}

function startsWithMarker(t: string): boolean {
  return NUMBERED_RE.test(t) || SUBPARA_RE.test(t) || CHAPTER_RE.test(t) || SECTION_RE.test(t) || ANNEX_RE.test(t) || t.startsWith('<!--') || t.startsWith('#');
}

/**
 * The last line of the text that starts on line `i` when a plain-text export wrapped it: the following
 * lines go on while the line ends without final punctuation and the next one starts in lower case or
 * the line is long (filled to the wrapping width), up to the next blank line or marker. Bounded lookahead.
 */
export function wrappedEnd(lines: readonly Line[], i: number): number {
  let k = i;
  while (k + 1 < lines.length && k < i + 8) {
    const cur = lines[k].text.trim();
    const next = lines[k + 1].text.trim();
    if (next === '' || isTerminal(cur) || LEADER_RE.test(cur) || startsWithMarker(next)) break;
    const c = next.charCodeAt(0);
    const lower = c >= 97 && c <= 122;
    if (!lower && cur.length < WRAP_WIDTH_MIN) break;
    k++;
  }
  return k;
}

/**
 * A line of a run of names (`prev`) that ends where its author ended it, not at a wrap: short of the wrapping
 * width, with no separator at its end and no table cell, and the next line's content opening in capitals.
 */
export function endsAsWritten(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  if (p.length >= WRAP_WIDTH_MIN || p.indexOf('\t') !== -1 || p.endsWith(',') || p.endsWith(' and')) return false;
  const c = next.charCodeAt(0);
  return !(c >= 97 && c <= 122);
}

/** The text a heading judged by its end is judged by: line `i`'s content, or the last line its wrap reaches. */
export function wrappedEndText(lines: readonly Line[], i: number, content: string): { endLine: number; endText: string } {
  const endLine = wrappedEnd(lines, i);
  return { endLine, endText: endLine === i ? content : lines[endLine].text };
}

/** The line stops mid-sentence: a comma or a word (`… Results of Field-Testing,` / `2020.`). */
function unfinished(prev: string): boolean {
  return prev !== '' && !isTerminal(prev) && !LEADER_RE.test(prev);
}

function isYear(digits: string): boolean {
  const y = Number(digits);
  return digits.length === 4 && y >= 1900 && y <= 2099;
}

/** The line above is running text that stops mid-sentence: line `i` goes on with it. */
function continuesUnfinished(lines: readonly Line[], lineKinds: readonly LineKind[], i: number): boolean {
  if (i === 0) return false;
  const prev = lines[i - 1].text.trim();
  const kind = lineKinds[i - 1];
  const running = kind === 'paragraph' || kind === 'continuation' || kind === 'list-item' || kind === 'subparagraph';
  return running && prev.length >= WRAP_WIDTH_MIN && unfinished(prev);
}

/**
 * True when the number opening line `i` (`numberedM`, no bracket) is the wrap of running text:
 * `2024. The Committee …` after `… adopted in December` unless the number is due (`bodyDue`, `listDue`
 * or 1), and a year after a line that stops mid-sentence (`1971.` after `… Substances of`) always.
 */
export function numberIsWrappedText(lines: readonly Line[], lineKinds: readonly LineKind[], i: number, numberedM: RegExpExecArray, bodyDue: number, listDue: number | undefined): boolean {
  if (numberedM[1] !== '') return false;
  if (continuesUnfinished(lines, lineKinds, i)) {
    const n = Number(numberedM[2]);
    return n !== bodyDue && n !== listDue && n !== 1;
  }
  return isYear(numberedM[2]) && i > 0 && unfinished(lines[i - 1].text.trim());
}

/**
 * `… These areas are: (i)` / `principled performance …;` / `(ii) advancing partnerships …`: an
 * enumeration inside a paragraph that a text export wrapped so that a label opens a line. Such a
 * label's text goes on in lower case, and the running text above carries the labels before it.
 */
export function inlineEnumerationGoesOn(lines: readonly Line[], lineKinds: readonly LineKind[], m: RegExpExecArray, content: string, i: number): boolean {
  const c = content.charCodeAt(m[0].length);
  if (!(c >= 97 && c <= 122) || i === 0) return false;
  const kind = lineKinds[i - 1];
  if (kind !== 'paragraph' && kind !== 'continuation' && kind !== 'text') return false;
  for (let k = i - 1; k >= 0 && k >= i - 3 && lineKinds[k] !== 'blank'; k--) if (INLINE_LABEL_RE.test(lines[k].text)) return true;
  return false;
}

/** A reference that a subparagraph label completes: `paragraph 5`, `para. 12`, `subparagraph`, `article 4`. */
const REFERENCE_END_RE = /\b(?:sub)?(?:paragraphs?|paras?\.|articles?|rules?|sections?)(?: \d{1,4}(?:\.\d{1,3})?)?$/i;

/**
 * `… contained in paragraph 5` / `(b) of its previous report …`: a reference to a subparagraph that a
 * text export wrapped so that its label opens a line. The label's text goes on in lower case, and the
 * running line above (a paragraph's, a subparagraph's or plain text) ends with the reference the label completes.
 */
export function labelCompletesReference(lines: readonly Line[], lineKinds: readonly LineKind[], m: RegExpExecArray, content: string, i: number): boolean {
  const c = content.charCodeAt(m[0].length);
  if (!(c >= 97 && c <= 122) || i === 0) return false;
  const kind = lineKinds[i - 1];
  // A subparagraph's own line is running text too: `(d) Consult them, as set out in paragraph 5` / `(b) of …`.
  if (kind !== 'paragraph' && kind !== 'continuation' && kind !== 'text' && kind !== 'subparagraph') return false;
  return REFERENCE_END_RE.test(lines[i - 1].text.trimEnd());
}

/** Running text ending in a pair of labels cut after its connector: `sub-items 3 (a) and`, `(i), (ii) or`. */
const LABEL_PAIR_END_RE = /\S[ \t]+\((?:[a-z]{1,2}|[ivxl]{1,5})\),?[ \t]+(?:and|or|to)$/;

/**
 * `… discussion on sub-items 3 (a) and` / `(b) (see para. 10).`: the second label of a pair that a text export
 * wrapped so that it opens a line. The running line above (a paragraph's, a subparagraph's or plain text)
 * ends with the first label and its connector; a list of subparagraphs never does.
 */
export function labelEndsPair(lines: readonly Line[], lineKinds: readonly LineKind[], i: number): boolean {
  if (i === 0) return false;
  const kind = lineKinds[i - 1];
  if (kind !== 'paragraph' && kind !== 'continuation' && kind !== 'text' && kind !== 'subparagraph') return false;
  return LABEL_PAIR_END_RE.test(lines[i - 1].text.trimEnd());
}

/** The start of a heading's title, as the contents page and the body both give it. */
function titleKey(title: string): string {
  // Leaders, page numbers and punctuation drop out: `Introduction . . . 3` is `Introduction`.
  return title.slice(0, 60).replace(/[^\p{L} ]+/gu, ' ').replace(/ +/g, ' ').trim().slice(0, 20).toLowerCase();
}

/**
 * A contents page: from `Contents` to the body, whose first chapter repeats the page's first entry.
 * Its heading lines may have lost their leaders and page numbers to a text export (set on a line of
 * their own after a blank line, or dropped).
 */
export class ContentsPage {
  private open = false;
  private line = -1;
  private firstChapter = '';

  constructor(private readonly lines: readonly Line[]) {}

  /** Line `i` (not blank, comment or separator) may be the page's `Contents` title. */
  noteTitle(content: string, i: number): void {
    if (!this.open && this.line === -1 && CONTENTS_RE.test(content)) {
      this.open = true;
      this.line = i;
    }
  }

  /** True when the heading line `i` is an entry of the open page; its first chapter coming again without leaders closes it. */
  holds(chapter: RegExpExecArray | null, i: number): boolean {
    if (!this.open) return false;
    if (chapter) {
      // The title says which chapter it is: the contents may list a decision `I.` under a section too.
      const title = titleKey(chapter[2] ?? this.nextNonBlank(i));
      if (this.firstChapter === '') this.firstChapter = `${chapter[1]} ${title}`;
      else if (`${chapter[1]} ${title}` === this.firstChapter && !isTocEntry(this.lines, i)) {
        this.open = false;
        return false;
      }
    }
    return true;
  }

  /** True when the numbered line `i` is an entry of the open page's list of tables or figures: `1. Losses …… 5`. */
  holdsNumbered(i: number): boolean {
    return this.open && isTocEntry(this.lines, i);
  }

  /** True while a contents page is being read. */
  get isOpen(): boolean {
    return this.open;
  }

  /** A body paragraph, or a reach past any contents page, ends the page. */
  passLine(i: number, numbered: boolean): void {
    if (this.open && (numbered || i - this.line > CONTENTS_REACH)) this.open = false;
  }

  private nextNonBlank(i: number): string {
    for (let k = i + 1; k < this.lines.length && k <= i + 3; k++) if (this.lines[k].text.trim() !== '') return this.lines[k].text.trim();
    return '';
  }
}
