// State names in lists of States and in attributions such as "Lu Chuanying (China)" are the UNTERM
// short names (R37), printed without "the" or a "(the)" marker (R38). Running text is left alone:
// whether "the Islamic Republic of Iran" is acceptable there was not settled (R37), and "the
// Plurinational State of Bolivia" is how issued reports write it. A name that was the United Nations
// name on the document's date (`Swaziland` in 2010) is right; so is a formal name in an attribution.

import { ACCEPTED_STATE_FORMS, inUseOn, lookupStateVariant, NON_STATE_PARTICIPANTS, STATE_VARIANTS } from '../data/state-variants';
import type { PartialDate as DateOfDocument } from '../un/dates';
import { orgListStart, periodAfterTitle } from '../un/list-entries';
import { lookupState, normalizeStateName, STATES } from '../data/states';
import type { DraftModel } from '../model';
import { asReceivedFrom, editDistance, inQuotation, inRanges, isProseLine, opaqueRanges, titleLines } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { Severity, TextRange } from '../types';

/** "… experts of the following States:", "the following Member States …:" */
const FOLLOWING_STATES_RE = /\b[Tt]he following (?:[\w-]+ ){0,2}States\b[^.:;]{0,80}:/g;
/** Recorded votes and regional groups: the names follow the colon, on the line or the next one. */
const LIST_HEAD_RE = /^(?:In favour|Against|Abstaining|African States|Asia-Pacific States|Asian States|Eastern European States|Latin American and Caribbean States|Western European and other States|Western European and Other States)\s*:/;

/** The first letters of LIST_HEAD_RE's alternatives. */
const LIST_HEAD_FIRST: ReadonlySet<string> = new Set(['I', 'A', 'E', 'L', 'W']);

const SHORT_NAMES: ReadonlySet<string> = new Set([...STATES.map((s) => canonical(s.short)), ...ACCEPTED_STATE_FORMS.map(canonical)]);
const NON_STATES: ReadonlySet<string> = new Set(NON_STATE_PARTICIPANTS.map((n) => normalizeStateName(n)));
/** Names to suggest for an unknown entry: the short names and the usual variants. */
const SUGGESTIONS: readonly { key: string; short: string }[] = [
  ...STATES.map((s) => ({ key: normalizeStateName(s.short), short: s.short })),
  ...STATE_VARIANTS.filter((x) => !/^[A-Z.]+$/.test(x.name)).map((x) => ({ key: normalizeStateName(x.name), short: x.short })),
];

/** The name as printed, with apostrophes and spaces made uniform, for comparison with a short name. */
function canonical(s: string): string {
  return s.replace(/[\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

interface Item {
  text: string;
  start: number; // absolute offsets of the name itself
  end: number;
}

type Verdict =
  | { kind: 'ok' }
  /** `formal`: the UNTERM formal name without "the" ("Islamic Republic of Iran"). */
  /** `unsure`: a former United Nations name in a document whose date is unknown; it may be right then. */
  | { kind: 'fix'; short: string; why: string; severity?: Severity; formal?: boolean; unsure?: boolean }
  | { kind: 'unknown' };

/** Verdicts already given, keyed by date and name: lists repeat the same names many times. */
const verdictCache = new Map<string, Verdict>();
const VERDICT_CACHE_MAX = 4096;

/** What a written name is: the short name, a name to replace, or not a State at all. */
function judge(name: string, date: DateOfDocument | undefined): Verdict {
  if (name.length > MAX_NAME) return { kind: 'unknown' };
  const key = `${date ? `${date.year}-${date.month ?? ''}-${date.day ?? ''}` : ''}|${name}`;
  const hit = verdictCache.get(key);
  if (hit) return hit;
  const v = judgeUncached(name, date);
  if (verdictCache.size >= VERDICT_CACHE_MAX) verdictCache.clear();
  verdictCache.set(key, v);
  return v;
}

/** No State name is longer than this; longer text is not a name (and is not worth comparing). */
const MAX_NAME = 80;

function judgeUncached(name: string, date: DateOfDocument | undefined): Verdict {
  if (name.length > MAX_NAME) return { kind: 'unknown' };
  const c = canonical(name);
  if (SHORT_NAMES.has(c)) return { kind: 'ok' };
  if (NON_STATES.has(normalizeStateName(c)) || /^(?:none|nil)$/i.test(c)) return { kind: 'ok' };
  if (/^the /i.test(c) && SHORT_NAMES.has(c.slice(4))) return { kind: 'fix', short: c.slice(4), why: `is printed without "the" in lists and attributions:` };
  if (/ \(the\)$/.test(c) && SHORT_NAMES.has(c.slice(0, -6))) return { kind: 'fix', short: c.slice(0, -6), why: 'is printed without the "(the)" marker:' };
  const variant = lookupStateVariant(c);
  const state = lookupState(c);
  const formal = !!state && normalizeStateName(state.formal) === normalizeStateName(c) && state.formal !== state.short;
  if (variant) {
    // The name the United Nations used on the document's date is the right one for it.
    if (inUseOn(variant, date)) return { kind: 'ok' };
    return { kind: 'fix', short: variant.short, why: 'is not the UNTERM short name; use', formal, unsure: variant.renamed !== undefined && date === undefined };
  }
  // An acronym in capitals (SAMOA, CHAD) is not a State name.
  if (/^[A-Z][A-Z .-]+$/.test(c)) return { kind: 'unknown' };
  if (state) {
    const spelling = normalizeStateName(c) === normalizeStateName(state.short);
    return { kind: 'fix', short: state.short, why: spelling ? 'is not spelled as the UNTERM short name' : 'is not the UNTERM short name; use', formal };
  }
  return { kind: 'unknown' };
}

const suggestionCache = new Map<string, string[]>();

function suggestionsFor(name: string): string[] {
  const hit = suggestionCache.get(name);
  if (hit) return hit;
  const out = suggestionsUncached(name);
  if (suggestionCache.size >= VERDICT_CACHE_MAX) suggestionCache.clear();
  suggestionCache.set(name, out);
  return out;
}

function suggestionsUncached(name: string): string[] {
  const key = normalizeStateName(name);
  const max = Math.max(2, Math.floor(key.length / 4));
  const scored: Array<{ short: string; d: number }> = [];
  for (const s of SUGGESTIONS) {
    const d = editDistance(key, s.key, max);
    if (d <= max) scored.push({ short: s.short, d });
  }
  scored.sort((a, b) => a.d - b.d || a.short.localeCompare(b.short));
  // Only the closest names: a second-best guess is noise.
  const out: string[] = [];
  for (const s of scored) if (s.d === scored[0].d && !out.includes(s.short) && out.length < 3) out.push(s.short);
  return out;
}

/** A written entry is a name when it is a short name, a known variant or a State in any form. */
function isKnown(name: string, date: DateOfDocument | undefined): boolean {
  return judge(name, date).kind !== 'unknown';
}

/**
 * Splits the text of a list into names: commas and semicolons separate entries, the last joined by
 * "and", which may also belong to a name ("Antigua and Barbuda", "Bosnia and Herzegovina").
 */
function splitNames(text: string, base: number, year: DateOfDocument | undefined): Item[] {
  const out: Item[] = [];
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
    pushSegment(text.slice(pos, end), base + pos, out, year);
    pos = end + 1;
  }
  return out;
}

/** Drops the end of a sentence, sponsors' asterisks and footnote figures stuck to a name ("Samoa*", "Japan2"). */
function trimTrailingMarks(s: string): string {
  let e = s.length;
  for (;;) {
    const ch = s.charAt(e - 1);
    if (ch === ' ' || ch === '.' || ch === '*' || ch === '\t') e--;
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

function pushSegment(seg: string, start: number, out: Item[], year: DateOfDocument | undefined): void {
  let s = seg;
  let off = start;
  // A footnote figure stuck to the separator before it ("Belgium,1 Bolivia") is no part of the name.
  const lead = /^(?:\d{1,3}(?= ))?[\s*]*(?:and\s+)?/.exec(s);
  if (lead) {
    s = s.slice(lead[0].length);
    off += lead[0].length;
  }
  s = trimTrailingMarks(s);
  if (s === '') return;
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
    if (s.length - cur <= MAX_NAME && isKnown(s.slice(cur), year)) break;
    let split = -1;
    for (let k = a; k < ands.length && ands[k] - cur <= MAX_NAME; k++) {
      if (isKnown(trimTrailingMarks(s.slice(cur, ands[k])), year)) {
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

/** Where a list of names on one line ends: the first period outside parentheses that ends the sentence. */
function listEnd(t: string, from: number): number {
  let depth = 0;
  for (let i = from; i < t.length; i++) {
    const ch = t.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === '.' && (i + 1 === t.length || t.charAt(i + 1) === ' ') && !periodAfterTitle(t.slice(Math.max(from, i - 4), i))) return i;
    else if (depth === 0 && ch === ':') return i;
  }
  return t.length;
}

function reportItem(ctx: RuleContext, item: Item, verdict: Verdict, inList: boolean): void {
  if (verdict.kind === 'ok') return;
  const range: TextRange = { start: item.start, end: item.end };
  if (verdict.kind === 'fix') {
    // Outside lists, the formal name in its usual order ("Mostafa Shafizadeh (Islamic Republic of
    // Iran)") is how edited reports write attributions: R37 leaves running text unsettled.
    if (!inList && verdict.formal) return;
    ctx.report({
      message: `"${item.text}" ${verdict.why} "${verdict.short}"`,
      range,
      severity: verdict.severity,
      // Another form of the same State is safe; a former name in a document of unknown date is not.
      fixes: [{ title: verdict.unsure ? `Write "${verdict.short}" (if the document is recent)` : `Write "${verdict.short}"`, edits: [{ range, newText: verdict.short }], safety: verdict.unsure ? 'unsafe' : 'safe' }],
    });
    return;
  }
  if (!inList) return;
  const sugg = suggestionsFor(item.text);
  ctx.report({
    message: `"${item.text}" in a list of States is not the name of a Member State or observer State${sugg.length ? `; did you mean ${sugg.map((x) => `"${x}"`).join(' or ')}?` : ''}`,
    range,
    // The closest name by spelling is a guess: offered, never applied unasked; several are left to the drafter.
    fixes: sugg.length === 1 ? [{ title: `Replace "${item.text}" by "${sugg[0]}", the closest name`, edits: [{ range, newText: sugg[0] }], safety: 'unsafe' }] : [],
  });
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
function gatherList(model: DraftModel, i: number, from: number): ListText {
  const list: ListText = { text: '', pieces: [], ranges: [] };
  for (let j = i, col = from; j < model.lines.length && j < i + 20; j++) {
    const l = model.lines[j];
    if (j > i) {
      if (model.lineKinds[j] !== 'continuation' && model.lineKinds[j] !== 'text') break;
      const c = model.contentStarts[j] - l.start;
      if (l.text.trim() === '' || LIST_HEAD_RE.test(l.text.slice(c))) break;
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
 * The name in a list entry. A note in parentheses after a name ("Brazil (on behalf of …)") is not
 * part of it: the longest part before a parenthesis that is a name is the name. But a parenthesis
 * that garbles the short name's own ("Venezuela (Bolivarian Republic)") belongs to the name, so
 * the fix replaces it whole; replacing only "Venezuela" would add a parenthesis on every pass.
 * With no name before any parenthesis, a person (or a body) with the State in parentheses
 * ("Mr. Jean Dupont (Chile)") has only that State checked, as an attribution.
 */
function nameOfEntry(item: Item, date: DateOfDocument | undefined): { it: Item; verdict: Verdict; inList: boolean } {
  const whole = judge(item.text, date);
  if (whole.kind !== 'unknown') return { it: item, verdict: whole, inList: true };
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
    const verdict = judge(item.text.slice(0, p), date);
    if (verdict.kind === 'unknown') continue;
    if (verdict.kind === 'fix' && garblesOwnParenthesis(item.text.slice(p + 2), verdict.short)) return { it: item, verdict, inList: true };
    return { it: { text: item.text.slice(0, p), start: item.start, end: item.start + p }, verdict, inList: true };
  }
  const p = item.text.indexOf(' (');
  if (p <= 0) return { it: item, verdict: whole, inList: true };
  const inner = attributedState(item, p, date);
  if (inner) return { it: inner.item, verdict: inner.verdict, inList: false };
  // No name at all: the part before the first parenthesis is what is reported.
  const it = { text: item.text.slice(0, p), start: item.start, end: item.start + p };
  return { it, verdict: judge(it.text, date), inList: true };
}

/** "Bolivarian Republic)" against "Venezuela (Bolivarian Republic of)": the same first word in the parentheses. */
function garblesOwnParenthesis(written: string, short: string): boolean {
  const open = short.indexOf(' (');
  if (open === -1) return false;
  const firstWord = (s: string): string => (/^[\p{L}'’-]+/u.exec(s)?.[0] ?? '').toLowerCase();
  const w = firstWord(written);
  return w !== '' && w === firstWord(short.slice(open + 2));
}

function checkList(ctx: RuleContext, list: ListText, date: DateOfDocument | undefined): void {
  for (const item of splitNames(list.text, 0, date)) {
    const { it, verdict, inList } = nameOfEntry(item, date);
    reportItem(ctx, { text: it.text, start: toAbs(list, it.start), end: toAbs(list, it.end - 1) + 1 }, verdict, inList);
  }
}

/** The State in the final parentheses of `item` (from `open`, the offset of " ("), when it is one. */
function attributedState(item: Item, open: number, date: DateOfDocument | undefined): { item: Item; verdict: Verdict } | undefined {
  const t = item.text;
  const close = t.lastIndexOf(')');
  const from = t.lastIndexOf(' (', close);
  if (close !== t.length - 1 || from < open) return undefined;
  const text = t.slice(from + 2, close);
  const verdict = judge(text, date);
  if (verdict.kind === 'unknown') return undefined;
  return { item: { text, start: item.start + from + 2, end: item.start + close }, verdict };
}

function skipLine(model: DraftModel, i: number, titles: Uint8Array, receivedFrom: number): boolean {
  return i >= receivedFrom || titles[i] === 1 || model.lineKinds[i] === 'heading';
}

export const countryNameRule: Rule = {
  meta: {
    id: 'country-name',
    description: 'State names in lists of States and in attributions are the UNTERM short names',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'states'],
    conventions: ['R37', 'R38'],
  },
  check(ctx) {
    const { model } = ctx;
    const year = model.documentDate;
    const opaque = opaqueRanges(model);
    const titles = titleLines(model);
    const receivedFrom = asReceivedFrom(model);
    const listed: TextRange[] = []; // text already judged as a list of States
    let orgEntries = false; // lines of entries under a head that introduces organizations

    for (let i = 0; i < model.lines.length; i++) {
      if (skipLine(model, i, titles, receivedFrom)) continue;
      const kind = model.lineKinds[i];
      if (kind === 'masthead' || kind === 'comment' || kind === 'blank' || kind === 'toc') continue;
      const line = model.lines[i];
      const t = line.text;
      const cs = model.contentStarts[i] - line.start;

      // Lists that follow a colon.
      const heads: number[] = [];
      FOLLOWING_STATES_RE.lastIndex = 0;
      // Cheap tests first: the pattern needs "he following", LIST_HEAD_RE one of five capitals.
      if (t.indexOf('he following') !== -1) {
        for (let m = FOLLOWING_STATES_RE.exec(t); m !== null; m = FOLLOWING_STATES_RE.exec(t)) {
          if (!inQuotation(model, line.start + m.index)) heads.push(m.index + m[0].length);
        }
      }
      const h = LIST_HEAD_FIRST.has(t.charAt(cs)) ? LIST_HEAD_RE.exec(t.slice(cs)) : null;
      if (h) heads.push(cs + h[0].length);
      for (const after of heads) {
        let list: ListText | undefined;
        let k = after;
        while (k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
        if (k < t.length) list = gatherList(model, i, after);
        else {
          // The names stand on the next line: "In favour:" / "Albania, Andorra, …".
          let j = i + 1;
          while (j < model.lines.length && model.lineKinds[j] === 'blank') j++;
          const kj = model.lineKinds[j];
          const lj = model.lines[j];
          const headNext = !!lj && LIST_HEAD_RE.test(lj.text.slice(model.contentStarts[j] - lj.start));
          if (j < model.lines.length && j <= i + 2 && !headNext && (kj === 'text' || kj === 'continuation' || kj === 'front') && !skipLine(model, j, titles, receivedFrom)) {
            list = gatherList(model, j, model.contentStarts[j] - model.lines[j].start);
          }
        }
        if (!list || list.pieces.length === 0) continue;
        checkList(ctx, list, year);
        for (const r of list.ranges) listed.push(r);
      }

      // Attributions: "Lu Chuanying (China)", "… (Turkey);". In a list of organizations the
      // parentheses belong to a proper name ("Save the Children (United Kingdom)").
      const orgHead = orgListStart(t);
      const entriesHere = orgEntries;
      if (kind === 'paragraph' || kind === 'heading') orgEntries = false;
      if (orgHead !== -1 && /:\s*$/.test(t)) orgEntries = true;
      if (entriesHere && kind !== 'paragraph' && kind !== 'heading') continue;
      if (!isProseLine(model, i) && kind !== 'text' && kind !== 'front') continue;
      for (let p = t.indexOf('('); p !== -1; p = t.indexOf('(', p + 1)) {
        const abs = line.start + p;
        if (inQuotation(model, abs) || inRanges(opaque, abs)) continue;
        if (orgHead !== -1 && p > orgHead) break;
        // The content up to the matching parenthesis (a short name may hold its own).
        let depth = 0;
        let close = -1;
        for (let k = p; k < t.length && k < p + 160; k++) {
          const ch = t.charAt(k);
          if (ch === '(') depth++;
          else if (ch === ')' && --depth === 0) {
            close = k;
            break;
          }
        }
        if (close === -1) continue;
        const inner = t.slice(p + 1, close);
        // Lists are recorded in line order; only the last few can reach this line.
        let inList = false;
        for (let k = listed.length - 1; k >= 0 && k >= listed.length - 24; k--) if (abs >= listed[k].start && abs < listed[k].end) inList = true;
        if (inList) continue;
        const items = splitNames(inner, abs + 1, year);
        const verdicts = items.map((it) => judge(it.text, year));
        // Every entry must be a State in some form, or this is not an attribution.
        if (items.length === 0 || verdicts.some((x) => x.kind === 'unknown')) continue;
        items.forEach((it, k) => reportItem(ctx, it, verdicts[k], false));
        p = close;
      }
    }
  },
};
