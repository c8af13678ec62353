// An entry listed twice in one list (States, organizations, panellists, documents, agenda items):
// `…: Brazil, China, …, Algeria and China.` Names are compared after normalizing case, spacing, a
// leading "the" and UN short/formal State names (R37–R40); a name inside another entry's
// parentheses is not a repeat. Lists: enumerations after a colon (same line, or the line after a line
// ending with a colon), one entry per line after such a line, numbered or lettered item groups, and
// runs of numbered one-name paragraphs in annexes.

import { lookupState, normalizeStateName, STATES } from '../data/states';
import type { DraftModel, LineKind } from '../model';
import type { Report, Rule, RuleContext } from '../rule';
import type { TextEdit, TextRange } from '../types';
import { inRanges } from '../parse/inline';
import { endsSentenceAt, footnoteGoesOn, isAbbreviationWord } from '../parse/sentences';

/** One entry of a list: its text range (after any leading "and"), comparison key and line. */
interface Entry {
  readonly start: number;
  readonly end: number;
  /** Undefined when the entry takes part in the list's shape but is never compared (`[...]`). */
  readonly key: string | undefined;
  readonly isState: boolean;
  /** For one-per-line lists: the line and the range of its final punctuation (`;`, `; and`, `.`). */
  readonly line?: number;
  readonly terminator?: TextRange;
}

type ListKind = 'inline' | 'lines' | 'items';

interface EntryList {
  readonly kind: ListKind;
  readonly entries: Entry[];
  /** A few words that introduce the list, for messages (`following States:`). */
  readonly intro: string;
}

/** Words that may stand in lower case inside a name (`Bosnia and Herzegovina`, `Organization of American States`). */
const CONNECTORS = new Set([
  'a', 'an', 'and', 'at', 'against', 'among', 'by', 'de', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'da', 'das',
  'du', 'e', 'el', 'en', 'et', 'for', 'from', 'für', 'in', 'into', 'its', 'la', 'le', 'les', 'of', 'on', 'or', 'per',
  'the', 'their', 'to', 'towards', 'und', 'under', 'upon', 'van', 'von', 'den', 'via', 'with', 'within', 'y', 'al', 'bin', 'ibn',
]);

/** Company suffixes that follow a comma inside one name (`Acme, Inc.`). */
const SUFFIX_RE = /^(?:Inc|Ltd|LLC|Co|Corp|S\.A|GmbH|AG|plc)\.?$/;

/** A person's honorific or title at the start of an entry. */
const PERSON_RE =
  /^(?:the\s+)?(?:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|(?:Professor|Ambassador|Minister|Deputy|Director|Chair|Chairperson|Vice-\w+|President|Secretary|Head|Counsellor|Adviser|Advisor|Rapporteur|Senator|Judge|Coordinator|Commissioner|Under-Secretary-General|Assistant|Permanent Representative|Permanent Observer|Charg\u00e9)\b)/;

const SKIP_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['blank', 'comment', 'masthead', 'heading', 'toc', 'separator']);

const MAX_WORDS = 16;
const MAX_ENTRY = 200;

export const duplicateEntryRule: Rule = {
  meta: {
    id: 'duplicate-entry',
    description: 'No entry is listed twice in one list of States, organizations, speakers, documents or agenda items',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['lists'],
    conventions: ['R39', 'R37', 'R40'],
  },
  check(ctx) {
    for (const list of collectLists(ctx.model)) reportDuplicates(ctx, list);
  },
};

function collectLists(model: DraftModel): EntryList[] {
  const lists: EntryList[] = [];
  collectInlineAndLineLists(model, lists);
  collectItemGroups(model, lists);
  collectParagraphRuns(model, lists);
  return lists;
}

/** The lists the rule compares, with each entry's text and key: for tests and for tuning on real reports. */
export function listsOf(model: DraftModel): { kind: ListKind; intro: string; entries: { text: string; key: string | undefined }[] }[] {
  return collectLists(model).map((l) => ({
    kind: l.kind,
    intro: l.intro,
    entries: l.entries.map((e) => ({ text: model.text.slice(e.start, e.end), key: e.key })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Finding and fixing repeats

function reportDuplicates(ctx: RuleContext, list: EntryList): void {
  const { text } = ctx;
  const first = new Map<string, number>();
  const n = list.entries.length;
  list.entries.forEach((e, k) => {
    if (e.key === undefined) return;
    const i = first.get(e.key);
    if (i === undefined) {
      first.set(e.key, k);
      return;
    }
    const f = list.entries[i];
    const name = flat(text.slice(e.start, e.end));
    const firstName = flat(text.slice(f.start, f.end));
    const kind = e.isState ? 'list of States' : 'list';
    const where = list.intro ? ` after "${list.intro}"` : '';
    const same = normalizeStateName(name) === normalizeStateName(firstName);
    const action = list.kind === 'items' ? 'remove the repeat and renumber the items' : 'remove the repeat';
    const message = same
      ? `"${name}" is listed twice in this ${kind}${where} (entries ${i + 1} and ${k + 1} of ${n}); ${action}`
      : `"${name}" repeats "${firstName}", already listed in this ${kind}${where} (entries ${i + 1} and ${k + 1} of ${n}); ${action}`;
    const edits = removalEdits(text, list, k);
    const report: Report = {
      message,
      range: { start: e.start, end: e.end },
      related: [{ range: { start: f.start, end: f.end }, message: `First listed here as "${firstName}".` }],
      fixes: edits ? [{ title: `Remove the repeated "${truncate(name)}"`, edits }] : [],
    };
    ctx.report(report);
  });
}

/** Edits that remove entry `k` and repair the separators and the final "and"; undefined when not safe. */
function removalEdits(text: string, list: EntryList, k: number): TextEdit[] | undefined {
  const es = list.entries;
  const n = es.length;
  if (k === 0 || n < 2) return undefined;
  if (list.kind === 'items') return undefined;
  if (list.kind === 'lines') return lineRemovalEdits(text, list, k);

  const gap = (j: number): TextRange => ({ start: es[j - 1].end, end: es[j].start });
  const gapText = (j: number): string => text.slice(es[j - 1].end, es[j].start);
  const edits: TextEdit[] = [];
  // Delete the entry with the separator before it; the separator after it (if any) stays.
  edits.push({ range: { start: es[k - 1].end, end: es[k].end }, newText: '' });
  let lastGap: { range: TextRange; current: string; text: string } | undefined;
  if (k === n - 1 && n >= 3) {
    // The entry before becomes the last one: it takes over the final separator (` and `).
    lastGap = { range: gap(n - 2), current: gapText(n - 2), text: gapText(n - 1) };
  } else if (k < n - 1 && n === 3) {
    lastGap = { range: gap(n - 1), current: gapText(n - 1), text: gapText(n - 1) };
  }
  if (lastGap) {
    let t = lastGap.text;
    // Two entries left: `A and B`, without a serial comma (or a semicolon, unless the entries have commas).
    if (n === 3) {
      const left = es.filter((_, j) => j !== k);
      const commas = left.some((e) => text.slice(e.start, e.end).includes(','));
      t = t.replace(commas ? /^[ \t]*,[ \t]*(and|or)(\s+)$/ : /^[ \t]*[,;][ \t]*(and|or)(\s+)$/, ' $1$2');
    }
    if (t !== lastGap.current) edits.push({ range: lastGap.range, newText: t });
  }
  return edits;
}

/** One entry per line: delete the line; the entry before takes over a final `.` or `; and`. */
function lineRemovalEdits(text: string, list: EntryList, k: number): TextEdit[] | undefined {
  const es = list.entries;
  const e = es[k];
  const prev = es[k - 1];
  if (!e.terminator || !prev.terminator || e.line === undefined || prev.line === undefined) return undefined;
  const lineStart = lineStartOf(text, e.start);
  const lineNext = lineNextOf(text, e.end);
  const edits: TextEdit[] = [];
  const isLastInText = lineNext >= text.length && text.charAt(text.length - 1) !== '\n';
  const own = text.slice(e.terminator.start, e.terminator.end);
  const prevOwn = text.slice(prev.terminator.start, prev.terminator.end);
  const takeOver = k === es.length - 1 || /\band$/.test(own);
  if (takeOver && own !== prevOwn) edits.push({ range: prev.terminator, newText: own });
  if (isLastInText) {
    // No line break after the entry: remove the one before it instead.
    edits.push({ range: { start: lineEndBefore(text, lineStart), end: text.length }, newText: '' });
  } else edits.push({ range: { start: lineStart, end: lineNext }, newText: '' });
  return edits;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charAt(i - 1) !== '\n' && text.charAt(i - 1) !== '\r') i--;
  return i;
}

function lineNextOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charAt(i) !== '\n' && text.charAt(i) !== '\r') i++;
  if (text.charAt(i) === '\r' && text.charAt(i + 1) === '\n') return i + 2;
  return i < text.length ? i + 1 : i;
}

function lineEndBefore(text: string, lineStart: number): number {
  let i = lineStart;
  if (i > 0 && text.charAt(i - 1) === '\n') i--;
  if (i > 0 && text.charAt(i - 1) === '\r') i--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Inline enumerations after a colon, and one entry per line after a line ending with a colon

/** A unit: one line with the continuation lines the parser attached to it. */
interface Unit {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly start: number;
  readonly end: number;
}

function collectInlineAndLineLists(model: DraftModel, out: EntryList[]): void {
  const { lines, lineKinds, text } = model;
  let colonLine = -1; // the last non-blank line, when it ends with a colon and may introduce a list
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
    const unit: Unit = { firstLine: i, lastLine: last, start: model.contentStarts[i] ?? lines[i].start, end: lines[last].end };
    // A list may follow its colon line directly or after one blank line (Markdown needs one).
    const introduced = colonLine !== -1 && blanks <= 1 && (kind === 'text' || kind === 'front');
    if (!SKIP_KINDS.has(kind) && !isBlockQuote(lines[i].text)) {
      const cl = introduced ? lines[colonLine] : undefined;
      const intro = cl ? introOf(text, cl.start, cl.start + colonEnd(cl.text)) : '';
      scanUnit(model, unit, introduced, intro, out);
      if (introduced) {
        const perLine = collectPerLine(model, i, intro);
        if (perLine) out.push(perLine);
      }
    }
    const mayIntroduce = kind !== 'masthead' && kind !== 'toc' && kind !== 'comment';
    colonLine = mayIntroduce && colonEnd(lines[last].text) !== -1 ? last : -1;
    blanks = 0;
    i = last + 1;
  }
}

/** Offset (in the line) of a final colon, allowing a footnote number or asterisk after it; -1 if none. */
function colonEnd(line: string): number {
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
function introOf(text: string, lineStart: number, colon: number): string {
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

/** The characters that open or close a nesting, separate entries or end a sentence, and `<` of a comment. */
const SPECIAL_RE = /[<()[\]\u201c\u201d":,;.?!]/g;

interface Event {
  readonly kind: 'colon' | 'sep' | 'end';
  readonly at: number;
  readonly ch: string;
}

/** Splits a unit into list regions (after a colon, to the next colon or the end of the sentence). */
function scanUnit(model: DraftModel, unit: Unit, introduced: boolean, introForUnit: string, out: EntryList[]): void {
  const { text, quotations } = model;
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
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= unit.end || next === 32 || next === 9 || next === 10 || next === 13) events.push({ kind: 'colon', at: i, ch: ':' });
    } else if (c === 44) events.push({ kind: 'sep', at: i, ch: ',' });
    else if (c === 59) events.push({ kind: 'sep', at: i, ch: ';' });
    else if (endsSentenceAt(model, i)) events.push({ kind: 'end', at: i, ch: text.charAt(i) });
  }

  // Regions: after a colon to the next colon or the end of the sentence (a list), the unit's first
  // sentence when a colon line introduces it (a list), and other stretches of a sentence (prose, where
  // only runs of State names count as a list).
  let regionStart = unit.start;
  let isList = introduced;
  let regionIntro = introduced ? introForUnit : '';
  let seps: Event[] = [];
  const close = (end: number): void => {
    const list = isList ? inlineList(text, regionStart, end, seps, regionIntro) : undefined;
    if (list) out.push(list);
    else stateRuns(text, regionStart, end, seps, out);
  };
  for (const ev of events) {
    if (ev.kind === 'sep') {
      seps.push(ev);
      continue;
    }
    close(ev.at);
    seps = [];
    regionStart = ev.at + 1;
    isList = ev.kind === 'colon' && !inRanges(quotations, ev.at);
    regionIntro = isList ? introOf(text, unit.start, ev.at) : '';
  }
  close(unit.end);
}

/**
 * Runs of three or more comma-separated State names in running text: `statements were made by the
 * representatives of Brazil, Hungary (on behalf of the European Union), Canada and China`.
 */
function stateRuns(text: string, start: number, end: number, seps: readonly Event[], out: EntryList[]): void {
  if (seps.length < 1 || seps.some((s) => s.ch === ';')) return;
  let run: Entry[] = [];
  const flush = (): void => {
    if (run.length >= 3) out.push({ kind: 'inline', entries: run, intro: '' });
    run = [];
  };
  for (let k = 0; k <= seps.length; k++) {
    const seg = trimRange(text, { start: k === 0 ? start : seps[k - 1].at + 1, end: k < seps.length ? seps[k].at : end });
    let s = seg.start;
    while (s < seg.end && text.charAt(s) === '*') s++;
    const conj = conjunctionLength(text, s, Math.min(seg.end, s + 8));
    if (run.length > 0 && conj > 0) {
      // `and China` (a serial comma): the last entry.
      const e = statePrefix(text, { start: s + conj, end: seg.end });
      if (e) run.push(e);
      flush();
      continue;
    }
    if (run.length > 0) {
      const whole = stateEntry(text, { start: s, end: seg.end });
      if (whole) {
        run.push(whole);
        continue;
      }
      // `Algeria and China` (the final "and"), possibly followed by the rest of the sentence.
      const pair = finalPair(text, { start: s, end: seg.end });
      if (pair) {
        run.push(pair[0], pair[1]);
        flush();
        continue;
      }
      flush();
    }
    // A run starts with a State at the end of a segment: `… by the representatives of Brazil`.
    const first = stateSuffix(text, { start: s, end: seg.end });
    if (first) run = [first];
  }
  flush();
}

/** `Name` or `Name (on behalf of …)`, where Name is a State: the whole range as one entry. */
function stateEntry(text: string, r: TextRange): Entry | undefined {
  const t = trimRange(text, r);
  if (t.end - t.start > MAX_ENTRY) return undefined;
  const head = headEnd(text, t);
  if (!lookupState(text.slice(t.start, head))) return undefined;
  return makeEntry(text, t);
}

/** The end of a name before its trailing parenthetical groups (`Hungary (on behalf of …)` → after `Hungary`); State names with parentheses are kept whole. */
function headEnd(text: string, t: TextRange): number {
  let e = t.end;
  while (e > t.start && text.charAt(e - 1) === ')') {
    if (lookupState(text.slice(t.start, e))) return e;
    // Find the matching "(" of this group.
    let depth = 0;
    let i = e - 1;
    for (; i >= t.start; i--) {
      const c = text.charAt(i);
      if (c === ')') depth++;
      else if (c === '(' && --depth === 0) break;
    }
    if (i < t.start) return e;
    e = i;
    while (e > t.start && isSpaceAt(text, e - 1)) e--;
  }
  return e;
}

const WORD_LIMIT = 10;

/** The longest State name (with `the` and any trailing `(…)` groups) that ends the segment. */
function stateSuffix(text: string, r: TextRange): Entry | undefined {
  const t = trimRange(text, r);
  if (t.end <= t.start) return undefined;
  const head = headEnd(text, t);
  // Word starts, nearest first, up to WORD_LIMIT words back.
  const starts: number[] = [];
  let i = head;
  while (i > t.start && starts.length < WORD_LIMIT) {
    while (i > t.start && !isSpaceAt(text, i - 1)) i--;
    starts.push(i);
    // Every candidate ends with the same word: when no State name can end with it, none is one.
    if (starts.length === 1 && !mayEndStateName(text.slice(i, head))) return undefined;
    while (i > t.start && isSpaceAt(text, i - 1)) i--;
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const st = starts[k];
    if (lookupState(text.slice(st, head))) return makeEntry(text, { start: st, end: t.end });
  }
  return undefined;
}

/** The longest State name that starts the segment, with any `(…)` groups right after it. */
function statePrefix(text: string, r: TextRange): Entry | undefined {
  const t = trimRange(text, r);
  const ends: number[] = [];
  let words = 0;
  for (let i = t.start; i <= t.end && words <= WORD_LIMIT && i - t.start <= MAX_ENTRY; i++) {
    const space = i >= t.end || isSpaceAt(text, i);
    const c = space ? 32 : text.charCodeAt(i);
    if (space || c === 41 /* ) */ || c === 46 /* . */) {
      const e = c === 41 ? i + 1 : i;
      if (e > t.start && (ends.length === 0 || ends[ends.length - 1] !== e)) ends.push(e);
      if (space) words++;
    }
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    if (!lookupState(text.slice(t.start, ends[k]))) continue;
    let e = ends[k];
    // Keep a following `(on behalf of …)` with the entry.
    let j = e;
    while (j < t.end && text.charAt(j) === ' ') j++;
    if (text.charAt(j) === '(') {
      let depth = 0;
      for (let m = j; m < t.end && m - j < MAX_ENTRY; m++) {
        const c = text.charAt(m);
        if (c === '(') depth++;
        else if (c === ')' && --depth === 0) {
          e = m + 1;
          break;
        }
      }
    }
    return makeEntry(text, { start: t.start, end: e });
  }
  return undefined;
}

/** `Algeria and China…`: a State, "and", and a State that starts the rest. */
function finalPair(text: string, r: TextRange): [Entry, Entry] | undefined {
  const s = text.slice(r.start, Math.min(r.end, r.start + MAX_ENTRY));
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && c === ' ' && s.startsWith('and ', i + 1)) {
      const a = stateEntry(text, { start: r.start, end: r.start + i });
      if (!a) continue;
      const b = statePrefix(text, { start: r.start + i + 5, end: r.end });
      if (b) return [a, b];
    }
  }
  return undefined;
}

/** The entries of an enumeration between `start` and `end` with separators `seps`; undefined unless it is a clean list of names. */
function inlineList(text: string, start: number, end: number, seps: readonly Event[], intro: string): EntryList | undefined {
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
  return { kind: 'inline', entries, intro };
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

function makeEntry(text: string, r: TextRange, line?: number, terminator?: TextRange): Entry | undefined {
  const t = trimRange(text, r);
  const facts = entryFacts(text.slice(t.start, t.end));
  if (facts.placeholder) return { start: t.start, end: t.end, key: undefined, isState: false, line, terminator };
  if (!facts.name) return undefined;
  return { start: t.start, end: t.end, key: facts.key, isState: facts.isState, line, terminator };
}

/** What an entry's text is: lists repeat the same names, so the answers are kept (a bounded cache). */
interface EntryFacts {
  readonly placeholder: boolean;
  readonly name: boolean;
  readonly key: string;
  readonly isState: boolean;
  readonly person: boolean;
}

const factsCache = new Map<string, EntryFacts>();
const FACTS_CACHE_MAX = 4096;

function entryFacts(raw: string): EntryFacts {
  const hit = factsCache.get(raw);
  if (hit) return hit;
  const placeholder = isPlaceholder(raw);
  const name = !placeholder && nameLike(raw);
  const { key, isState } = name ? entryKey(raw) : { key: '', isState: false };
  const facts: EntryFacts = { placeholder, name, key, isState, person: PERSON_RE.test(raw) };
  if (factsCache.size >= FACTS_CACHE_MAX) factsCache.clear();
  factsCache.set(raw, facts);
  return facts;
}

/** `/^(?:and|or)\s+/` on `text[at, end)`: the length of the match, 0 when none. */
function conjunctionLength(text: string, at: number, end: number): number {
  let i: number;
  if (text.startsWith('and', at)) i = at + 3;
  else if (text.startsWith('or', at)) i = at + 2;
  else return 0;
  const word = i;
  while (i < end && isSpaceAt(text, i)) i++;
  return i > word ? i - at : 0;
}

/** `[...]`, `…`, `etc.`: part of the list but nothing to compare. */
function isPlaceholder(s: string): boolean {
  return /^(?:\[[^\]]{0,40}\]|\.{3}|…|etc\.?)$/.test(s.trim());
}

/**
 * Reads as a name: starts with a capital, a digit or a quotation mark (after an optional "the"),
 * at most MAX_WORDS words outside parentheses, and every word outside parentheses capitalized or a
 * connector (`of`, `and`, `for`…).
 */
function nameLike(s: string): boolean {
  if (s.length === 0 || s.length > MAX_ENTRY) return false;
  let t = s.trim();
  if (t.startsWith('the ')) t = t.slice(4);
  if (!/^[\p{Lu}\d“"'‘[]/u.test(t)) return false;
  let depth = 0;
  let words = 0;
  let wordStart = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charAt(i) : ' ';
    if (c === '(' || c === '[') {
      if (depth === 0 && wordStart !== -1 && !wordOk(t.slice(wordStart, i))) return false;
      if (depth === 0) wordStart = -1;
      depth++;
      continue;
    }
    if (c === ')' || c === ']') {
      if (depth > 0) depth--;
      continue;
    }
    if (depth > 0) continue;
    if (/\s/.test(c)) {
      if (wordStart !== -1) {
        words++;
        if (!wordOk(t.slice(wordStart, i))) return false;
        wordStart = -1;
      }
    } else if (wordStart === -1) wordStart = i;
  }
  return words <= MAX_WORDS && depth === 0;
}

function wordOk(w: string): boolean {
  const c = w.charAt(0);
  if (!/\p{Ll}/u.test(c)) return true;
  if (CONNECTORS.has(w.replace(/[.,;:]+$/, ''))) return true;
  // `d’Ivoire`, `al-Hussein`, `e.V.`
  return /^(?:[dl]['’]\p{Lu}|(?:al|el|ad|ibn|bin)-\p{Lu}|\p{Ll}\.\p{Lu})/u.test(w);
}

// ---------------------------------------------------------------------------------------------
// Comparison keys

/** The State an entry denotes, ignoring a leading "the", asterisks and link markup. */
function stateOfEntry(raw: string): string | undefined {
  const s = lookupState(stripMarkup(raw));
  return s ? s.iso3 : undefined;
}

const keyCache = new Map<string, { key: string; isState: boolean }>();

/** `entryKey`, remembered: item groups and annex lists repeat their entries. */
function cachedEntryKey(raw: string): { key: string; isState: boolean } {
  const hit = keyCache.get(raw);
  if (hit) return hit;
  const k = entryKey(raw);
  if (keyCache.size >= FACTS_CACHE_MAX) keyCache.clear();
  keyCache.set(raw, k);
  return k;
}

/** A key in which UN short and formal names of a State are equal and `(…)` parts are compared too. */
function entryKey(raw: string): { key: string; isState: boolean } {
  const s = stripMarkup(raw);
  const wholeKey = normalizeStateName(s);
  const whole = s.length > 120 ? undefined : stateByKey(wholeKey);
  if (whole) return { key: `S:${whole.iso3}`, isState: true };
  // `Hungary (on behalf of the European Union)`, `Lu Chuanying (China)`: the head and each group.
  if (s.indexOf('(') === -1 && s.length <= 120) return { key: s.trim() === '' ? '' : wholeKey, isState: false };
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '(') {
      if (depth === 0) {
        parts.push(s.slice(from, i));
        from = i + 1;
      }
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        parts.push(s.slice(from, i));
        from = i + 1;
      }
    }
  }
  parts.push(s.slice(from));
  const keys = parts.map((p) => p.trim()).filter((p) => p !== '').map((p) => {
    const key = normalizeStateName(p);
    const st = p.length > 120 ? undefined : stateByKey(key);
    return st ? `S:${st.iso3}` : key;
  });
  return { key: keys.join(' | '), isState: false };
}

/** Link markup `[text](target)` reduced to its text; emphasis markers dropped. */
function stripMarkup(s: string): string {
  if (s.indexOf('[') === -1 && s.indexOf(']') === -1 && s.indexOf('*') === -1 && s.indexOf('_') === -1) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === ']' && s.charAt(i + 1) === '(') {
      const close = s.indexOf(')', i + 2);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    if (c !== '[' && c !== '*' && c !== '_') out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One entry per line after a line ending with a colon

function collectPerLine(model: DraftModel, first: number, intro: string): EntryList | undefined {
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
  return { kind: 'lines', entries, intro };
}

/** The text with parenthesized parts blanked out (same length). */
function stripParens(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if (c === '(') depth++;
    out += depth > 0 ? ' ' : c;
    if (c === ')' && depth > 0) depth--;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbered and lettered item groups; runs of one-name paragraphs in annexes

function collectItemGroups(model: DraftModel, out: EntryList[]): void {
  const { text, lines, lineKinds } = model;
  for (const g of model.itemGroups) {
    if (g.items.length < 2) continue;
    const entries: Entry[] = [];
    for (const item of g.items) {
      let end = item.range.end;
      // Wrapped item text: following plain lines while the line does not end a clause.
      for (let j = item.line; j + 1 < lines.length && j < item.line + 3; j++) {
        if (endsWithOneOf(lines[j].text, '.;:!?') || (lineKinds[j + 1] !== 'text' && lineKinds[j + 1] !== 'continuation')) break;
        end = lines[j + 1].end;
      }
      const body = itemBody(text, { start: item.markerRange.end, end });
      if (body.end - body.start < 2) continue;
      const raw = text.slice(body.start, body.end);
      if (isPlaceholder(raw) || /^\[/.test(raw)) continue;
      const { key, isState } = cachedEntryKey(raw);
      entries.push({ start: body.start, end: body.end, key, isState });
    }
    if (entries.length >= 2) out.push({ kind: 'items', entries, intro: introBefore(model, g.items[0].line) });
  }
}

/** The item's text without its final punctuation or "and". */
function itemBody(text: string, r: TextRange): TextRange {
  const t = trimRange(text, r);
  const m = /(?:[,;.:]?[ \t]+(?:and|or)|[,;.:])$/.exec(text.slice(Math.max(t.start, t.end - 8), t.end));
  return m ? trimRange(text, { start: t.start, end: t.end - m[0].length }) : t;
}

/** The intro of a list whose first item is on `line`: the words before a colon ending the line above. */
function introBefore(model: DraftModel, line: number): string {
  let j = line - 1;
  if (j >= 0 && model.lineKinds[j] === 'blank') j--;
  if (j < 0) return '';
  const l = model.lines[j];
  const c = colonEnd(l.text);
  return c === -1 ? '' : introOf(model.text, l.start, l.start + c);
}

function collectParagraphRuns(model: DraftModel, out: EntryList[]): void {
  const { text, paragraphs } = model;
  let run: Entry[] = [];
  let runIntro = '';
  let prev: { number: number; scope: number } | undefined;
  const flush = (): void => {
    if (run.length >= 3) out.push({ kind: 'items', entries: run, intro: runIntro });
    run = [];
  };
  for (const p of paragraphs) {
    if (p.scope === 0) {
      flush();
      prev = undefined;
      continue;
    }
    if (!prev || prev.scope !== p.scope || p.number !== prev.number + 1) flush();
    prev = { number: p.number, scope: p.scope };
    const body = itemBody(text, { start: p.numberRange.end + 1, end: p.range.end });
    const raw = text.slice(body.start, body.end).replace(/\*+$/, '');
    // One name per paragraph: short, no sentence inside, not ending like a sentence.
    if (raw.length > MAX_ENTRY || /[.!?]\s/.test(stripParens(raw)) || endsWithSentencePeriod(raw) || !nameLike(raw.replace(/:\s/g, ' '))) {
      flush();
      continue;
    }
    const { key, isState } = cachedEntryKey(raw);
    if (run.length === 0) runIntro = introBefore(model, p.line);
    run.push({ start: body.start, end: body.end, key, isState });
  }
  flush();
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** `/\s/.test(text.charAt(i))` without a regular expression: ASCII and Unicode white space. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[<chars>]\s*$/.test(s)`: the last character before any trailing white space is one of `chars`. */
function endsWithOneOf(s: string, chars: string): boolean {
  let e = s.length;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  return e > 0 && chars.indexOf(s.charAt(e - 1)) !== -1;
}

function isDigitOrStar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 42;
}

/** `/^[ \t]{0,3}>/`: a Markdown block quote line. */
function isBlockQuote(t: string): boolean {
  let i = 0;
  while (i < 3 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  return t.charCodeAt(i) === 62;
}

/** State keys (normalized names) by key, and the last words of the keys: built once, on first use. */
let stateKeys: Map<string, (typeof STATES)[number]> | undefined;
let stateLastWords: Set<string> | undefined;

function stateByKey(key: string): (typeof STATES)[number] | undefined {
  if (!stateKeys) {
    stateKeys = new Map();
    for (const st of STATES) for (const n of [st.short, st.formal, ...(st.aliases ?? [])]) stateKeys.set(normalizeStateName(n), st);
  }
  return stateKeys.get(key);
}

/**
 * False when no text that ends with `word` (no white space inside) can be a State name: the
 * normalized key of such a text ends with the normalized word, unless that is empty or the
 * "(the)" marker the key drops.
 */
function mayEndStateName(word: string): boolean {
  if (!stateLastWords) {
    stateByKey('');
    stateLastWords = new Set();
    for (const k of (stateKeys as Map<string, unknown>).keys()) stateLastWords.add(k.slice(k.lastIndexOf(' ') + 1));
  }
  const w = normalizeStateName(word);
  return w === '' || w === '(the)' || stateLastWords.has(w);
}

/** Ends with a period that is not an abbreviation's (`… the report.`, not `… Inc.`). */
function endsWithSentencePeriod(s: string): boolean {
  if (!s.endsWith('.')) return false;
  let i = s.length - 1;
  while (i > 0 && s.length - i < 12 && !/\s/.test(s.charAt(i - 1))) i--;
  const word = s.slice(i, s.length - 1).toLowerCase();
  return !(word.length === 1 || isAbbreviationWord(word));
}

function trimRange(text: string, r: TextRange): TextRange {
  let s = r.start;
  let e = r.end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}


function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function truncate(s: string): string {
  return s.length <= 50 ? s : `${s.slice(0, 47)}…`;
}
