// Lists written in the text: enumerations after a colon (`… the following States: Brazil, China
// and Chile.`), on the same line or the line after one ending with a colon, and one entry per line
// after such a line. A block of text is scanned once for colons, separators and sentence ends
// outside parentheses, brackets and quotations; the stretches after a colon are lists when every
// entry reads as a name, and the rest of a sentence may hold a run of State names.

import type { LineKind, ModelBase } from '../model';
import type { TextRange } from '../types';
import { inRanges } from './inline';
import { isBlockQuote } from './line-roles';
import { conjunctionLength, type Entry, type EntryList, type Event, entryFacts, flat, makeEntry, MAX_ENTRY, nameLike, SUFFIX_RE, stateOfEntry, stripParens, trimRange } from './list-entries';
import { stateRuns } from './list-state-runs';
import { endsSentenceAt, footnoteGoesOn } from './sentences';
import { endsAsWritten } from './wrapped-lines';
import { lookupState } from '../data/states';

const SKIP_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['blank', 'comment', 'masthead', 'heading', 'toc', 'separator']);

/** A unit: one line with the continuation lines the parser attached to it. */
interface Unit {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly start: number;
  readonly end: number;
}

export function collectInlineAndLineLists(model: ModelBase, out: EntryList[]): void {
  const { lines, lineKinds, text } = model;
  let colonLine = -1; // the last non-blank line, when it ends with a colon and may introduce a list
  let titleLine = -1; // the last non-blank line, when it reads as a title (no final punctuation)
  let blanks = 0;
  let i = 0;
  while (i < lines.length) {
    const kind = lineKinds[i];
    if (kind === 'blank') {
      blanks++;
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && (lineKinds[last + 1] === 'continuation' || footnoteGoesOn(lines, lineKinds, last))) last++;
    // A list may follow its colon line directly or after one blank line (Markdown needs one).
    const introduced = colonLine !== -1 && blanks <= 1 && (kind === 'text' || kind === 'front');
    if (introduced && last === i) last = wrappedRunEnd(model, i);
    const unit: Unit = { firstLine: i, lastLine: last, start: model.contentStarts[i] ?? lines[i].start, end: lines[last].end };
    if (!SKIP_KINDS.has(kind) && !isBlockQuote(lines[i].text)) {
      const cl = introduced ? lines[colonLine] : undefined;
      const head = cl ? headOf(text, cl.start, cl.start + colonEnd(cl.text)) : { intro: '', clause: '' };
      const before = out.length;
      scanUnit(model, unit, introduced, head, out);
      if (introduced) {
        const perLine = collectPerLine(model, i, head);
        if (perLine) out.push(perLine);
      } else if (titleLine !== -1 && blanks <= 1 && out.length === before + 1) {
        out[before] = titledRun(model, unit, out[before], titleLine);
      }
    }
    const mayIntroduce = kind !== 'masthead' && kind !== 'toc' && kind !== 'comment';
    colonLine = mayIntroduce && colonEnd(lines[last].text) !== -1 ? last : -1;
    titleLine = mayIntroduce && kind !== 'separator' && isTitleText(lines[last].text) ? last : -1;
    blanks = 0;
    i = last + 1;
  }
}

/** No run of names is wrapped over more lines: a bound on the walk. */
const MAX_WRAPPED_LINES = 40;

/**
 * The last line of a run of names that a hard line break wraps from line `first` (`Albania, Belgium, …,
 * Dominican` / `Republic, France, …`, indented alike, as plain-text exports of recorded votes are):
 * line `first` holds several names, and each line goes on while it ends without a period and does not
 * end where its author ended it (`endsAsWritten`). A line of one name is a list one name a line, not a wrap.
 */
function wrappedRunEnd(model: ModelBase, first: number): number {
  const { lines, lineKinds, contentStarts } = model;
  const indent = contentStarts[first] - lines[first].start;
  if (lines[first].text.indexOf(', ', indent) === -1) return first;
  let last = first;
  while (last + 1 < lines.length && last + 1 - first < MAX_WRAPPED_LINES) {
    const k = last + 1;
    const prev = lines[last].text.trimEnd();
    const next = lines[k].text.slice(contentStarts[k] - lines[k].start);
    if (lineKinds[k] !== lineKinds[first] || contentStarts[k] - lines[k].start !== indent || next.trim() === '') break;
    if (prev.endsWith('.') || prev.endsWith(':') || colonEnd(lines[k].text) !== -1 || endsAsWritten(prev, next)) break;
    last = k;
  }
  return last;
}

/** Longest line read as the title of the names under it. */
const MAX_TITLE = 300;

/**
 * A line without final punctuation, short enough to be a title: `States Members of the United Nations`.
 * A comma or a tab makes it a line of names or a table row, not a title.
 */
function isTitleText(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= MAX_TITLE && !/[.;:!?)\]]$/.test(t) && t.indexOf(',') === -1 && t.indexOf('\t') === -1;
}

/**
 * A line that is nothing but a run of three or more State names, under a title line (a list of
 * participants: `States Members of the United Nations` / `Afghanistan, Albania, …`): the title is its
 * head. Any other list, or a run inside a sentence, keeps the head it has.
 */
function titledRun(model: ModelBase, unit: Unit, list: EntryList, titleLine: number): EntryList {
  const { text } = model;
  const first = list.entries[0];
  const last = list.entries[list.entries.length - 1];
  if (list.intro !== '' || list.entries.length < 3 || !list.entries.every((e) => e.isState)) return list;
  if (first.start !== unit.start || !/^[.\s]*$/.test(text.slice(last.end, unit.end))) return list;
  const title = flat(model.lines[titleLine].text).trim();
  const intro = title.length <= 40 ? title : `${title.slice(0, title.lastIndexOf(' ', 40))} …`;
  return { ...list, intro, clause: title };
}

/** Offset (in the line) of a final colon, allowing a footnote number or asterisk after it; -1 if none. */
export function colonEnd(line: string): number {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  let d = e;
  while (d > 0 && e - d < 3 && isDigitOrStar(line.charCodeAt(d - 1))) d--;
  if (d > 0 && line.charCodeAt(d - 1) === 58 /* : */) return d - 1;
  return -1;
}

/** . ; ( ) , “ ” " and line breaks: where the words before a colon stop. */
function isIntroStop(c: number): boolean {
  return c === 46 || c === 59 || c === 40 || c === 41 || c === 44 || c === 0x201c || c === 0x201d || c === 34 || c === 10 || c === 13;
}

/** Up to three words before the colon at `colon`, e.g. `following States:`. */
export function introOf(text: string, lineStart: number, colon: number): string {
  if (colon < lineStart) return '';
  let i = colon;
  let words = 0;
  while (i > lineStart && colon - i < 40) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9) {
      words++;
      if (words === 3) break;
    } else if (isIntroStop(c)) break;
    i--;
  }
  return flat(text.slice(i, colon + 1)).trim();
}

/** The head of a list whose colon is at `colon`: the words messages quote and the clause that says its kind. */
export interface HeadWords {
  readonly intro: string;
  readonly clause: string;
}

export function headOf(text: string, from: number, colon: number): HeadWords {
  return { intro: introOf(text, from, colon), clause: clauseOf(text, from, colon) };
}

/** Longest head clause read back from a colon: longer text is not one head. */
const MAX_CLAUSE = 400;

/**
 * The clause before the colon at `colon`, from the start of its sentence (after `. `, `; `, `: ` or
 * `from`): `The States Parties, in the order of receipt of the reports, are:`.
 */
export function clauseOf(text: string, from: number, colon: number): string {
  if (colon < from) return '';
  let i = colon;
  while (i > from && colon - i < MAX_CLAUSE) {
    const c = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i);
    if ((c === 46 || c === 59 || c === 58) && (next === 32 || next === 9 || next === 10 || next === 13)) break;
    i--;
  }
  return flat(text.slice(i, colon + 1)).trim();
}

/** The characters that open or close a nesting, separate entries or end a sentence, and `<` of a comment. */
const SPECIAL_RE = /[<()[\]\u201c\u201d":,;.?!]/g;

/** Colons, separators and sentence ends of a unit outside parentheses, brackets, quotations and comments. */
function unitEvents(model: ModelBase, unit: Unit): Event[] {
  const { text } = model;
  const events: Event[] = [];
  let paren = 0;
  let bracket = 0;
  let curly = 0;
  let straight = false;
  // Only the characters of SPECIAL_RE matter: the regular expression finds them faster than a loop.
  const u = text.slice(unit.start, unit.end);
  SPECIAL_RE.lastIndex = 0;
  while (SPECIAL_RE.test(u)) {
    const i = unit.start + SPECIAL_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    switch (c) {
      case 60 /* < */: {
        if (!text.startsWith('<!--', i)) continue;
        // An HTML comment is not part of the text: skip to its end (or the unit's).
        const close = text.indexOf('-->', i + 4);
        SPECIAL_RE.lastIndex = close === -1 || close + 3 > unit.end ? u.length : close + 3 - unit.start;
        continue;
      }
      case 40 /* ( */:
        paren++;
        continue;
      case 41 /* ) */:
        if (paren > 0) paren--;
        continue;
      case 91 /* [ */:
        bracket++;
        continue;
      case 93 /* ] */:
        if (bracket > 0) bracket--;
        continue;
      case 0x201c:
        curly++;
        continue;
      case 0x201d:
        if (curly > 0) curly--;
        continue;
      case 34 /* " */:
        straight = !straight;
        continue;
      case 58 /* : */:
      case 44 /* , */:
      case 59 /* ; */:
      case 46 /* . */:
      case 63 /* ? */:
      case 33 /* ! */:
        break;
      default:
        continue;
    }
    if (paren > 0 || bracket > 0 || curly > 0 || straight) continue;
    if (c === 58) {
      // Emphasis may close after the colon (`**In favour:** Albania, …`): the list starts after it.
      let k = i + 1;
      while (k < unit.end && k < i + 3 && (text.charCodeAt(k) === 42 || text.charCodeAt(k) === 95)) k++;
      const next = text.charCodeAt(k);
      if (k >= unit.end || next === 32 || next === 9 || next === 10 || next === 13) events.push({ kind: 'colon', at: k - 1, ch: ':' });
    } else if (c === 44) events.push({ kind: 'sep', at: i, ch: ',' });
    else if (c === 59) events.push({ kind: 'sep', at: i, ch: ';' });
    else if (endsSentenceAt(model, i)) events.push({ kind: 'end', at: i, ch: text.charAt(i) });
  }
  return events;
}

/** Splits a unit into list regions (after a colon, to the next colon or the end of the sentence). */
function scanUnit(model: ModelBase, unit: Unit, introduced: boolean, headForUnit: HeadWords, out: EntryList[]): void {
  const { text, quotations } = model;
  const events = unitEvents(model, unit);

  // Regions: after a colon to the next colon or the end of the sentence (a list), the unit's first
  // sentence when a colon line introduces it (a list), and other stretches of a sentence (prose, where
  // only runs of State names count as a list).
  let regionStart = unit.start;
  let isList = introduced;
  const none: HeadWords = { intro: '', clause: '' };
  let regionHead = introduced ? headForUnit : none;
  let seps: Event[] = [];
  const close = (end: number, cuts: readonly Event[]): void => {
    const list = isList ? inlineList(text, regionStart, end, cuts, regionHead) : undefined;
    if (list) out.push(list);
    else stateRuns(text, regionStart, end, cuts, out);
  };
  for (const ev of events) {
    if (ev.kind === 'sep') {
      seps.push(ev);
      continue;
    }
    // The words between the last separator and a colon are the next list's head (`…, Chile; Against:`).
    const lastSep = ev.kind === 'colon' && isList ? seps[seps.length - 1] : undefined;
    if (lastSep) close(lastSep.at, seps.slice(0, -1));
    else close(ev.at, seps);
    seps = [];
    regionStart = ev.at + 1;
    isList = ev.kind === 'colon' && !inRanges(quotations, ev.at);
    regionHead = isList ? headOf(text, unit.start, ev.at) : none;
  }
  close(unit.end, seps);
}

/** The entries of an enumeration between `start` and `end` with separators `seps`; undefined unless it is a clean list of names. */
function inlineList(text: string, start: number, end: number, seps: readonly Event[], head: HeadWords): EntryList | undefined {
  if (seps.length === 0 && !/\s(?:and|or)\s/.test(text.slice(start, Math.min(end, start + 600)))) return undefined;
  // Semicolons separate the entries when there are any; commas then belong to the entries.
  const bySemicolon = seps.some((s) => s.ch === ';');
  const cuts = seps.filter((s) => (bySemicolon ? s.ch === ';' : s.ch === ','));
  const segments: TextRange[] = [];
  let from = start;
  for (const s of cuts) {
    segments.push({ start: from, end: s.at });
    from = s.at + 1;
  }
  segments.push({ start: from, end });
  // A trailing separator before the end (`Brazil, China,`) leaves an empty last segment.
  if (segments.length > 1 && text.slice(segments[segments.length - 1].start, end).trim() === '') segments.pop();

  // `Acme, Inc.` is one name.
  const merged: TextRange[] = [];
  for (const s of segments) {
    // Company suffixes are at most five characters: only a short segment is tested.
    const tr = merged.length > 0 && !bySemicolon ? trimRange(text, s) : undefined;
    if (tr && tr.end - tr.start <= 5 && SUFFIX_RE.test(text.slice(tr.start, tr.end))) merged[merged.length - 1] = { start: merged[merged.length - 1].start, end: s.end };
    else merged.push(s);
  }

  const entries: Entry[] = [];
  for (let k = 0; k < merged.length; k++) {
    const seg = trimRange(text, merged[k]);
    if (seg.end <= seg.start) return undefined;
    let s = seg.start;
    const conj = conjunctionLength(text, s, Math.min(seg.end, s + 8));
    if (conj > 0) {
      if (k === 0) return undefined;
      s += conj;
    }
    const isLast = k === merged.length - 1;
    if (conj === 0 && (k > 0 || merged.length === 1)) {
      // The final `X and Y` (or a middle segment that is really the end of the list).
      const split = splitFinal(text, { start: s, end: seg.end }, isLast);
      if (split === 'ambiguous') {
        if (!isLast) return undefined;
      } else if (split) {
        const a = makeEntry(text, split[0]);
        const b = makeEntry(text, split[1]);
        if (!a || !b) return undefined;
        entries.push(a, b);
        if (!isLast) break; // the list ended here; what follows is other text
        continue;
      }
    }
    const e = makeEntry(text, { start: s, end: seg.end });
    if (!e) return undefined;
    entries.push(e);
  }
  if (entries.length < 2) return undefined;
  // `H.E. Ms. A, Ambassador, Permanent Representative of B`: commas separate a person's titles, not entries.
  if (!bySemicolon && entries.some((e) => entryFacts(text.slice(e.start, e.end)).person)) return undefined;
  return { kind: 'inline', entries, intro: head.intro, clause: head.clause };
}

/**
 * Where the final "and" splits `Algeria and China`: both halves names, State names preferred, a
 * State name containing "and" (`Bosnia and Herzegovina`) kept whole. Undefined when there is no
 * "and" to split at; 'ambiguous' when several "and"s could be the final one.
 */
function splitFinal(text: string, seg: TextRange, isLast: boolean): [TextRange, TextRange] | 'ambiguous' | undefined {
  if (seg.end - seg.start > MAX_ENTRY * 2) return 'ambiguous';
  const s = text.slice(seg.start, seg.end);
  const cands: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === ' ' || c === '\n') && conjunctionLength(s, i + 1, Math.min(s.length, i + 5)) > 0) cands.push(i);
  }
  if (cands.length === 0) return undefined;
  if (lookupState(s)) return undefined;
  const parts = cands.map((i): [TextRange, TextRange] => {
    const word = s.slice(i + 1, i + 4) === 'and' ? 3 : 2;
    let r = i + 1 + word;
    while (r < s.length && /\s/.test(s.charAt(r))) r++;
    return [trimRange(text, { start: seg.start, end: seg.start + i }), { start: seg.start + r, end: seg.end }];
  });
  const known = (r: TextRange): boolean => !!stateOfEntry(text.slice(r.start, r.end));
  const both = parts.filter(([a, b]) => known(a) && known(b));
  if (both.length === 1) return both[0];
  if (both.length > 1) return 'ambiguous';
  // In mid-list, `Trinidad and Tobago` or `Food and Agriculture Organization` is one name.
  if (!isLast) return undefined;
  if (parts.length === 1) {
    const [a, b] = parts[0];
    // `the Council of Europe and UNODC`: both must read as names.
    return nameLike(text.slice(a.start, a.end)) && nameLike(text.slice(b.start, b.end)) ? parts[0] : 'ambiguous';
  }
  const one = parts.filter(([a, b]) => known(a) !== known(b) && (known(a) ? lookupState(text.slice(b.start, b.end)) === undefined : true));
  return one.length === 1 && nameLike(text.slice(one[0][0].start, one[0][0].end)) && nameLike(text.slice(one[0][1].start, one[0][1].end)) ? one[0] : 'ambiguous';
}

function collectPerLine(model: ModelBase, first: number, head: HeadWords): EntryList | undefined {
  const { lines, lineKinds, text } = model;
  const entries: Entry[] = [];
  for (let j = first; j < lines.length; j++) {
    if (lineKinds[j] !== 'text' && lineKinds[j] !== 'front') break;
    const line = lines[j];
    const cs = model.contentStarts[j] ?? line.start;
    const content = text.slice(cs, line.end);
    if (content.length > MAX_ENTRY) break;
    // The entry and its final punctuation: `Brazil;`, `China; and`, `Chile.`
    const m = /(?:[,;.]?[ \t]+(?:and|or)|[,;.])?[ \t]*$/.exec(content);
    const termStart = m ? cs + m.index : line.end;
    const body = { start: cs, end: termStart };
    const inner = text.slice(body.start, body.end);
    if (/[,;:]/.test(stripParens(inner)) || /\.\s/.test(stripParens(inner))) break;
    const e = makeEntry(text, body, j, { start: termStart, end: trimRange(text, { start: termStart, end: line.end }).end });
    if (!e) break;
    entries.push(e);
  }
  if (entries.length < 2) return undefined;
  return { kind: 'lines', entries, intro: head.intro, clause: head.clause };
}

function isDigitOrStar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 42;
}
