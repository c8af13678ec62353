// Lists headed by States, a recorded vote or a regional group (`… the following States:`,
// `In favour:`, `African States:`), read for their State names: the text is followed over wrapped
// lines to the end of the sentence and split at commas, semicolons and the "and" that is not part
// of a name ("Antigua and Barbuda", "Bosnia and Herzegovina" stay whole).

import type { ModelBase, StateList, StateListEntry } from '../model';
import type { TextRange } from '../types';
import { periodAfterTitle } from '../un/list-entries';
import { inRanges } from './inline';
import { nameLike } from './list-entries';
import { listHead } from './list-heads';
import { type NameKind, oneNameLines } from './list-state-lines';
import { tableNames } from './list-state-table';
import { runUnderStatesTitle } from './list-state-titles';
import { canonical, isKeptName, isStateForm, MAX_NAME, shortNameFor } from './state-forms';
import { endsAsWritten } from './wrapped-lines';

export { canonical, isStateForm, MAX_NAME, NON_STATES, SHORT_NAMES } from './state-forms';

/** "… experts of the following States:", "the following Member States …:" */
const FOLLOWING_STATES_RE = /\b[Tt]he following (?:[\w-]+ ){0,2}States\b[^.:;]{0,80}:/g;

/** Recorded votes and regional groups: the names follow the colon, on the line or the next one; the head may be in italics or bold (`*In favour*:`). */
export const LIST_HEAD_RE = /^(?:\*{1,2}|_{1,2})?(?:In favour|Against|Abstaining|African States|Asia-Pacific States|Asian States|Eastern European States|Latin American and Caribbean States|Western European and other States|Western European and Other States)(?:\*{1,2}|_{1,2})?\s*:(?:\*{1,2}|_{1,2})?/;

/** A vote head inside a line, after the colon, semicolon or period that ends what precedes it. */
const INLINE_VOTE_RE = /[.;:] (?:In favour|Against|Abstaining):/g;

/** The first letters of LIST_HEAD_RE's alternatives. */
const LIST_HEAD_FIRST: ReadonlySet<string> = new Set(['I', 'A', 'E', 'L', 'W', '*', '_']);

export interface NameItem {
  text: string;
  start: number; // absolute offsets of the name itself
  end: number;
}

/**
 * Splits the text of a list into names: commas and semicolons separate entries, the last joined by
 * "and", which may also belong to a name ("Antigua and Barbuda", "Bosnia and Herzegovina").
 */
export function splitNames(text: string, base: number): NameItem[] {
  const out: NameItem[] = [];
  let pos = 0;
  while (pos <= text.length) {
    // Parentheses belong to the entry: "Bolivia (Plurinational State of)".
    let end = pos;
    let depth = 0;
    while (end < text.length) {
      const ch = text.charAt(end);
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      // A tab separates the cells of a table of names as a comma does.
      else if (depth === 0 && (ch === ',' || ch === ';' || ch === '\t')) break;
      end++;
    }
    pushSegment(text.slice(pos, end), base + pos, out);
    pos = end + 1;
  }
  return out;
}

/**
 * Drops the end of a sentence, sponsors' asterisks and footnote figures stuck to a name ("Samoa*", "Japan2"),
 * and a "]" whose "[" opened before the name: the bracket round a record of adoption that ends with the
 * vote's last name (`Abstaining: Colombia, Romania.]`).
 */
function trimTrailingMarks(s: string): string {
  let e = s.length;
  const opened = s.indexOf('[') !== -1;
  for (;;) {
    const ch = s.charAt(e - 1);
    if (ch === ' ' || ch === '.' || ch === '*' || ch === '\t' || (ch === ']' && !opened)) e--;
    else if (ch >= '0' && ch <= '9' && e >= 2 && /[\p{L}*.)]/u.test(s.charAt(e - 2))) e--;
    else break;
  }
  return s.slice(0, e);
}

/** Offsets of " and " outside parentheses in `s`. */
function andPositions(s: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ' ' && s.startsWith(' and ', i)) out.push(i);
  }
  return out;
}

/** A State form, alone or with a note in parentheses after it (`Australia (CERD/C/AUS/18-20)`). */
function isNameWithNote(s: string): boolean {
  if (isStateForm(s)) return true;
  if (!s.endsWith(')')) return false;
  let depth = 0;
  for (let i = s.length - 1; i > 0; i--) {
    const ch = s.charAt(i);
    if (ch === ')') depth++;
    else if (ch === '(' && --depth === 0) return s.charAt(i - 1) === ' ' && isStateForm(s.slice(0, i - 1));
  }
  return false;
}

function pushSegment(seg: string, start: number, out: NameItem[]): void {
  let s = seg;
  let off = start;
  // A footnote figure stuck to the separator before it ("Belgium,1 Bolivia") is no part of the name.
  // "as well as" joins the last entry as "and" does ("Peru, as well as the European Union").
  const lead = /^(?:\d{1,3}(?= ))?[\s*]*(?:(?:and|as well as)\s+)?/.exec(s);
  if (lead) {
    s = s.slice(lead[0].length);
    off += lead[0].length;
  }
  s = trimTrailingMarks(s);
  // `Peru, Chile and Argentina, respectively`: the sentence's adverb, not an entry.
  if (s === '' || /^respectively$/i.test(s)) return;
  const push = (from: number, to: number): void => {
    const text = trimTrailingMarks(s.slice(from, to));
    if (text !== '') out.push({ text, start: off + from, end: off + from + text.length });
  };
  const ands = andPositions(s);
  // "Algeria and China": take the shortest name before an " and " each time; every " and " is
  // looked at a bounded number of times, so a long run of names stays linear.
  let cur = 0;
  let a = 0;
  while (a < ands.length) {
    if (s.length - cur <= MAX_NAME && isNameWithNote(s.slice(cur))) break;
    let split = -1;
    for (let k = a; k < ands.length && ands[k] - cur <= MAX_NAME; k++) {
      if (isNameWithNote(trimTrailingMarks(s.slice(cur, ands[k])))) {
        split = k;
        break;
      }
    }
    if (split === -1) {
      // No name found: the last " and " is the list's own.
      const last = ands[ands.length - 1];
      push(cur, last);
      cur = last + 5;
      break;
    }
    push(cur, ands[split]);
    cur = ands[split] + 5;
    a = split + 1;
    while (a < ands.length && ands[a] < cur) a++;
  }
  push(cur, s.length);
}

/**
 * Where a list of names on one line ends: the first period outside parentheses that ends the sentence,
 * or the separator before the head of the next list (`Chile, and the following observers: …`).
 */
function listEnd(t: string, from: number): number {
  let depth = 0;
  let lastSep = -1;
  for (let i = from; i < t.length; i++) {
    const ch = t.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';')) lastSep = i;
    else if (depth === 0 && ch === '.' && (i + 1 === t.length || t.charAt(i + 1) === ' ') && !periodAfterTitle(t.slice(Math.max(from, i - 4), i))) return i;
    // The words between the last separator and a colon are the next list's head, not a name.
    else if (depth === 0 && ch === ':') return lastSep !== -1 ? lastSep : i;
  }
  return t.length;
}

/** A list's text gathered over wrapped lines, with where each piece stands in the draft. */
interface ListText {
  text: string;
  /** Pieces in order: offset in `text` and absolute offset of the same character. */
  pieces: Array<{ at: number; abs: number }>;
  /** Absolute ranges the list covers, one per line. */
  ranges: TextRange[];
}

/** Absolute offset of position `at` of the gathered text. */
function toAbs(list: ListText, at: number): number {
  let k = list.pieces.length - 1;
  while (k > 0 && list.pieces[k].at > at) k--;
  return list.pieces[k].abs + (at - list.pieces[k].at);
}

/**
 * The names from column `from` of line `i` to the end of the sentence, following a list that a
 * hard line break wraps onto continuation lines ("… United Kingdom of Great" / "Britain and …").
 */
function gatherList(model: ModelBase, i: number, from: number): ListText {
  const list: ListText = { text: '', pieces: [], ranges: [] };
  for (let j = i, col = from; j < model.lines.length && j < i + 20; j++) {
    const l = model.lines[j];
    if (j > i) {
      if (model.lineKinds[j] !== 'continuation' && model.lineKinds[j] !== 'text') break;
      const c = model.contentStarts[j] - l.start;
      if (l.text.trim() === '' || LIST_HEAD_RE.test(l.text.slice(c)) || endsAsWritten(model.lines[j - 1].text, l.text.slice(c))) break;
      col = c;
      list.text += ' ';
    }
    const end = listEnd(l.text, col);
    // The rows of a table of names end their last cell as a tab would.
    if (j > i && (l.text.indexOf('\t') !== -1 || model.lines[j - 1].text.indexOf('\t') !== -1)) list.text = `${list.text.slice(0, -1)}\t`;
    list.pieces.push({ at: list.text.length, abs: l.start + col });
    list.text += l.text.slice(col, end);
    list.ranges.push({ start: l.start + col, end: l.start + end });
    // The sentence ends on this line: a period, a colon, or a line that ends with punctuation.
    if (end < l.text.length || /[.;:]\s*$/.test(l.text)) break;
  }
  return list;
}

/**
 * Every list headed by States, a vote or a regional group, by line and then by head, with its
 * entries (a note in parentheses after a name that is not itself a State form, `Brazil (on behalf
 * of …)`, is left out of the entry).
 */
export function readStateLists(model: ModelBase): StateList[] {
  const out: StateList[] = [];
  for (let i = 0; i < model.lines.length; i++) {
    const kind = model.lineKinds[i];
    if (kind === 'masthead' || kind === 'comment' || kind === 'blank' || kind === 'toc' || kind === 'heading') continue;
    for (const head of headsOn(model, i)) {
      const found = listAfterHead(model, i, head.after);
      if (!found || found.ranges.length === 0) continue;
      out.push({ head: listHead(head.text), line: i, firstLine: found.line, entries: found.entries, ranges: found.ranges });
    }
    const titled = titledList(model, i);
    if (titled) out.push(titled);
  }
  return out;
}

/** The list under a title naming States, when its entries are written as names and most are States in some form (a run of names, not prose). */
function titledList(model: ModelBase, i: number): StateList | undefined {
  const j = runUnderStatesTitle(model, i);
  if (j === -1) return undefined;
  const found = fromText(gatherList(model, j, model.contentStarts[j] - model.lines[j].start), j);
  const states = found.entries.filter((e) => isStateForm(e.name)).length;
  // Every entry written as a name (`India expressed support …` is a sentence under the title, not an entry).
  if (found.entries.length < 3 || states * 3 < found.entries.length * 2 || !found.entries.every((e) => nameLike(e.name))) return undefined;
  return { head: listHead(model.lines[i].text.trim()), line: i, firstLine: j, entries: found.entries, ranges: found.ranges };
}

/** Heads on line `i`: where each ends (the names follow) and its words. */
function headsOn(model: ModelBase, i: number): Array<{ after: number; text: string }> {
  const line = model.lines[i];
  const t = line.text;
  const cs = model.contentStarts[i] - line.start;
  const heads: Array<{ after: number; text: string }> = [];
  FOLLOWING_STATES_RE.lastIndex = 0;
  // Cheap tests first: the pattern needs "he following", LIST_HEAD_RE one of five capitals.
  if (t.indexOf('he following') !== -1) {
    for (let m = FOLLOWING_STATES_RE.exec(t); m !== null; m = FOLLOWING_STATES_RE.exec(t)) {
      if (!inRanges(model.quotations, line.start + m.index)) heads.push({ after: m.index + m[0].length, text: m[0] });
    }
  }
  const h = LIST_HEAD_FIRST.has(t.charAt(cs)) ? LIST_HEAD_RE.exec(t.slice(cs)) : null;
  if (h) heads.push({ after: cs + h[0].length, text: h[0] });
  // A recorded vote run into its paragraph: `… as follows: In favour: Albania, …; Against: China; Abstaining: …`.
  if (t.indexOf(':') !== -1 && (t.indexOf(' In favour:') !== -1 || t.indexOf(' Against:') !== -1 || t.indexOf(' Abstaining:') !== -1)) {
    INLINE_VOTE_RE.lastIndex = 0;
    for (let m = INLINE_VOTE_RE.exec(t); m !== null; m = INLINE_VOTE_RE.exec(t)) {
      if (m.index + 2 > cs && !inRanges(model.quotations, line.start + m.index)) heads.push({ after: m.index + m[0].length, text: m[0].slice(2) });
    }
  }
  return heads;
}

/** The entries of a list after its head, the text it covers and the line of its first entry. */
interface FoundList {
  entries: StateListEntry[];
  ranges: TextRange[];
  line: number;
}

function fromText(list: ListText, line: number): FoundList {
  return { entries: stateEntries(list), ranges: list.ranges, line };
}

/**
 * The names after a head ending at column `after` of line `i`: on the same line, or standing on
 * the next non-blank line, as a run of names (over wrapped lines, or a table) or one name a line.
 */
function listAfterHead(model: ModelBase, i: number, after: number): FoundList | undefined {
  const t = model.lines[i].text;
  let k = after;
  while (k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
  if (k < t.length) return fromText(gatherList(model, i, after), i);
  // The names stand on the next line: "In favour:" / "Albania, Andorra, …".
  let j = i + 1;
  while (j < model.lines.length && model.lineKinds[j] === 'blank') j++;
  const kj = model.lineKinds[j];
  const lj = model.lines[j];
  const headNext = !!lj && LIST_HEAD_RE.test(lj.text.slice(model.contentStarts[j] - lj.start));
  if (j < model.lines.length && j <= i + 2 && !headNext && (kj === 'text' || kj === 'continuation' || kj === 'front')) {
    const table = tableNames(model, j, nameKind, splitNames);
    if (table) return { entries: table.names.map(lineEntry), ranges: table.ranges, line: j };
    const perLine = oneNameLines(model, j, nameKind);
    if (perLine) return { entries: perLine.names.map(lineEntry), ranges: perLine.ranges, line: j };
    return fromText(gatherList(model, j, model.contentStarts[j] - model.lines[j].start), j);
  }
  return undefined;
}

/**
 * What a line's text is: a State in some form (`the former Yugoslav Republic of Macedonia` too,
 * which is not written as a name), written as a name (capitalized words, a note in parentheses:
 * `Columbia`, `Brazil (on behalf of …)`, `Mr. Kofi Mensah (Ghana)`), or neither.
 */
function nameKind(s: string): NameKind {
  const t = trimTrailingMarks(s);
  if (t === '') return 'none';
  if (isStateForm(t)) return 'state';
  return nameLike(t) ? 'name' : 'none';
}

/** The entry of one name a line: the line's name without footnote figures or asterisks stuck to it. */
function lineEntry(n: NameItem): StateListEntry {
  const text = trimTrailingMarks(n.text);
  const { it, name, attribution } = nameOfEntry({ text, start: n.start, end: n.start + text.length });
  return { range: { start: it.start, end: it.end }, name, attribution };
}

function stateEntries(list: ListText): StateListEntry[] {
  const out: StateListEntry[] = [];
  for (const item of splitNames(list.text, 0)) {
    const { it, name, attribution } = nameOfEntry(item);
    out.push({ range: { start: toAbs(list, it.start), end: toAbs(list, it.end - 1) + 1 }, name, attribution });
  }
  return out;
}

/**
 * The name in a list entry. A note in parentheses after a name ("Brazil (on behalf of …)") is not
 * part of it: the longest part before a parenthesis that is a name is the name. But a parenthesis
 * that garbles the short name's own ("Venezuela (Bolivarian Republic)") belongs to the entry, so
 * a fix replaces it whole; replacing only "Venezuela" would add a parenthesis on every pass.
 * With no name before any parenthesis, a person (or a body) with the State in parentheses
 * ("Mr. Jean Dupont (Chile)") has only that State read, as an attribution.
 */
function nameOfEntry(item: NameItem): { it: NameItem; name: string; attribution: boolean } {
  if (isStateForm(item.text)) return { it: item, name: item.text, attribution: false };
  const opens: number[] = [];
  let depth = 0;
  for (let i = 0; i < item.text.length; i++) {
    const ch = item.text.charAt(i);
    if (ch === '(') {
      if (depth === 0 && i > 0 && item.text.charAt(i - 1) === ' ') opens.push(i - 1);
      depth++;
    } else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  for (let k = opens.length - 1; k >= 0; k--) {
    const p = opens[k];
    const name = item.text.slice(0, p);
    if (!isStateForm(name)) continue;
    const short = replacementOf(name);
    if (short !== undefined && garblesOwnParenthesis(item.text.slice(p + 2), short)) return { it: item, name, attribution: false };
    return { it: { text: name, start: item.start, end: item.start + p }, name, attribution: false };
  }
  const p = item.text.indexOf(' (');
  if (p <= 0) return { it: item, name: item.text, attribution: false };
  const inner = attributedState(item, p);
  if (inner) return { it: inner, name: inner.text, attribution: true };
  // No name at all: the part before the first parenthesis is what is read.
  const name = item.text.slice(0, p);
  return { it: { text: name, start: item.start, end: item.start + p }, name, attribution: false };
}

/**
 * The short name a State form other than the short name is replaced by (undefined for the short
 * name itself and for non-States). A former name still in use on the document's date is left alone
 * by the rule; its entry is read the same way.
 */
function replacementOf(name: string): string | undefined {
  const c = canonical(name);
  return isKeptName(c) ? undefined : shortNameFor(c);
}

/** "Bolivarian Republic)" against "Venezuela (Bolivarian Republic of)": the same first word in the parentheses. */
function garblesOwnParenthesis(written: string, short: string): boolean {
  const open = short.indexOf(' (');
  if (open === -1) return false;
  const firstWord = (s: string): string => (/^[\p{L}'’-]+/u.exec(s)?.[0] ?? '').toLowerCase();
  const w = firstWord(written);
  return w !== '' && w === firstWord(short.slice(open + 2));
}

/** The State in the final parentheses of `item` (from `open`, the offset of " ("), when it is one. */
function attributedState(item: NameItem, open: number): NameItem | undefined {
  const t = item.text;
  const close = t.lastIndexOf(')');
  const from = t.lastIndexOf(' (', close);
  if (close !== t.length - 1 || from < open) return undefined;
  const text = t.slice(from + 2, close);
  if (!isStateForm(text)) return undefined;
  return { text, start: item.start + from + 2, end: item.start + close };
}
