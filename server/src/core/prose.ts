// Helpers for the editorial rules that read running text (numbers, terms, abbreviations, State
// names, agenda references): the model's line kinds, line readings and opaque ranges as those rules
// ask for them — which lines are prose or published titles, and whether an offset sits in a
// quotation, a document symbol, a link target or a comment; whether a list's sentence says
// "respectively". Linear or a binary search.

import type { DraftModel, LineKind, NameList } from './model';
import { inRanges } from './parse/inline';
import { tableRow } from './parse/line-roles';
import type { TextRange } from './types';

export { inRanges };

const PROSE_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['paragraph', 'continuation', 'subparagraph', 'list-item', 'text', 'aside']);

/**
 * True when line `i` is running text of the body: a numbered paragraph, its continuation, a
 * subparagraph, a list item, a plain text line or a line set beside the body (a text box). Masthead, front matter, headings, contents,
 * footnotes, comments and table rows (tab-separated cells or `|` rows) are not.
 */
export function isProseLine(model: DraftModel, i: number): boolean {
  const kind = model.lineKinds[i];
  if (!PROSE_KINDS.has(kind)) return false;
  return tableRow(model, i) === undefined;
}

/** Ranges a rule should never touch (link targets, comments, document symbols): the model's `opaque`. */
export function opaqueRanges(model: DraftModel): readonly TextRange[] {
  return model.opaque;
}

/** Per model, computed on first use and shared by every rule that asks (several do). */
const titleCache = new WeakMap<DraftModel, Uint8Array>();

export { isSpaceCode } from './parse/text-chars';
export { endsLikeSentence, hasAtMostWords } from './parse/line-roles';

/**
 * Lines whose text is a title or a name as published, left alone by editorial rules (the lines the
 * model reads as `title`: entries of a list of documents, rows naming a document, short numbered
 * names). A mark per line, computed once per model: callers must not modify it.
 */
export function titleLines(model: DraftModel): Uint8Array {
  let mark = titleCache.get(model);
  if (!mark) {
    mark = new Uint8Array(model.lines.length);
    for (let i = 0; i < mark.length; i++) if (model.lineReadings[i].role === 'title') mark[i] = 1;
    titleCache.set(model, mark);
  }
  return mark;
}

const AS_RECEIVED_RE = /\bannex(?:es)?\b[^.]{0,80}\b(?:circulated|reproduced|issued) (?:in the language of submission only|as received)\b|\bannex(?:es)?\b[^.]{0,80}\bwithout formal editing\b/i;

/** A note on an annex's text: `* Curricula vitae are issued without formal editing.` */
const UNEDITED_NOTE_RE = /^[ \t]*\*+\s.{0,120}\b(?:issued|circulated|reproduced)\s(?:without formal editing|as received|in the language of submission only)\b/i;

/**
 * The first line of text reproduced as received (R37: the author's designations are kept): the
 * annexes, when the report says they are circulated as received, or the annex whose footnote says its
 * text is issued without formal editing; the line count otherwise.
 */
export function asReceivedFrom(model: DraftModel): number {
  if (model.annexStartLine >= model.lines.length) return model.lines.length;
  // The note stands in the front matter or a footnote, or right under the annex heading.
  const last = Math.min(model.lines.length, model.annexStartLine + 8);
  for (let i = 0; i < last; i++) {
    const t = model.lines[i].text;
    if (AS_RECEIVED_RE.test(t)) return model.annexStartLine;
    // A text export may wrap the note: `… The annex to the` / `present report is circulated as received.`
    if (i + 1 < model.lines.length && /annex/i.test(t) && AS_RECEIVED_RE.test(`${t.slice(-200)} ${model.lines[i + 1].text.slice(0, 200)}`)) return model.annexStartLine;
  }
  let annex = model.annexStartLine;
  let h = 0;
  for (let i = model.annexStartLine; i < model.lines.length; i++) {
    while (h < model.headings.length && model.headings[h].line <= i) {
      if (model.headings[h].kind === 'annex') annex = model.headings[h].line;
      h++;
    }
    const t = model.lines[i].text;
    // An indented draft indents its notes too.
    if (t.trimStart().charCodeAt(0) === 42 /* * */ && UNEDITED_NOTE_RE.test(t)) return annex;
  }
  return model.lines.length;
}

/** A note on an annex's title: `* Curricula vitae are issued without formal editing.` */
const AS_RECEIVED_NOTE_RE = /^[ \t]*(?:\*{1,3}|\d{1,3})[ \t]+[^\t]{0,120}?\b(?:issued|circulated|reproduced)\b[^.\t]{0,60}\b(?:without formal editing|as received|in the language of submission only)\b/i;
/** How far below an annex heading its title's note may stand (the foot of the annex's first page). */
const AS_RECEIVED_NOTE_REACH = 80;
const receivedCache = new WeakMap<DraftModel, Uint8Array>();

/**
 * A mark per line of text reproduced as received, which editorial rules leave as the author wrote it:
 * every annex from `asReceivedFrom`, and an annex whose title carries a note saying that its text is
 * issued without formal editing (curricula vitae, submissions): from its heading to the next annex.
 * Computed once per model and shared: callers must not modify it.
 */
export function asReceivedLines(model: DraftModel): Uint8Array {
  let mark = receivedCache.get(model);
  if (mark) return mark;
  mark = new Uint8Array(model.lines.length);
  mark.fill(1, asReceivedFrom(model));
  const annexes = model.headings.filter((h) => h.kind === 'annex');
  for (let a = 0; a < annexes.length; a++) {
    const from = annexes[a].line;
    const to = a + 1 < annexes.length ? annexes[a + 1].line : model.lines.length;
    for (let i = from + 1; i < Math.min(to, from + AS_RECEIVED_NOTE_REACH); i++) {
      if (AS_RECEIVED_NOTE_RE.test(model.lines[i].text)) {
        mark.fill(1, from, to);
        break;
      }
    }
  }
  receivedCache.set(model, mark);
  return mark;
}

/** True when `offset` lies in a quotation (“…” or "…" on one line), quotes included. */
export function inQuotation(model: DraftModel, offset: number): boolean {
  return inRanges(model.quotations, offset);
}

/** The year of the report's masthead date (`3 April 2018` → 2018), or undefined. */
export function reportYear(model: DraftModel): number | undefined {
  const d = model.masthead.date;
  if (d) {
    const m = /(\d{4})\s*$/.exec(d.value);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A boolean per character of `line`: true inside (…) or […]. */
export function bracketMask(line: string): Uint8Array {
  const mask = new Uint8Array(line.length);
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    if (depth > 0) mask[i] = 1;
    if ((c === 41 || c === 93) && depth > 0) depth--;
  }
  return mask;
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** How far around a list its sentence is searched for "respectively" (a bound, so the check stays linear). */
const RESPECTIVELY_REACH = 300;

/**
 * Whether the list's sentence says "respectively": its entries then answer one by one to another list
 * (`the first, second and third sessions were hosted by Kenya, Brazil and Kenya, respectively`), and
 * a name that stands twice stands for two different things.
 */
export function matchedOneByOne(text: string, list: NameList): boolean {
  const around = sentenceAround(text, list, false);
  return around !== undefined && (/\brespectively\b/i.test(around.before) || /\brespectively\b/i.test(around.after));
}

/**
 * The words of the list's sentence before its first entry and after its last (at most RESPECTIVELY_REACH each way),
 * up to a full stop and a line break, or a blank line when the sentence is read `acrossLines`; undefined for a
 * list of fewer than two entries.
 */
function sentenceAround(text: string, list: NameList, acrossLines: boolean): { before: string; after: string } | undefined {
  const entries = list.entries;
  if (entries.length < 2) return undefined;
  const start = entries[0].range.start;
  const end = entries[entries.length - 1].range.end;
  const before = text.slice(Math.max(0, start - RESPECTIVELY_REACH), start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf(acrossLines ? '\n\n' : '\n'));
  const after = text.slice(end, end + RESPECTIVELY_REACH);
  const stop = after.search(acrossLines ? /\.(?:\s|$)|\n\n/ : /\.(?:\s|$)|\n/);
  return { before: before.slice(sentenceStart + 1), after: stop === -1 ? after : after.slice(0, stop) };
}

/** A list of turns at speaking: replies (a delegation may reply twice on an item), or speakers in order of speaking. */
const TURNS_RE = /\bright of reply\b|\b(?:in|by) (?:the )?order (?:of speaking|in which (?:they|the \w+) (?:spoke|took the floor))\b/i;

/**
 * Whether the list's sentence says it lists turns at speaking: `in exercise of the right of reply`, `in order of
 * speaking`. Such a list records each time a delegation spoke, so a State that replied a second time is named
 * again (`Azerbaijan, Armenia, Azerbaijan and Armenia`). The sentence is read across wrapped lines, up to a blank line.
 */
export function listsTurnsOfSpeaking(text: string, list: NameList): boolean {
  const around = sentenceAround(text, list, true);
  const flat = (t: string): string => t.replace(/\s+/g, ' ');
  return around !== undefined && (TURNS_RE.test(flat(around.before)) || TURNS_RE.test(flat(around.after)));
}

