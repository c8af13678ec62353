// State names in lists of States and in attributions such as "Lu Chuanying (China)" are the UNTERM
// short names (R37), printed without "the" or a "(the)" marker (R38). Running text is left alone:
// whether "the Islamic Republic of Iran" is acceptable there was not settled (R37), and "the
// Plurinational State of Bolivia" is how issued reports write it. A name that was the United Nations
// name on the document's date (`Swaziland` in 2010) is right; so is a formal name in an attribution.

import { inUseOn, lookupStateVariant, STATE_VARIANTS } from '../data/state-variants';
import { lookupState, normalizeStateName, STATES } from '../data/states';
import type { DraftModel, StateList } from '../model';
import { canonical, MAX_NAME, type NameItem, NON_STATES, SHORT_NAMES, splitNames } from '../parse/list-states';
import { asReceivedFrom, editDistance, inQuotation, inRanges, isProseLine, opaqueRanges, titleLines } from '../prose';
import type { PartialDate as DateOfDocument } from '../un/dates';
import { orgListStart } from '../un/list-entries';
import type { Report, Rule, RuleContext } from '../rule';
import { stringsOption } from '../rule-options';
import type { Severity, TextRange } from '../types';
/** Names to suggest for an unknown entry: the short names and the usual variants. */
const SUGGESTIONS: readonly { key: string; short: string }[] = [
  ...STATES.map((s) => ({ key: normalizeStateName(s.short), short: s.short })),
  ...STATE_VARIANTS.filter((x) => !/^[A-Z.]+$/.test(x.name)).map((x) => ({ key: normalizeStateName(x.name), short: x.short })),
];

type Verdict =
  | { kind: 'ok' }
  /** `formal`: the UNTERM formal name without "the" ("Islamic Republic of Iran"). */
  /** `unsure`: a former United Nations name in a document whose date is unknown; it may be right then. */
  /** `guess`: the name may mean another State or place; which one is meant is for a person to say. */
  | { kind: 'fix'; short: string; why: 'withoutThe' | 'theMarker' | 'notShortName' | 'misspelled'; severity?: Severity; formal?: boolean; unsure?: boolean; guess?: boolean }
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

function judgeUncached(name: string, date: DateOfDocument | undefined): Verdict {
  if (name.length > MAX_NAME) return { kind: 'unknown' };
  const c = canonical(name);
  if (SHORT_NAMES.has(c)) return { kind: 'ok' };
  if (NON_STATES.has(normalizeStateName(c)) || /^(?:none|nil)$/i.test(c)) return { kind: 'ok' };
  if (/^the /i.test(c) && SHORT_NAMES.has(c.slice(4))) return { kind: 'fix', short: c.slice(4), why: 'withoutThe' };
  if (/ \(the\)$/.test(c) && SHORT_NAMES.has(c.slice(0, -6))) return { kind: 'fix', short: c.slice(0, -6), why: 'theMarker' };
  const variant = lookupStateVariant(c);
  const state = lookupState(c);
  const formal = !!state && normalizeStateName(state.formal) === normalizeStateName(c) && state.formal !== state.short;
  if (variant) {
    // The name the United Nations used on the document's date is the right one for it.
    if (inUseOn(variant, date)) return { kind: 'ok' };
    return { kind: 'fix', short: variant.short, why: 'notShortName', formal, unsure: variant.renamed !== undefined && date === undefined, guess: variant.guess === true };
  }
  // An acronym in capitals (SAMOA, CHAD) is not a State name.
  if (/^[A-Z][A-Z .-]+$/.test(c)) return { kind: 'unknown' };
  if (state) {
    const spelling = normalizeStateName(c) === normalizeStateName(state.short);
    return { kind: 'fix', short: state.short, why: spelling ? 'misspelled' : 'notShortName', formal };
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

/** Names accepted for this body (option `accepted`), normalized as the UNTERM list is; read once per run. */
const acceptedRead = new WeakMap<object, ReadonlySet<string>>();

function acceptedNames(ctx: RuleContext): ReadonlySet<string> {
  let set = acceptedRead.get(ctx.options);
  if (!set) {
    set = new Set(stringsOption(ctx, 'accepted').map((n) => normalizeStateName(canonical(n.trim()))));
    acceptedRead.set(ctx.options, set);
  }
  return set;
}

/** judge, with the names this body accepts taken as they are written. */
function judgeFor(ctx: RuleContext, name: string, date: DateOfDocument | undefined): Verdict {
  const accepted = acceptedNames(ctx);
  if (accepted.size > 0 && name.length <= MAX_NAME && accepted.has(normalizeStateName(canonical(name)))) return { kind: 'ok' };
  return judge(name, date);
}

function fixTitle(verdict: { short: string; unsure?: boolean; guess?: boolean }): string {
  if (verdict.guess) return `Write "${verdict.short}" (if that State is meant)`;
  return verdict.unsure ? `Write "${verdict.short}" (if the document is recent)` : `Write "${verdict.short}"`;
}

function reportItem(ctx: RuleContext, item: NameItem, verdict: Verdict, inList: boolean): void {
  if (verdict.kind === 'ok') return;
  const range: TextRange = { start: item.start, end: item.end };
  if (verdict.kind === 'fix') {
    // Outside lists, the formal name in its usual order ("Mostafa Shafizadeh (Islamic Republic of
    // Iran)") is how edited reports write attributions: R37 leaves running text unsettled.
    if (!inList && verdict.formal) return;
    ctx.report({
      messageId: verdict.guess ? 'mayMean' : verdict.why,
      data: { name: item.text, short: verdict.short },
      range,
      severity: verdict.severity,
      // Another form of the same State is safe; a former name in a document of unknown date, or a name that may
      // mean another State or place, is not.
      fixes: [{ title: fixTitle(verdict), edits: [{ range, newText: verdict.short }], safety: verdict.unsure || verdict.guess ? 'unsafe' : 'safe' }],
    });
    return;
  }
  if (!inList) return;
  const sugg = suggestionsFor(item.text);
  ctx.report({
    ...suggestionMessage(item.text, sugg),
    range,
    // The closest name by spelling is a guess: offered, never applied unasked; several are left to the drafter.
    fixes: sugg.length === 1 ? [{ title: `Replace "${item.text}" by "${sugg[0]}", the closest name`, edits: [{ range, newText: sugg[0] }], safety: 'unsafe' }] : [],
  });
}

/** The message of a name that is no State's, with the closest names (at most three, `suggestionsUncached`). */
function suggestionMessage(name: string, sugg: readonly string[]): Pick<Report, 'messageId' | 'data'> {
  if (sugg.length === 0) return { messageId: 'unknown', data: { name } };
  if (sugg.length === 1) return { messageId: 'unknownWithSuggestion', data: { name, suggestion: sugg[0] } };
  if (sugg.length === 2) return { messageId: 'unknownWithTwoSuggestions', data: { name, first: sugg[0], second: sugg[1] } };
  return { messageId: 'unknownWithThreeSuggestions', data: { name, first: sugg[0], second: sugg[1], third: sugg[2] } };
}

/**
 * Every entry of a list of States is judged by its name (the model's: a note in parentheses after
 * it left out, a garbled parenthesis of the name's own kept in the entry so the fix replaces it
 * whole); a person or body with the State in parentheses has only that State judged, as an attribution.
 */
function checkList(ctx: RuleContext, list: StateList, date: DateOfDocument | undefined): void {
  for (const e of list.entries) {
    reportItem(ctx, { text: entryText(ctx, list, e.range), start: e.range.start, end: e.range.end }, judgeFor(ctx, e.name, date), !e.attribution);
  }
}

/** The text of a range of a list, a range wrapped over lines reading as its lines' pieces joined by a space. */
function entryText(ctx: RuleContext, list: StateList, range: TextRange): string {
  const pieces = list.ranges.filter((r) => r.end > range.start && r.start < range.end);
  if (pieces.length < 2) return ctx.text.slice(range.start, range.end);
  return pieces.map((r) => ctx.text.slice(Math.max(r.start, range.start), Math.min(r.end, range.end))).join(' ');
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
    messages: {
      withoutThe: '"{{name}}" is printed without "the" in lists and attributions: "{{short}}"',
      theMarker: '"{{name}}" is printed without the "(the)" marker: "{{short}}"',
      notShortName: '"{{name}}" is not the UNTERM short name; use "{{short}}"',
      mayMean: '"{{name}}" is not the UNTERM short name of a State, and may mean more than one; if {{short}} is meant, write "{{short}}"',
      misspelled: '"{{name}}" is not spelled as the UNTERM short name "{{short}}"',
      unknown: '"{{name}}" in a list of States is not the name of a Member State or observer State',
      // The closest names by spelling: one, two or three, as many as are equally close.
      unknownWithSuggestion: '"{{name}}" in a list of States is not the name of a Member State or observer State; did you mean "{{suggestion}}"?',
      unknownWithTwoSuggestions: '"{{name}}" in a list of States is not the name of a Member State or observer State; did you mean "{{first}}" or "{{second}}"?',
      unknownWithThreeSuggestions: '"{{name}}" in a list of States is not the name of a Member State or observer State; did you mean "{{first}}" or "{{second}}" or "{{third}}"?',
    },
    options: [
      {
        name: 'accepted',
        description: 'Names accepted as they are written in this body\'s lists and attributions, besides the UNTERM short names (`["Kosovo", "European Union"]`): neither reported as unknown in a list of States nor replaced.',
        type: 'string[]',
        default: [],
      },
    ],
  },
  check(ctx) {
    const { model } = ctx;
    const date = model.documentDate;
    const opaque = opaqueRanges(model);
    const titles = titleLines(model);
    const receivedFrom = asReceivedFrom(model);
    const listed: TextRange[] = []; // text already judged as a list of States
    const lists = model.stateLists;
    let next = 0;
    let orgEntries = false; // lines of entries under a head that introduces organizations

    for (let i = 0; i < model.lines.length; i++) {
      if (skipLine(model, i, titles, receivedFrom)) continue;
      const kind = model.lineKinds[i];
      if (kind === 'masthead' || kind === 'comment' || kind === 'blank' || kind === 'toc') continue;
      const line = model.lines[i];
      const t = line.text;

      // Lists headed by States, votes or regional groups (the model's), judged when their lines are checked.
      for (; next < lists.length && lists[next].line <= i; next++) {
        const list = lists[next];
        if (list.line < i || skipLine(model, list.firstLine, titles, receivedFrom)) continue;
        checkList(ctx, list, date);
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
        const items = splitNames(inner, abs + 1);
        const verdicts = items.map((it) => judgeFor(ctx, it.text, date));
        // Every entry must be a State in some form, or this is not an attribution.
        if (items.length === 0 || verdicts.some((x) => x.kind === 'unknown')) continue;
        items.forEach((it, k) => reportItem(ctx, it, verdicts[k], false));
        p = close;
      }
    }
  },
};
