// The line-by-line structure of a draft: headings, numbered paragraphs, lists and subparagraphs.
// One pass over the lines with a little state; ambiguity ("is `3.` a paragraph or a list item?")
// is settled from context: a preceding colon, the running paragraph number, the chapter, the annex.

import type { Heading, ItemGroup, LineKind, ListItem, MarkerKind, Paragraph } from '../model';
import type { Line } from '../text';
import { letterValue, romanValue } from './numerals';

const MD_PREFIX_RE = /^[ \t]*(?:(#{1,6})[ \t]+)?(?:[-*+][ \t]+)?/;
const CHAPTER_RE = /^([IVXLC]{1,7})\.[ \t]+(\S.*)$/;
const CHAPTER_WORD_RE = /^Chapter[ \t]+([IVXLC]{1,7})[ \t]*$/;
const SECTION_RE = /^([A-Z])\.[ \t]+(\S.*)$/;
const NUMBERED_RE = /^(\[?)(\d{1,4})\.(?:[ \t]+|$)/;
/** `(c) `, or a range of labels `(i)–(iii) ` that one text covers. */
const SUBPARA_RE = /^\(([a-z]{1,2}|[ivxlc]{1,6})\)(?:[–—-]\(([a-z]{1,2}|[ivxlc]{1,6})\))?(?:[ \t]+|$)/;
const ANNEX_RE = /^Annex(?:es)?(?:[ \t]+([IVXLC]{1,7}))?[ \t]*$/;
const SEPARATOR_RE = /^[ \t]*_{5,}[ \t]*$/;
const LEADER_RE = /(?:\. ?){4,}|…{2,}|\t(?:\d+|[ivxlc]+)[ \t]*$|\t\d+[–-]\d+\t/;
const TERMINAL_RE = /[.:;!?”"')\]]\s*$/;
/** `II Organization of work` — a chapter heading whose numeral lost its period (read only where chapter II is due). */
const CHAPTER_BARE_RE = /^([IVXLC]{1,7})[ \t]+([A-Z].*)$/;
/** `73 Take appropriate measures …` — a number that lost its period (read only where that number is due). */
const NUMBERED_BARE_RE = /^()(\d{1,4})[ \t]+(?=[A-Z“"(])/;
/** Ends like a sentence, a list item or a clause: not a heading. */
const SENTENCE_END_RE = /[.;:,]\s*$/;

export interface Structure {
  lineKinds: LineKind[];
  contentStarts: number[];
  headings: Heading[];
  paragraphs: Paragraph[];
  itemGroups: ItemGroup[];
  annexStartLine: number;
  /** First line of the body: the first heading or numbered paragraph. */
  bodyStartLine: number;
}

interface PendingParagraph {
  number: number;
  line: number;
  numberStart: number;
  numberEnd: number;
  start: number;
  end: number;
  endLine: number;
  firstLineText: string;
  bracketed: boolean;
}

interface ListState {
  group: ItemGroup;
  last: number;
  /** Started by a `1.` at the head of a chapter: if the body numbering never resumes, it was a restart. */
  candidateRestart: boolean;
  pending: PendingParagraph[];
  /** Started by a `1.` right after a paragraph, with no colon to introduce it. */
  uncalled: boolean;
  /** Total length of the items' lines, to tell short agenda items from paragraphs. */
  chars: number;
}

interface SubLevel {
  kind: MarkerKind;
  last: number;
  group: ItemGroup;
}

/**
 * True when the next numbered line, within a few lines, is the body paragraph `next`, reached only
 * through unpunctuated lines (a wrapped heading, or a lettered subheading under it). Bounded lookahead.
 */
function leadsToParagraph(lines: readonly Line[], i: number, next: number): boolean {
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

/** `12 Ibid.`, `* Reissued …`, `[3] See …`, `[^3]: See …`: a footnote's label opens the line. */
const NOTE_LABEL_RE = /^[ \t]*(?:\d{1,3}|\*{1,3}|\[\^?\d{1,3}\]:?)[ \t]+\S/;

/** True when the next non-blank line after `i` (within a few) opens with a footnote's label. */
function nextOpensNote(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    if (lines[k].text.trim() !== '') return NOTE_LABEL_RE.test(lines[k].text);
  }
  return false;
}

/** True when the line, or a continuation of it, carries contents-page leaders or page numbers. */
function isTocEntry(lines: readonly Line[], i: number): boolean {
  // A text export wrapped at 80 columns spreads a long entry over several lines before its leaders.
  for (let k = i; k < lines.length && k <= i + 5; k++) {
    const t = lines[k].text;
    if (t.trim() === '') return false;
    if (LEADER_RE.test(t)) return true;
    if (k > i && (CHAPTER_RE.test(t.trim()) || SECTION_RE.test(t.trim()) || NUMBERED_RE.test(t.trim()))) return false;
  }
  return false;
}

/**
 * The last line of the text that starts on line `i` when a plain-text export wrapped it: the following
 * lines go on while the line ends without final punctuation and the next one starts in lower case or
 * the line is long (filled to the wrapping width), up to the next blank line or marker. Bounded lookahead.
 */
function wrappedEnd(lines: readonly Line[], i: number): number {
  let k = i;
  while (k + 1 < lines.length && k < i + 8) {
    const cur = lines[k].text.trim();
    const next = lines[k + 1].text.trim();
    if (next === '' || TERMINAL_RE.test(cur) || LEADER_RE.test(cur) || startsWithMarker(next)) break;
    const c = next.charCodeAt(0);
    const lower = c >= 97 && c <= 122;
    if (!lower && cur.length < WRAP_WIDTH_MIN) break;
    k++;
  }
  return k;
}

/** The start of a heading's title, as the contents page and the body both give it. */
function titleKey(title: string): string {
  // Leaders, page numbers and punctuation drop out: `Introduction . . . 3` is `Introduction`.
  return title.slice(0, 60).replace(/[^\p{L} ]+/gu, ' ').replace(/ +/g, ' ').trim().slice(0, 20).toLowerCase();
}

/** A subparagraph label inside running text: `are: (i) principled`, `and (b) the`. */
const INLINE_LABEL_RE = /\S[ \t]+\((?:[a-z]|[ivx]{1,4})\)(?:[ \t]|$)/;

/** `Contents`, `Table of contents` standing alone. */
const CONTENTS_RE = /^(?:Table of )?[Cc]ontents$/;
/** How far a contents page may reach, in lines. */
const CONTENTS_REACH = 400;

/** Lines shorter than this end where the author ended them; longer ones may have been wrapped. */
const WRAP_WIDTH_MIN = 60;

function startsWithMarker(t: string): boolean {
  return NUMBERED_RE.test(t) || SUBPARA_RE.test(t) || CHAPTER_RE.test(t) || SECTION_RE.test(t) || ANNEX_RE.test(t) || t.startsWith('<!--') || t.startsWith('#');
}

export function parseStructure(lines: readonly Line[]): Structure {
  const lineKinds: LineKind[] = new Array(lines.length).fill('text');
  const contentStarts: number[] = new Array(lines.length).fill(0);
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const itemGroups: ItemGroup[] = [];

  let scope = 0;
  let annexStartLine = lines.length;
  let bodyStartLine = -1;
  let lastBody = 0;
  let chapter = -1;
  let chapterHasBody = false;
  let lastSection = 0;
  let list: ListState | undefined;
  let subs: SubLevel[] = [];
  let current: PendingParagraph | undefined; // the paragraph continuation lines extend
  let inFootnotes = false;
  /** A contents page: from `Contents` to the body, whose first chapter repeats the page's first entry. */
  const contents = { open: false, line: -1, firstChapter: '' };
  let prevText = '';
  /** The line that carries the title of a `Chapter II` heading standing on its own line (R19). */
  let chapterTitleLine = -1;

  const emitParagraph = (p: PendingParagraph): void => {
    paragraphs.push({
      number: p.number,
      numberRange: { start: p.numberStart, end: p.numberEnd },
      range: { start: p.start, end: p.end },
      line: p.line,
      endLine: p.endLine,
      firstLineText: p.firstLineText,
      scope,
      chapter,
      bracketed: p.bracketed,
    });
    lastBody = p.number;
    chapterHasBody = true;
  };

  const endList = (resumed: boolean, wereParagraphs = false): void => {
    if (!list) return;
    if ((wereParagraphs || (list.candidateRestart && !resumed)) && list.pending.length > 0) {
      // The old sequence never came back: these were paragraphs that restarted at 1.
      const idx = itemGroups.indexOf(list.group);
      if (idx !== -1) itemGroups.splice(idx, 1);
      for (const p of list.pending) {
        lineKinds[p.line] = 'paragraph';
        emitParagraph(p);
      }
    }
    list = undefined;
  };

  /** The paragraph that items starting here belong to: the last one, unless a heading came after it. */
  const ownerParagraph = (): number => {
    const p = paragraphs.length - 1;
    if (p < 0) return -1;
    const h = headings[headings.length - 1];
    return h && h.line > paragraphs[p].line ? -1 : p;
  };

  const resetSubs = (): void => {
    subs = [];
  };

  const flushCurrent = (): void => {
    if (current) {
      emitParagraph(current);
      current = undefined;
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const raw = line.text;
    const prefix = MD_PREFIX_RE.exec(raw);
    const prefixLen = prefix ? prefix[0].length : 0;
    const hashes = prefix && prefix[1] ? prefix[1].length : 0;
    const content = trimEndBlanks(raw.slice(prefixLen));
    const cs = line.start + prefixLen;
    contentStarts[i] = cs;

    if (content === '') {
      lineKinds[i] = 'blank';
      // Markdown renderings set a blank line between the notes under a separator: the notes go on while
      // the next line opens with a note's label.
      inFootnotes = inFootnotes && nextOpensNote(lines, i);
      if (current) flushCurrent();
      continue;
    }
    if (content.startsWith('<!--')) {
      lineKinds[i] = 'comment';
      continue;
    }
    if (SEPARATOR_RE.test(raw)) {
      lineKinds[i] = 'separator';
      flushCurrent();
      inFootnotes = true;
      continue;
    }

    if (!contents.open && contents.line === -1 && CONTENTS_RE.test(content)) {
      contents.open = true;
      contents.line = i;
    }

    // Each pattern starts with a known character: the first one decides which can match at all.
    const c0 = content.charCodeAt(0);
    const upper = c0 >= 65 && c0 <= 90;
    let chapterM = upper ? CHAPTER_RE.exec(content) : null;
    const chapterWordM = chapterM || c0 !== 67 /* C */ ? null : CHAPTER_WORD_RE.exec(content);
    let sectionM = !upper || (chapterM && chapterM[1].length > 1) ? null : SECTION_RE.exec(content);
    if (sectionM && !chapterM && isInitial(sectionM, i)) sectionM = null;
    const annexM = c0 === 65 /* A */ ? ANNEX_RE.exec(content) : null;
    let numberedM = c0 === 91 /* [ */ || (c0 >= 48 && c0 <= 57) ? NUMBERED_RE.exec(content) : null;
    let subM = c0 === 40 /* ( */ ? SUBPARA_RE.exec(content) : null;
    if (subM && inlineEnumerationGoesOn(subM, content, i)) subM = null;
    if (!chapterM && !chapterWordM && !sectionM && !annexM && !numberedM && !subM && !inFootnotes) {
      // A numeral or number that lost its period, read as such only where exactly that number is due;
      // the rules then report the missing period instead of a gap.
      const prevEnds = i === 0 || lines[i - 1].text.trim() === '' || TERMINAL_RE.test(lines[i - 1].text) || lineKinds[i - 1] === 'heading';
      const bare = prevEnds && hashes === 0 ? CHAPTER_BARE_RE.exec(content) : null;
      const lastChapter = chapter !== -1 && headings[chapter].kind === 'chapter' ? headings[chapter].ordinal : 0;
      if (bare && lastChapter > 0 && romanValue(bare[1]) === lastChapter + 1 && content.length <= 150 && !SENTENCE_END_RE.test(content)) {
        chapterM = bare;
      } else if (prevEnds) {
        const nb = NUMBERED_BARE_RE.exec(content);
        const n = nb ? Number(nb[2]) : 0;
        const bodyDue = (current ? current.number : lastBody) + 1;
        if (nb && list && list.last > 0 && n === list.last + 1) numberedM = nb;
        else if (nb && bodyDue > 1 && n === bodyDue && content.length >= 40 && TERMINAL_RE.test(content)) numberedM = nb;
      }
    }
    if (numberedM && numberedM[1] === '' && continuesUnfinished(i)) {
      // `2024. The Committee …` after `… adopted in December`: a wrapped sentence, unless the number is due.
      const n = Number(numberedM[2]);
      if (n !== (current ? current.number : lastBody) + 1 && !(list && n === list.last + 1) && n !== 1) numberedM = null;
    } else if (numberedM && numberedM[1] === '' && isYear(numberedM[2]) && i > 0 && unfinished(lines[i - 1].text.trim())) {
      // `1971.` after `… the Convention on Psychotropic Substances of`: a year, never paragraph 1971.
      numberedM = null;
    }
    const structural = !!(chapterM || chapterWordM || sectionM || annexM || numberedM || subM);

    if (inFootnotes && !structural) {
      lineKinds[i] = 'footnote';
      continue;
    }
    inFootnotes = false;

    // The title under `Chapter II` belongs to the heading: what follows it opens the chapter.
    if (i === chapterTitleLine && !structural) {
      lineKinds[i] = 'heading';
      prevText = content;
      continue;
    }

    if ((chapterM || chapterWordM || sectionM || annexM) && (inContents(chapterM ?? chapterWordM, i) || isTocEntry(lines, i))) {
      lineKinds[i] = 'toc';
      continue;
    }
    if (contents.open && (numberedM || i - contents.line > CONTENTS_REACH)) contents.open = false;

    if (annexM) {
      flushCurrent();
      endList(false);
      resetSubs();
      scope++;
      if (annexStartLine === lines.length) annexStartLine = i;
      lastBody = 0;
      lastSection = 0;
      chapterHasBody = false;
      const label = annexM[1] ?? '';
      const labelStart = label ? cs + content.lastIndexOf(label) : cs;
      headings.push({
        kind: 'annex', level: 1, label, ordinal: label ? romanValue(label) : 0, title: content,
        line: i, range: { start: cs, end: cs + content.length }, labelRange: { start: labelStart, end: labelStart + label.length },
        scope, chapterWord: false,
      });
      chapter = headings.length - 1;
      lineKinds[i] = 'heading';
      if (bodyStartLine === -1) bodyStartLine = i;
      prevText = content;
      continue;
    }

    // A single letter that is also a roman numeral (I, V, X, L, C) is a section when it follows
    // the previous section letter, and a chapter otherwise.
    let isChapter = !!(chapterM || chapterWordM);
    let isSection = !!sectionM && !isChapter;
    if (chapterM && chapterM[1].length === 1 && sectionM) {
      const letter = letterValue(chapterM[1]);
      if (letter === lastSection + 1 && lastSection > 0) {
        isChapter = false;
        isSection = true;
      } else if (!'IVX'.includes(chapterM[1])) {
        isChapter = false;
        isSection = true;
      }
    }

    if (isChapter || isSection) {
      flushCurrent();
      endList(false);
      resetSubs();
      const label = isChapter ? (chapterM ? chapterM[1] : (chapterWordM as RegExpExecArray)[1]) : (sectionM as RegExpExecArray)[1];
      let title = isChapter ? (chapterM ? chapterM[2] : '') : (sectionM as RegExpExecArray)[2];
      if (chapterWordM) {
        for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
          const t = lines[k].text.trim();
          if (t !== '') {
            title = t;
            chapterTitleLine = k;
            break;
          }
        }
      }
      const labelStart = chapterWordM ? cs + content.indexOf(label, 7) : cs;
      headings.push({
        kind: isChapter ? 'chapter' : 'section',
        level: isChapter ? 1 : 2,
        label,
        ordinal: isChapter ? romanValue(label) : letterValue(label),
        title,
        line: i,
        range: { start: cs, end: cs + content.length },
        labelRange: { start: labelStart, end: labelStart + label.length },
        scope,
        chapterWord: !!chapterWordM,
      });
      if (isChapter) {
        chapter = headings.length - 1;
        chapterHasBody = false;
        lastSection = 0;
      } else {
        lastSection = letterValue(label);
      }
      lineKinds[i] = 'heading';
      if (bodyStartLine === -1) bodyStartLine = i;
      prevText = content;
      continue;
    }

    if (hashes > 0 && !numberedM && !subM) {
      flushCurrent();
      headings.push({
        kind: 'other', level: hashes + 1, label: '', ordinal: 0, title: content, line: i,
        range: { start: cs, end: cs + content.length }, labelRange: { start: cs, end: cs }, scope, chapterWord: false,
      });
      lineKinds[i] = 'heading';
      prevText = content;
      continue;
    }

    if (numberedM) {
      flushCurrent();
      resetSubs();
      const bracketed = numberedM[1] === '[';
      const n = Number(numberedM[2]);
      const numberStart = cs + numberedM[1].length;
      const numberEnd = numberStart + numberedM[2].length;
      const afterColon = /:\s*$/.test(prevText);
      const pending: PendingParagraph = {
        number: n, line: i, numberStart, numberEnd, start: numberStart, end: line.end, endLine: i,
        firstLineText: content.slice(numberedM[0].length), bracketed,
      };
      const bodyNext = lastBody + 1;
      let asItem = false;
      let startList = false;
      let candidateRestart = false;
      // `1. Changes in the scope of control` under a section, followed by the next body paragraph:
      // a numbered subheading (R19 third level), not the start of a list.
      // A Markdown heading `### 2. Challenges …` is a numbered subheading wherever it stands.
      const endLine = wrappedEnd(lines, i);
      const endText = endLine === i ? content : lines[endLine].text;
      const subheading = (hashes > 0 && !bracketed) || (n === 1 && lastBody > 0 && !afterColon && !SENTENCE_END_RE.test(endText) && content.length < 200
        && leadsToParagraph(lines, endLine, bodyNext));
      if (subheading) {
        endList(true);
      } else if (list && n === 1 && n !== bodyNext) {
        // A second numbered text inside the same stretch (the next resolution's operative paragraphs).
        startList = true;
        candidateRestart = list.candidateRestart;
      } else if (list && !(n === 1 && afterColon)) {
        const listNext = list.last + 1;
        const items = list.group.items.length;
        if (n === listNext) asItem = true;
        else if (n === bodyNext) endList(true);
        else if (list.uncalled && items === 1 && n === bodyNext + 1) {
          // `1.` `1.` `3.`: the lone uncalled item was paragraph 2 numbered 1 by mistake.
          endList(false, true);
        } else if (Math.abs(n - listNext) < Math.abs(n - bodyNext)) asItem = true;
        else if (Math.abs(n - listNext) === Math.abs(n - bodyNext)) {
          // Equally near both: a long line after a list of short items (an agenda) is a paragraph.
          const avg = list.chars / Math.max(1, items);
          asItem = !(avg < 100 && content.length > 100 && content.length > 2 * avg);
          if (!asItem) endList(true);
        } else endList(true);
      } else if (afterColon && n !== bodyNext && (n === 1 || n < lastBody)) {
        // A list after a colon starts at 1 (or lower than the running paragraph number); a higher
        // number after `Option 3:` is a paragraph after a gap.
        startList = true;
      } else if (n !== bodyNext && n === 1 && lastBody > 0) {
        startList = true;
        // Only right under a heading: a `1.` after the title and preamble of a quoted resolution starts its list.
        candidateRestart = !chapterHasBody && chapter !== -1 && headings[chapter].kind === 'chapter' && previousKind(i) === 'heading';
      }
      if (startList) {
        endList(true);
        list = {
          group: { kind: 'number', depth: 1, paragraph: ownerParagraph(), items: [] }, last: 0, candidateRestart, pending: [],
          uncalled: !afterColon && previousKind(i) === 'paragraph', chars: 0,
        };
        itemGroups.push(list.group);
        asItem = true;
      }
      if (subheading || (!asItem && n < lastBody && !/[.;:\]]\s*$/.test(endText) && content.length < 200)) {
        // A numbered subheading (the third heading level, R19), not a paragraph out of order.
        headings.push({
          kind: 'other', level: 3, label: numberedM[2], ordinal: n, title: content.slice(numberedM[0].length), line: i,
          range: { start: cs, end: cs + content.length }, labelRange: { start: numberStart, end: numberEnd }, scope, chapterWord: false,
        });
        lineKinds[i] = 'heading';
        prevText = content;
        continue;
      }
      if (asItem && list) {
        const item: ListItem = {
          kind: 'number', label: numberedM[2], ordinal: n, markerRange: { start: numberStart, end: numberEnd + (content.charAt(numberedM[1].length + numberedM[2].length) === '.' ? 1 : 0) },
          labelRange: { start: numberStart, end: numberEnd }, range: { start: numberStart, end: line.end }, line: i,
        };
        list.group.items.push(item);
        list.last = n;
        list.chars += content.length;
        list.pending.push(pending);
        lineKinds[i] = 'list-item';
      } else {
        lineKinds[i] = 'paragraph';
        current = pending;
        if (bodyStartLine === -1) bodyStartLine = i;
      }
      prevText = content;
      continue;
    }

    if (subM) {
      flushCurrent();
      const label = subM[1];
      const markerStart = cs;
      const throughLabel = subM[2];
      const throughOf = (kind: MarkerKind): number => (throughLabel === undefined ? 0 : kind === 'letter' ? letterValue(throughLabel) : romanValue(throughLabel));
      const item = (kind: MarkerKind, ordinal: number): ListItem => ({
        kind, label, ordinal, markerRange: { start: markerStart, end: markerStart + label.length + 2 },
        labelRange: { start: markerStart + 1, end: markerStart + 1 + label.length },
        range: { start: markerStart, end: line.end }, line: i,
        ...(throughOf(kind) > ordinal ? { through: throughOf(kind) } : {}),
      });
      // `(b) Consideration of a proposal …` with no final punctuation, not continuing an open level
      // and followed by the next body paragraph: a lettered subheading (R19), not a subparagraph.
      const endLine = wrappedEnd(lines, i);
      const endText = endLine === i ? content : lines[endLine].text;
      if (hashes > 0 || (!SENTENCE_END_RE.test(endText) && content.length < 300 && !/:\s*$/.test(prevText)
        && !continuesOpenLevel(label) && leadsToParagraph(lines, endLine, lastBody + 1))) {
        resetSubs();
        const letter = letterValue(label);
        headings.push({
          kind: 'other', level: 4, label, ordinal: letter > 0 ? letter : romanValue(label),
          title: content.slice(subM[0].length), line: i, range: { start: cs, end: cs + content.length },
          labelRange: { start: markerStart + 1, end: markerStart + 1 + label.length }, scope, chapterWord: false,
        });
        lineKinds[i] = 'heading';
        prevText = content;
        continue;
      }
      placeSubparagraph(label, item, /:\s*$/.test(prevText));
      // `(i)–(iii)`: the level goes on after the last label of the range.
      const top = subs[subs.length - 1];
      if (throughLabel !== undefined && top && throughOf(top.kind) > top.last) top.last = throughOf(top.kind);
      lineKinds[i] = 'subparagraph';
      prevText = content;
      continue;
    }

    // Plain text: a wrapped continuation of the paragraph above, or a line of its own.
    if (current && lines[i - 1] && lines[i - 1].text.trim() !== '' && !TERMINAL_RE.test(lines[i - 1].text)) {
      current.end = line.end;
      current.endLine = i;
      lineKinds[i] = 'continuation';
    } else {
      flushCurrent();
      lineKinds[i] = 'text';
    }
    prevText = content;
  }
  flushCurrent();
  endList(false);

  return { lineKinds, contentStarts, headings, paragraphs, itemGroups, annexStartLine, bodyStartLine: bodyStartLine === -1 ? lines.length : bodyStartLine };

  /**
   * A person's initial, not a section letter: another initial follows (`K. R. Memorial Trust`), or a
   * letter out of the sections' sequence opens a line that continues a line without final punctuation
   * (a wrapped reference: `… and Cleary` / `J. (2019) Ensuring …`).
   */
  function isInitial(m: RegExpExecArray, i: number): boolean {
    if (/^[A-Z]\.[ \t]/.test(m[2])) return true;
    const letter = letterValue(m[1]);
    if (letter === 1 || letter === lastSection + 1) return false;
    const prev = i > 0 ? lines[i - 1].text.trim() : '';
    return prev !== '' && !TERMINAL_RE.test(prev) && lineKinds[i - 1] !== 'heading';
  }

  /** The line above is running text that stops mid-sentence: this line goes on with it. */
  function continuesUnfinished(i: number): boolean {
    if (i === 0) return false;
    const prev = lines[i - 1].text.trim();
    const kind = lineKinds[i - 1];
    const running = kind === 'paragraph' || kind === 'continuation' || kind === 'list-item' || kind === 'subparagraph';
    return running && prev.length >= WRAP_WIDTH_MIN && unfinished(prev);
  }

  function unfinished(prev: string): boolean {
    // A comma or a word: the sentence goes on (`… Revised Edition Incorporating Results of Field-Testing,` / `2020.`).
    return prev !== '' && !TERMINAL_RE.test(prev) && !LEADER_RE.test(prev);
  }

  function isYear(digits: string): boolean {
    const y = Number(digits);
    return digits.length === 4 && y >= 1900 && y <= 2099;
  }

  /**
   * A heading line on the contents page whose leaders and page number a text export set apart (on a
   * line of their own after a blank line, or dropped). The page ends where its first chapter comes
   * again without leaders: the body begins there.
   */
  function inContents(chapter: RegExpExecArray | null, i: number): boolean {
    if (!contents.open) return false;
    if (chapter) {
      // The title says which chapter it is: the contents may list a decision `I.` under a section too.
      const title = titleKey(chapter[2] ?? nextNonBlank(i));
      if (contents.firstChapter === '') contents.firstChapter = `${chapter[1]} ${title}`;
      else if (`${chapter[1]} ${title}` === contents.firstChapter && !isTocEntry(lines, i)) {
        contents.open = false;
        return false;
      }
    }
    return true;
  }

  /**
   * `… These areas are: (i)` / `principled performance …;` / `(ii) advancing partnerships …`: an
   * enumeration inside a paragraph that a text export wrapped so that a label opens a line. Such a
   * label's text goes on in lower case, and the running text above carries the labels before it.
   */
  function inlineEnumerationGoesOn(m: RegExpExecArray, content: string, i: number): boolean {
    const c = content.charCodeAt(m[0].length);
    if (!(c >= 97 && c <= 122) || i === 0) return false;
    const kind = lineKinds[i - 1];
    if (kind !== 'paragraph' && kind !== 'continuation' && kind !== 'text') return false;
    for (let k = i - 1; k >= 0 && k >= i - 3 && lineKinds[k] !== 'blank'; k--) if (INLINE_LABEL_RE.test(lines[k].text)) return true;
    return false;
  }

  function nextNonBlank(i: number): string {
    for (let k = i + 1; k < lines.length && k <= i + 3; k++) if (lines[k].text.trim() !== '') return lines[k].text.trim();
    return '';
  }

  /** Kind of the nearest non-blank line above `i` (each blank line is passed over by one lookback only). */
  function previousKind(i: number): LineKind | undefined {
    for (let k = i - 1; k >= 0; k--) if (lineKinds[k] !== 'blank' && lineKinds[k] !== 'comment') return lineKinds[k];
    return undefined;
  }

  function continuesOpenLevel(label: string): boolean {
    for (const lvl of subs) if ((lvl.kind === 'letter' ? letterValue(label) : romanValue(label)) === lvl.last + 1) return true;
    return false;
  }

  function placeSubparagraph(label: string, make: (kind: MarkerKind, ordinal: number) => ListItem, afterColon: boolean): void {
    const letter = letterValue(label);
    const roman = romanValue(label);
    // `(h) … in the areas of:` then `(i)`: the colon opens a nested level, so (i) is roman one, not the letter after (h).
    const top0 = subs[subs.length - 1];
    if (roman === 1 && afterColon && top0 && top0.kind === 'letter') {
      pushLevel('roman', 1);
      return;
    }
    // Walk up the open levels until one continues with this label.
    for (let d = subs.length - 1; d >= 0; d--) {
      const lvl = subs[d];
      const value = lvl.kind === 'letter' ? letter : roman;
      if (value === lvl.last + 1) {
        subs.length = d + 1;
        lvl.group.items.push(make(lvl.kind, value));
        lvl.last = value;
        return;
      }
    }
    const top = subs[subs.length - 1];
    // (a) never nests under a letter level, nor (i) under a roman one (R23): each starts a sibling
    // group (the next decision's or draft's subparagraphs), not a deeper level.
    if (letter === 1) {
      let d = subs.length - 1;
      while (d >= 0 && subs[d].kind !== 'letter') d--;
      if (d >= 0) {
        subs.length = d;
        pushLevel('letter', 1);
        return;
      }
    }
    if (roman === 1 && top && top.kind === 'roman') {
      subs.length = subs.length - 1;
      pushLevel('roman', 1);
      return;
    }
    // (i) under a letter opens a nested roman level; (a) opens a letter level.
    if (roman === 1 && (!top || top.kind === 'letter') && (!top || top.last !== 8)) {
      pushLevel('roman', 1);
      return;
    }
    if (letter === 1 || !top) {
      if (letter > 0) pushLevel('letter', letter);
      else pushLevel('roman', roman);
      return;
    }
    // Out of sequence: keep it with the nearest level of a kind it can belong to, for the rule to report.
    for (let d = subs.length - 1; d >= 0; d--) {
      const lvl = subs[d];
      const value = lvl.kind === 'letter' ? letter : roman;
      if (value > 0) {
        subs.length = d + 1;
        lvl.group.items.push(make(lvl.kind, value));
        lvl.last = value;
        return;
      }
    }
    pushLevel(letter > 0 ? 'letter' : 'roman', letter > 0 ? letter : roman);

    function pushLevel(kind: MarkerKind, ordinal: number): void {
      const group: ItemGroup = { kind, depth: subs.length + 1, paragraph: ownerParagraph(), items: [make(kind, ordinal)] };
      itemGroups.push(group);
      subs.push({ kind, last: ordinal, group });
    }
  }
}

/** Drops trailing spaces and tabs with a loop: `/[ \t]+$/` retries at every blank of a long run. */
function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return end === s.length ? s : s.slice(0, end);
}
