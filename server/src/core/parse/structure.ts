// The line-by-line structure of a draft: headings, numbered paragraphs, lists and subparagraphs.
// One pass over the lines with a little state; ambiguity ("is `3.` a paragraph or a list item?")
// is settled from context: a preceding colon, the running paragraph number, the chapter, the annex.
// Each kind of line has its own step below; markers.ts says what a line opens with, wrapped-lines.ts
// how a plain-text export wrapped at a fixed width hides or fakes a marker.

import type { ListItem, MarkerKind } from '../model';
import type { Line } from '../text';
import {
  bareChapter, GLUED_SUBPARA_RE, hasMarker, isInitial, isTocEntry, leadsToParagraph, type Markers, matchMarkers, MD_PREFIX_RE, NUMBERED_BARE_RE,
  opensProvision, opensTableRow, SENTENCE_END_RE, SEPARATOR_RE, isTerminal, trimEndBlanks, runReturnsTo,
} from './markers';
import { letterValue, romanValue } from './numerals';
import { placeSubparagraph } from './subparagraphs';
import { type PendingParagraph, type Structure, StructureState } from './structure-state';
import { ContentsPage, inlineEnumerationGoesOn, labelCompletesReference, labelEndsPair, nextOpensNote, numberIsWrappedText, wrappedEndText } from './wrapped-lines';

/** Lines whose wrap goes on as their continuation even where no numbered paragraph is open. */
const WRAPPED_ITEM_KINDS: ReadonlySet<string> = new Set(['subparagraph', 'list-item', 'continuation']);

export type { Structure } from './structure-state';

/** One line being read: its content without Markdown markers, where that starts, and its markers. */
interface LineRead {
  readonly i: number;
  readonly line: Line;
  readonly content: string;
  readonly cs: number;
  /** Markdown `#` count. */
  readonly hashes: number;
  readonly m: Markers;
}

/** Where a numbered line goes: a list item, a new list, a numbered subheading, or a body paragraph. */
interface NumberedPlace {
  asItem: boolean;
  startList: boolean;
  candidateRestart: boolean;
  subheading: boolean;
  /** The last line of the line's wrapped text: headings are judged by where their text ends. */
  endText: string;
}

/** `asides`: a mark per line set beside the body (a text box): read as text of its own, outside the structure. */
export function parseStructure(lines: readonly Line[], asides?: Uint8Array): Structure {
  return new StructureReader(lines, asides).read();
}

class StructureReader extends StructureState {
  private readonly contents = new ContentsPage(this.lines);

  constructor(lines: readonly Line[], private readonly asides?: Uint8Array) {
    super(lines);
  }

  read(): Structure {
    for (let i = 0; i < this.lines.length; i++) this.readLine(i);
    this.flushCurrent();
    this.endList(false);
    const { lineKinds, contentStarts, headings, paragraphs, itemGroups, annexStartLine, bodyStartLine, lines } = this;
    return { lineKinds, contentStarts, headings, paragraphs, itemGroups, annexStartLine, bodyStartLine: bodyStartLine === -1 ? lines.length : bodyStartLine };
  }

  // -------------------------------------------------------------------------------------------
  // One line: blank, comment and separator lines first, then by the marker it opens with

  private readLine(i: number): void {
    const line = this.lines[i];
    const raw = line.text;
    const prefix = MD_PREFIX_RE.exec(raw);
    const prefixLen = prefix ? prefix[0].length : 0;
    const hashes = prefix && prefix[1] ? prefix[1].length : 0;
    const content = trimEndBlanks(raw.slice(prefixLen));
    const cs = line.start + prefixLen;
    this.contentStarts[i] = cs;
    // A text box's line leaves the body's paragraph, list and numbering as they were: the body goes on after it.
    if (this.asides?.[i] && content !== '') {
      this.lineKinds[i] = 'aside';
      return;
    }
    if (this.readUnmarked(i, content, raw)) return;
    this.contents.noteTitle(content, i);

    const m = matchMarkers(content);
    if (hasMarker(m) && !m.annex && !this.contents.isOpen && opensTableRow(this.lines, i, content)) m.chapter = m.chapterWord = m.section = m.numbered = m.sub = null;
    if (m.section && !m.chapter && isInitial(m.section, this.lines, this.lineKinds, i, this.lastSection)) m.section = null;
    if (m.sub && (inlineEnumerationGoesOn(this.lines, this.lineKinds, m.sub, content, i)
      || labelCompletesReference(this.lines, this.lineKinds, m.sub, content, i) || labelEndsPair(this.lines, this.lineKinds, i))) m.sub = null;
    if (!hasMarker(m) && !this.inFootnotes) this.recoverBareMarker(i, content, hashes, m);
    const bodyDue = (this.current ? this.current.number : this.lastBody) + 1;
    if (m.numbered && numberIsWrappedText(this.lines, this.lineKinds, i, m.numbered, bodyDue, this.list && this.list.last + 1)) m.numbered = null;
    if (this.inFootnotes && !hasMarker(m)) {
      this.lineKinds[i] = 'footnote';
      return;
    }
    this.inFootnotes = false;
    // The title under `Chapter II` belongs to the heading: what follows it opens the chapter.
    if (i === this.chapterTitleLine && !hasMarker(m)) {
      this.lineKinds[i] = 'heading';
      this.prevText = content;
      return;
    }
    if ((m.numbered && this.contents.holdsNumbered(i)) || ((m.chapter || m.chapterWord || m.section || m.annex) && (this.contents.holds(m.chapter ?? m.chapterWord, i) || isTocEntry(this.lines, i)))) {
      this.lineKinds[i] = 'toc';
      return;
    }
    this.contents.passLine(i, !!m.numbered);
    const r: LineRead = { i, line, content, cs, hashes, m };
    if (m.annex) this.readAnnex(r, m.annex);
    else if (!this.readChapterOrSection(r) && !this.readMarkdownHeading(r)) {
      if (m.numbered) this.readNumbered(r, m.numbered);
      else if (m.sub) this.readSubparagraph(r, m.sub);
      else this.readPlainText(r);
    }
  }

  /** Blank lines, comments and the footnote separator; true when the line was one. */
  private readUnmarked(i: number, content: string, raw: string): boolean {
    if (content === '') {
      this.lineKinds[i] = 'blank';
      // Markdown renderings set a blank line between the notes under a separator: the notes go on while
      // the next line opens with a note's label.
      this.inFootnotes = this.inFootnotes && nextOpensNote(this.lines, i);
      if (this.current) this.flushCurrent();
      return true;
    }
    if (content.startsWith('<!--')) {
      this.lineKinds[i] = 'comment';
      return true;
    }
    if (SEPARATOR_RE.test(raw)) {
      this.lineKinds[i] = 'separator';
      this.flushCurrent();
      this.inFootnotes = true;
      return true;
    }
    return false;
  }

  /**
   * A numeral or number that lost its period, read as such only where exactly that number is due;
   * the rules then report the missing period instead of a gap.
   */
  private recoverBareMarker(i: number, content: string, hashes: number, m: Markers): void {
    const { lines, lineKinds, headings, chapter, current, list } = this;
    const prevEnds = i === 0 || lines[i - 1].text.trim() === '' || isTerminal(lines[i - 1].text) || lineKinds[i - 1] === 'heading';
    const lastChapter = chapter !== -1 && headings[chapter].kind === 'chapter' ? headings[chapter].ordinal : 0;
    const bare = prevEnds && hashes === 0 ? bareChapter(content, lastChapter) : null;
    if (bare) {
      m.chapter = bare;
    } else if (prevEnds) {
      const nb = NUMBERED_BARE_RE.exec(content);
      const n = nb ? Number(nb[2]) : 0;
      const bodyDue = (current ? current.number : this.lastBody) + 1;
      if (nb && list && list.last > 0 && n === list.last + 1) m.numbered = nb;
      else if (nb && bodyDue > 1 && n === bodyDue && content.length >= 40 && isTerminal(content)) m.numbered = nb;
    }
    // `(b)Second item;` after `(a) First item;`: the label is the next of an open level, so it is one,
    // run into its text (the punctuation rule reports the missing space); read as text, it would make
    // the following `(c)` look out of sequence.
    const glued = hashes === 0 && !m.numbered && !m.chapter ? GLUED_SUBPARA_RE.exec(content) : null;
    if (glued && this.continuesOpenLevel(glued[1])) m.sub = glued;
  }

  // -------------------------------------------------------------------------------------------
  // Headings

  private readAnnex(r: LineRead, annexM: RegExpExecArray): void {
    const { i, content, cs } = r;
    this.flushCurrent();
    this.endList(false);
    this.subs = [];
    this.scope++;
    if (this.annexStartLine === this.lines.length) this.annexStartLine = i;
    this.lastBody = 0;
    this.lastSection = 0;
    this.chapterHasBody = false;
    const label = annexM[1] ?? '';
    const labelStart = label ? cs + content.lastIndexOf(label) : cs;
    this.headings.push({
      kind: 'annex', level: 1, label, ordinal: label ? romanValue(label) : 0, title: content,
      line: i, range: { start: cs, end: cs + content.length }, labelRange: { start: labelStart, end: labelStart + label.length },
      scope: this.scope, chapterWord: false,
    });
    this.chapter = this.headings.length - 1;
    this.markHeading(i, content, true);
  }

  /** `IV. Title`, `Chapter IV` with the title below, `B. Title`; true when the line was one. */
  private readChapterOrSection(r: LineRead): boolean {
    const { i, content, cs, m } = r;
    // A single letter that is also a roman numeral (I, V, X, L, C) is a section when it follows
    // the previous section letter, and a chapter otherwise.
    let isChapter = !!(m.chapter || m.chapterWord);
    let isSection = !!m.section && !isChapter;
    if (m.chapter && m.chapter[1].length === 1 && m.section) {
      const letter = letterValue(m.chapter[1]);
      if ((letter === this.lastSection + 1 && this.lastSection > 0) || !'IVX'.includes(m.chapter[1])) {
        isChapter = false;
        isSection = true;
      }
    }
    if (!isChapter && !isSection) return false;
    this.flushCurrent();
    this.endList(false);
    this.subs = [];
    const label = isChapter ? (m.chapter ? m.chapter[1] : (m.chapterWord as RegExpExecArray)[1]) : (m.section as RegExpExecArray)[1];
    let title = isChapter ? (m.chapter ? m.chapter[2] : '') : (m.section as RegExpExecArray)[2];
    if (m.chapterWord) title = this.titleBelow(i) ?? title;
    const labelStart = m.chapterWord ? cs + content.indexOf(label, 7) : cs;
    this.headings.push({
      kind: isChapter ? 'chapter' : 'section',
      level: isChapter ? 1 : 2,
      label,
      ordinal: isChapter ? romanValue(label) : letterValue(label),
      title,
      line: i,
      range: { start: cs, end: cs + content.length },
      labelRange: { start: labelStart, end: labelStart + label.length },
      scope: this.scope,
      chapterWord: !!m.chapterWord,
    });
    if (isChapter) {
      this.chapter = this.headings.length - 1;
      this.chapterHasBody = false;
      this.lastSection = 0;
    } else {
      this.lastSection = letterValue(label);
    }
    this.markHeading(i, content, true);
    return true;
  }

  /** The title of a `Chapter IV` heading: the next non-blank line within three (kept as the heading's line). */
  private titleBelow(i: number): string | undefined {
    for (let k = i + 1; k < this.lines.length && k <= i + 3; k++) {
      const t = this.lines[k].text.trim();
      if (t !== '') {
        this.chapterTitleLine = k;
        return t;
      }
    }
    return undefined;
  }

  /** `## Something` without a number or label; true when the line was one. */
  private readMarkdownHeading(r: LineRead): boolean {
    const { i, content, cs, hashes, m } = r;
    if (hashes === 0 || m.numbered || m.sub) return false;
    this.flushCurrent();
    this.headings.push({
      kind: 'other', level: hashes + 1, label: '', ordinal: 0, title: content, line: i,
      range: { start: cs, end: cs + content.length }, labelRange: { start: cs, end: cs }, scope: this.scope, chapterWord: false,
    });
    this.markHeading(i, content, false);
    return true;
  }

  private markHeading(i: number, content: string, startsBody: boolean): void {
    this.lineKinds[i] = 'heading';
    if (startsBody && this.bodyStartLine === -1) this.bodyStartLine = i;
    this.prevText = content;
  }

  // -------------------------------------------------------------------------------------------
  // Numbered lines: paragraphs, list items, numbered subheadings

  private readNumbered(r: LineRead, numberedM: RegExpExecArray): void {
    const { i, line, content, cs } = r;
    this.flushCurrent();
    this.subs = [];
    const bracketed = numberedM[1] === '[';
    const n = Number(numberedM[2]);
    const numberStart = cs + numberedM[1].length;
    const numberEnd = numberStart + numberedM[2].length;
    const afterColon = /:\s*$/.test(this.prevText);
    const pending: PendingParagraph = {
      number: n, line: i, numberStart, numberEnd, start: numberStart, end: line.end, endLine: i,
      firstLineText: content.slice(numberedM[0].length), bracketed,
    };
    const place = this.placeNumbered(r, n, bracketed, afterColon);
    if (place.startList) {
      this.endList(true);
      this.list = {
        group: { kind: 'number', depth: 1, paragraph: this.ownerParagraph(), items: [] }, last: 0, candidateRestart: place.candidateRestart, pending: [],
        uncalled: !afterColon && this.previousKind(i) === 'paragraph', chars: 0,
      };
      this.itemGroups.push(this.list.group);
      place.asItem = true;
    }
    if (place.subheading || (!place.asItem && n < this.lastBody && !/[.;:\]]\s*$/.test(place.endText) && content.length < 200)) {
      // A numbered subheading (the third heading level, R19), not a paragraph out of order.
      this.headings.push({
        kind: 'other', level: 3, label: numberedM[2], ordinal: n, title: content.slice(numberedM[0].length), line: i,
        range: { start: cs, end: cs + content.length }, labelRange: { start: numberStart, end: numberEnd }, scope: this.scope, chapterWord: false,
      });
      this.markHeading(i, content, false);
      return;
    }
    if (place.asItem && this.list) {
      const dot = content.charAt(numberedM[1].length + numberedM[2].length) === '.' ? 1 : 0;
      this.list.group.items.push({
        kind: 'number', label: numberedM[2], ordinal: n, markerRange: { start: numberStart, end: numberEnd + dot },
        labelRange: { start: numberStart, end: numberEnd }, range: { start: numberStart, end: line.end }, line: i,
      });
      this.list.last = n;
      this.list.chars += content.length;
      this.list.pending.push(pending);
      this.lineKinds[i] = 'list-item';
    } else {
      this.lineKinds[i] = 'paragraph';
      this.current = pending;
      if (this.bodyStartLine === -1) this.bodyStartLine = i;
    }
    this.prevText = content;
  }

  /** Settles what a numbered line is from the running paragraph number, an open list and a colon before it. */
  private placeNumbered(r: LineRead, n: number, bracketed: boolean, afterColon: boolean): NumberedPlace {
    const { i, content, hashes } = r;
    const { list, lastBody } = this;
    const bodyNext = lastBody + 1;
    const { endLine, endText } = wrappedEndText(this.lines, i, content);
    const place: NumberedPlace = { asItem: false, startList: false, candidateRestart: false, subheading: false, endText };
    // `1. Changes in the scope of control` under a section, followed by the next body paragraph:
    // a numbered subheading (R19 third level), not the start of a list.
    // A Markdown heading `### 2. Challenges …` is a numbered subheading wherever it stands.
    place.subheading = (hashes > 0 && !bracketed) || (n === 1 && lastBody > 0 && !afterColon && !SENTENCE_END_RE.test(endText) && content.length < 200
      && leadsToParagraph(this.lines, endLine, bodyNext));
    if (place.subheading) {
      this.endList(true);
    } else if (n === 1 && lastBody > 0 && opensProvision(this.lines, i)) {
      // The paragraphs of a rule or an article of a text the report holds, not the report's own restarting.
      place.startList = true;
    } else if (list && n === 1 && n !== bodyNext) {
      // A second numbered text inside the same stretch (the next resolution's operative paragraphs).
      place.startList = true;
      place.candidateRestart = list.candidateRestart;
    } else if (list && !(n === 1 && afterColon)) {
      place.asItem = this.continuesList(list, n, bodyNext, content, i);
    } else if (afterColon && n !== bodyNext && (n === 1 || n < lastBody || runReturnsTo(this.lines, i, n, bodyNext))) {
      // A list after a colon starts at 1 (or lower than the running paragraph number), or runs on
      // until the next paragraph's number comes (agenda items 5–7); a higher number after `Option 3:`
      // is a paragraph after a gap.
      place.startList = true;
    } else if (n !== bodyNext && n === 1 && lastBody > 0) {
      place.startList = true;
      // Only right under a heading: a `1.` after the title and preamble of a quoted resolution starts its list.
      const ch = this.chapter;
      place.candidateRestart = !this.chapterHasBody && ch !== -1 && this.headings[ch].kind === 'chapter' && this.previousKind(i) === 'heading';
    }
    return place;
  }

  // -------------------------------------------------------------------------------------------
  // Subparagraphs and plain text

  private readSubparagraph(r: LineRead, subM: RegExpExecArray): void {
    const { i, line, content, cs, hashes } = r;
    this.flushCurrent();
    const label = subM[1];
    const markerStart = cs;
    const throughLabel: string | undefined = subM[2];
    const throughOf = (kind: MarkerKind): number => (throughLabel === undefined ? 0 : kind === 'letter' ? letterValue(throughLabel) : romanValue(throughLabel));
    const item = (kind: MarkerKind, ordinal: number): ListItem => ({
      kind, label, ordinal, markerRange: { start: markerStart, end: markerStart + label.length + 2 },
      labelRange: { start: markerStart + 1, end: markerStart + 1 + label.length },
      range: { start: markerStart, end: line.end }, line: i,
      ...(throughOf(kind) > ordinal ? { through: throughOf(kind) } : {}),
    });
    // `(b) Consideration of a proposal …` with no final punctuation, not continuing an open level
    // and followed by the next body paragraph: a lettered subheading (R19), not a subparagraph.
    const { endLine, endText } = wrappedEndText(this.lines, i, content);
    if (hashes > 0 || (!SENTENCE_END_RE.test(endText) && content.length < 300 && !/:\s*$/.test(this.prevText)
      && !this.continuesOpenLevel(label) && leadsToParagraph(this.lines, endLine, this.lastBody + 1))) {
      this.subs = [];
      const letter = letterValue(label);
      this.headings.push({
        kind: 'other', level: 4, label, ordinal: letter > 0 ? letter : romanValue(label),
        title: content.slice(subM[0].length), line: i, range: { start: cs, end: cs + content.length },
        labelRange: { start: markerStart + 1, end: markerStart + 1 + label.length }, scope: this.scope, chapterWord: false,
      });
      this.markHeading(i, content, false);
      return;
    }
    placeSubparagraph(this.subs, label, item, (group) => this.itemGroups.push(group), () => this.ownerParagraph(), /:\s*$/.test(this.prevText));
    // `(i)–(iii)`: the level goes on after the last label of the range.
    const top = this.subs[this.subs.length - 1];
    if (throughLabel !== undefined && top && throughOf(top.kind) > top.last) top.last = throughOf(top.kind);
    this.lineKinds[i] = 'subparagraph';
    this.prevText = content;
  }

  /** A wrapped continuation of the paragraph above, or a line of its own. */
  private readPlainText(r: LineRead): void {
    const { i, line, content } = r;
    const above = this.lines[i - 1];
    if (this.current && above && above.text.trim() !== '' && !isTerminal(above.text)) {
      this.current.end = line.end;
      this.current.endLine = i;
      this.lineKinds[i] = 'continuation';
    } else if (above && !isTerminal(above.text) && WRAPPED_ITEM_KINDS.has(this.lineKinds[i - 1])) {
      // The wrap of a subparagraph or list item outside any numbered paragraph (a negotiated text's operative part).
      this.lineKinds[i] = 'continuation';
    } else {
      this.flushCurrent();
      this.lineKinds[i] = 'text';
    }
    this.prevText = content;
  }
}
