// An entry listed twice in one list (States, organizations, panellists, documents, agenda items):
// `…: Brazil, China, …, Algeria and China.` The lists and their entries' comparison keys come from
// the model (parse/lists.ts: case, spacing, a leading "the" and UN short/formal State names made
// equal, R37–R40; a name inside another entry's parentheses is not a repeat). This rule reports
// the repeats and the edits that remove one.

import { normalizeStateName } from '../data/states';
import type { ListForm, NameList } from '../model';
import type { Entry } from '../parse/list-entries';
import { asReceivedLines, listsTurnsOfSpeaking, matchedOneByOne } from '../prose';
import type { Report, Rule, RuleContext } from '../rule';
import type { TextEdit, TextRange } from '../types';


interface EntryList {
  readonly kind: ListForm;
  readonly entries: Entry[];
  /** A few words that introduce the list, for messages (`following States:`). */
  readonly intro: string;
}

/** The model's list in the shape the reporting reads. */
function entryList(list: NameList): EntryList {
  return {
    kind: list.form,
    intro: list.head.text,
    entries: list.entries.map((e) => ({ start: e.range.start, end: e.range.end, key: e.key, isState: e.type === 'state', line: e.line, terminator: e.terminator })),
  };
}

/**
 * The message ids, one per wording: `listedTwice` (written alike) or `repeats` (another form of the
 * name), prefixed `state` in a list of States and `item` in numbered items (which are renumbered),
 * suffixed `AfterHead` when the list has a head to name it by (`after "following States:"`).
 */
function duplicateMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const repeats of [false, true]) {
    for (const state of [false, true]) {
      for (const item of [false, true]) {
        for (const afterHead of [false, true]) {
          const id = messageId(repeats, state, item, afterHead);
          const list = `this ${state ? 'list of States' : 'list'}${afterHead ? ' after "{{head}}"' : ''}`;
          const tail = `(entries {{first}} and {{repeat}} of {{count}}); remove the repeat${item ? ' and renumber the items' : ''}`;
          out[id] = repeats ? `"{{name}}" repeats "{{firstName}}", already listed in ${list} ${tail}` : `"{{name}}" is listed twice in ${list} ${tail}`;
        }
      }
    }
  }
  return out;
}

function messageId(repeats: boolean, state: boolean, item: boolean, afterHead: boolean): string {
  const base = repeats ? 'repeats' : 'listedTwice';
  const prefix = `${state ? 'state' : ''}${item ? (state ? 'Item' : 'item') : ''}`;
  const id = prefix === '' ? base : prefix + base.charAt(0).toUpperCase() + base.slice(1);
  return afterHead ? `${id}AfterHead` : id;
}

export const duplicateEntryRule: Rule = {
  meta: {
    id: 'duplicate-entry',
    description: 'No entry is listed twice in one list of States, organizations, speakers, documents or agenda items',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['lists'],
    conventions: ['R39', 'R37', 'R40'],
    messages: duplicateMessages(),
  },
  check(ctx) {
    // Text reproduced as received keeps the author's wording: no editor removes a name from it (R37 exception, S15).
    const received = asReceivedLines(ctx.model);
    for (const list of ctx.model.lists) {
      // A list of turns at speaking names a State each time it spoke: a second reply is no repeat.
      if (received[list.line] === 1 || matchedOneByOne(ctx.text, list) || listsTurnsOfSpeaking(ctx.text, list)) continue;
      reportDuplicates(ctx, entryList(list));
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Finding and fixing repeats

const ORDINALS: Readonly<Record<number, string>> = { 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth' };

function reportDuplicates(ctx: RuleContext, list: EntryList): void {
  const { text } = ctx;
  const first = new Map<string, number>();
  const seen = new Map<string, number>();
  const n = list.entries.length;
  list.entries.forEach((e, k) => {
    if (e.key === undefined) return;
    const times = (seen.get(e.key) ?? 0) + 1;
    seen.set(e.key, times);
    const i = first.get(e.key);
    if (i === undefined) {
      first.set(e.key, k);
      return;
    }
    const f = list.entries[i];
    const name = flat(text.slice(e.start, e.end));
    const firstName = flat(text.slice(f.start, f.end));
    const same = normalizeStateName(name) === normalizeStateName(firstName);
    const data = { name, ...(same ? {} : { firstName }), ...(list.intro ? { head: list.intro } : {}), first: i + 1, repeat: k + 1, count: n };
    const edits = removalEdits(text, list, k);
    const report: Report = {
      messageId: messageId(!same, e.isState, list.kind === 'items', list.intro !== ''),
      data,
      range: { start: e.start, end: e.end },
      related: [{ range: { start: f.start, end: f.end }, message: `First listed here as "${firstName}".` }],
      // The repeat may be a slip for another State: removing it is the drafter's decision.
      fixes: edits ? [{ title: `Remove the ${ORDINALS[times] ?? 'repeated'} “${truncate(name)}”`, edits, safety: 'unsafe' }] : [],
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

function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function truncate(s: string): string {
  return s.length <= 50 ? s : `${s.slice(0, 47)}…`;
}
