// Enumerations of reference numbers in running text (`paragraphs 59, 61, 63 and 64`, `recommendations
// Nos. 8, 9 and 10`, `resolutions 65/230 and 66/1`): a comma missing between two numbers, no `and` before
// the last, and a range joined by a hyphen (`paragraphs 12-14`) where UN style has an en dash; in footnotes, only
// the ranges of pages and paragraphs (`pp. 5-9`).

import { blockLast, readBlock, someLine, type TextBlock } from '../blocks';
import { asReceivedLines, inQuotation, inRanges, isProseLine, opaqueRanges } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { Fix } from '../types';

/**
 * The plural nouns (and their abbreviations) that introduce a list of reference numbers. A singular noun
 * does not: in `article 4, paragraph 3` the comma ends the reference.
 */
const LIST_HEAD_RE = /\b(?:paragraphs|subparagraphs|paras\.|recommendations|Nos\.|resolutions|decisions|articles|items|rules|sections|pages|pp\.|meetings|footnotes|targets|goals|annexes|chapters)[ \u00a0](?=\d)/gi;

/** In a footnote, the nouns of pages and paragraphs, whose ranges are read there too. */
const FOOTNOTE_HEAD_RE = /\b(?:paragraphs|paras\.|pages|pp\.)[ \u00a0](?=\d)/gi;

/** Every list holds a figure: a block without one on any line is not read. */
const DIGIT_RE = /[0-9]/;

/** A month name after a range makes it a range of dates: date-format's business. */
const MONTH_AFTER_RE = /^[ \u00a0](?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** One number of the list: where it is, and a hyphen inside it when it is a range written `12-14`. */
interface ListNumber {
  readonly start: number;
  readonly end: number;
  readonly hyphen: number;
}

type Separator = 'comma' | 'space' | 'word';

interface NumberList {
  readonly items: ListNumber[];
  /** separators[k] stands between items[k] and items[k + 1]. */
  readonly separators: { kind: Separator; start: number; end: number }[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** `65/230`, `12`, `4.1`: digits with at most one `/` or `.` part; -1 when no number starts at `i`. */
function numberEnd(s: string, i: number): number {
  if (!isDigit(s.charCodeAt(i))) return -1;
  let e = digitsEnd(s, i);
  const c = s.charCodeAt(e);
  if ((c === 47 || c === 46) && isDigit(s.charCodeAt(e + 1))) e = digitsEnd(s, e + 1);
  return e;
}

/** A resolution's parts after its number: ` A`, ` A–C`, ` B-D`. */
function partsEnd(s: string, i: number): number {
  const isCapital = (c: number): boolean => c >= 65 && c <= 90;
  if (s.charCodeAt(i) !== 32 || !isCapital(s.charCodeAt(i + 1))) return i;
  let e = i + 2;
  const dash = s.charCodeAt(e);
  if ((dash === 45 || dash === 0x2013) && isCapital(s.charCodeAt(e + 1))) e += 2;
  return isLetterCode(s.charCodeAt(e)) || isDigit(s.charCodeAt(e)) ? i : e;
}

/** After a number: ` (a)`, `(ii)`, ` (2000)`, ` A`: the subparagraph, year or parts that belong to the reference. */
function suffixEnd(s: string, i: number): number {
  i = partsEnd(s, i);
  for (;;) {
    const open = s.charCodeAt(i) === 32 && s.charCodeAt(i + 1) === 40 ? i + 1 : s.charCodeAt(i) === 40 ? i : -1;
    if (open === -1) return i;
    let j = open + 1;
    while (j < s.length && j - open <= 5 && (isLetterCode(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
    if (s.charCodeAt(j) !== 41 || j === open + 1) return i;
    i = j + 1;
  }
}

/** One item at `i`: a number, or a range `12-14` / `12–14`, with its suffix; undefined when none. */
function readItem(s: string, i: number): ListNumber | undefined {
  let e = numberEnd(s, i);
  if (e === -1) return undefined;
  let hyphen = -1;
  const c = s.charCodeAt(e);
  if ((c === 45 || c === 0x2013) && isDigit(s.charCodeAt(e + 1))) {
    if (c === 45) hyphen = e;
    e = numberEnd(s, e + 1);
  }
  e = suffixEnd(s, e);
  return { start: i, end: e, hyphen };
}

const WORD_SEPARATORS = [' and ', ' or ', ' to ', ', and ', ', or '];

/** The separator at `i` before the next number, or undefined when the list ends there. */
function readSeparator(s: string, i: number): { kind: Separator; end: number } | undefined {
  for (const w of WORD_SEPARATORS) if (s.startsWith(w, i) && isDigit(s.charCodeAt(i + w.length))) return { kind: 'word', end: i + w.length };
  if (s.charCodeAt(i) === 44 && s.charCodeAt(i + 1) === 32 && isDigit(s.charCodeAt(i + 2))) return { kind: 'comma', end: i + 2 };
  if (s.charCodeAt(i) === 32 && isDigit(s.charCodeAt(i + 1))) return { kind: 'space', end: i + 1 };
  return undefined;
}

/**
 * The list that starts at `i`, or undefined when it is not a plain list of numbers: an item glued to
 * letters or a slash (`3/CMA.3`, `2025/1`) or followed by a month (a date) is something else.
 */
function readList(s: string, i: number): NumberList | undefined {
  const items: ListNumber[] = [];
  const separators: NumberList['separators'] = [];
  for (;;) {
    const item = readItem(s, i);
    if (!item) return undefined;
    const after = s.charCodeAt(item.end);
    if (isLetterCode(after) || isDigit(after) || after === 47 || after === 45 || after === 0x2013) return undefined;
    if (MONTH_AFTER_RE.test(s.slice(item.end, item.end + 11))) return undefined;
    items.push(item);
    const sep = readSeparator(s, item.end);
    if (!sep) break;
    // Two figures apart by a space are a missing comma only when the second ends like a list item.
    if (sep.kind === 'space') {
      const next = readItem(s, sep.end);
      const endsItem = next !== undefined && (next.end >= s.length || readSeparator(s, next.end) !== undefined || /^[,;.:)\s]/.test(s.charAt(next.end)));
      if (!endsItem || MONTH_AFTER_RE.test(s.slice(next.end, next.end + 11))) break;
    }
    separators.push({ kind: sep.kind, start: item.end, end: sep.end });
    i = sep.end;
  }
  return { items, separators };
}

/** The list ends at punctuation, at the line's end or before a lower-case word: nothing of it is left unread. */
function endsPlainly(s: string, i: number): boolean {
  if (i >= s.length) return true;
  // `3, 4, 5, etc.` and `3, 4, 5 et seq.` leave the list open on purpose.
  if (s.startsWith(', etc', i) || s.startsWith(' et seq', i)) return false;
  const c = s.charCodeAt(i);
  if (c === 44 || c === 59 || c === 46 || c === 58 || c === 41) return true;
  return c === 32 && s.charCodeAt(i + 1) >= 97 && s.charCodeAt(i + 1) <= 122;
}

/**
 * Whether `first-second` rises, as a range does: `12-14`, or written short, `1990-91` and `112-15` (the second
 * number taking the first's leading figures). `26-4` does not: it is no range but something else written with a
 * hyphen (a resolution number `26/4`, a score), so no dash is asked for.
 */
function rises(first: string, second: string): boolean {
  const whole = second.length >= first.length ? second : first.slice(0, first.length - second.length) + second;
  return Number(whole) > Number(first);
}

/** The items of `list` written `12-14` that rise: a hyphen where the range's en dash belongs. */
function reportHyphenRanges(ctx: RuleContext, b: TextBlock, list: NumberList): void {
  const s = b.text;
  for (const it of list.items) {
    if (it.hyphen === -1) continue;
    const first = s.slice(it.start, digitsEnd(s, it.start));
    if (!rises(first, s.slice(it.hyphen + 1, digitsEnd(s, it.hyphen + 1)))) continue;
    const range = s.slice(it.start, numberEnd(s, it.hyphen + 1));
    const want = range.replace('-', '–');
    ctx.report({
      messageId: 'hyphenRange',
      data: { range, expected: want },
      range: { start: b.at(it.start), end: b.at(it.start + range.length) },
      fixes: [{ title: 'Use an en dash in the range', edits: [{ range: { start: b.at(it.hyphen), end: b.at(it.hyphen + 1) }, newText: '–' }], safety: 'safe' }],
    });
  }
}

function reportList(ctx: RuleContext, b: TextBlock, list: NumberList): void {
  const { items, separators } = list;
  const s = b.text;
  reportHyphenRanges(ctx, b, list);
  for (let k = 0; k < separators.length; k++) {
    const sep = separators[k];
    if (sep.kind !== 'space') continue;
    const pair = s.slice(items[k].start, items[k + 1].end);
    const fix: Fix = { title: 'Insert a comma between the numbers', edits: [{ range: { start: b.at(sep.start), end: b.at(sep.start) }, newText: ',' }], safety: 'unsafe' };
    ctx.report({
      messageId: 'missingComma',
      data: { pair },
      range: { start: b.at(items[k].start), end: b.at(items[k + 1].end) },
      fixes: [fix],
    });
  }
  const last = separators[separators.length - 1];
  if (items.length >= 3 && last && last.kind !== 'word' && !separators.some((x) => x.kind === 'word') && endsPlainly(s, items[items.length - 1].end)) {
    const tail = s.slice(items[items.length - 2].start, items[items.length - 1].end);
    // A comma that ends a wrapped line becomes " and" there, and the line break stays.
    const comma = { start: b.at(last.start), end: b.at(last.end) };
    const crossesBreak = b.lineAt(last.start) !== b.lineAt(last.end);
    const edits = last.kind !== 'comma' ? [] : crossesBreak ? [{ range: { start: comma.start, end: comma.start + 1 }, newText: ' and' }] : [{ range: comma, newText: ' and ' }];
    ctx.report({
      messageId: 'missingAnd',
      data: { tail },
      range: { start: b.at(items[items.length - 1].start), end: b.at(items[items.length - 1].end) },
      related: [{ range: { start: b.at(items[0].start), end: b.at(items[0].end) }, message: 'The list starts here' }],
      fixes: edits.length ? [{ title: 'Join the last number with "and"', edits, safety: 'unsafe' }] : [],
    });
  }
}

export const numberListRule: Rule = {
  meta: {
    id: 'number-list',
    description: 'Lists of paragraph, recommendation or resolution numbers have their commas, a final "and" and en-dash ranges',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'numbers'],
    conventions: ['R25', 'R29'],
    messages: {
      hyphenRange: '"{{range}}" joins a range of numbers with a hyphen; expected an en dash, "{{expected}}"',
      missingComma: '"{{pair}}": a comma is missing between two numbers of the list (or a dash, if a range is meant)',
      missingAnd: 'The list of numbers ending "{{tail}}" has no "and" before its last number',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const received = asReceivedLines(model);
    const opaque = opaqueRanges(model);
    const keep = (li: number): boolean => isProseLine(model, li) && !received[li];
    for (let li = 0; li < model.lines.length; li++) {
      if (received[li]) continue;
      // A footnote cites pages and paragraphs of other texts (`A/79/1, paras. 10-12`, `pp. 5-9`): their ranges take
      // the en dash too, but its lists of other references follow the cited text's own style and are not judged.
      const footnote = model.lineKinds[li] === 'footnote';
      if (!footnote && !keep(li)) continue;
      // A wrapped paragraph is read as one text: a list goes on across a line break. A footnote, line by line.
      const first = li;
      const last = footnote ? li : blockLast(model, li, keep);
      li = last;
      if (!someLine(model, first, last, DIGIT_RE)) continue;
      const b = readBlock(model, first, last);
      const s = b.text;
      const heads = footnote ? FOOTNOTE_HEAD_RE : LIST_HEAD_RE;
      heads.lastIndex = 0;
      let m: RegExpExecArray | null;
      let resume = 0;
      while ((m = heads.exec(s)) !== null) {
        const at = m.index + m[0].length;
        if (at < resume) continue;
        const abs = b.at(at);
        if (inQuotation(model, abs) || inRanges(opaque, abs)) continue;
        const list = readList(s, at);
        if (!list) continue;
        if (footnote) reportHyphenRanges(ctx, b, list);
        else reportList(ctx, b, list);
        resume = list.items[list.items.length - 1].end;
      }
    }
  },
};
