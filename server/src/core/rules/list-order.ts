// Lists that United Nations practice writes in English alphabetical order of the States' UNTERM short
// names (R39): recorded votes, regional groups, States attending, members of a body, States parties,
// observers, lists after "the following States:". Which lists these are comes from the list's head
// (parse/list-heads.ts); speaking order, sponsors and lists whose head states another order are left
// alone. The rule reports where the order breaks and offers to sort the list (unsafe: the order is a
// decision on the list, however mechanical).

import type { DraftModel, ListEntry, NameList } from '../model';
import { withoutGluedNoteFigure } from '../parse/list-entries';
import { ALPHABETICAL_HEADS } from '../parse/list-heads';
import { asReceivedLines, inQuotation, matchedOneByOne } from '../prose';
import type { Report, Rule, RuleContext } from '../rule';
import type { Fix, TextEdit } from '../types';
import { anchorOf, footnoteBefore, orderKey, outOfPlace, type Place, placeOf } from './list-order/order';

/** Up to this many entries out of place, each is reported where it stands; past it, the list is reported once. */
function maxOutOfPlace(n: number): number {
  return Math.max(2, Math.floor(n / 10));
}

/** A long list may hold a name the rule cannot place (a territory, a typo) and still be judged: at most one in twenty. */
function tooManyUnplaced(unplaced: number, n: number): boolean {
  return unplaced > 0 && (n < 20 || unplaced * 20 > n);
}

const ORDER = '(English alphabetical order of the UNTERM short names)';
const SORTED_AS = (name: string): string => ` (sorted as "{{${name}}}")`;
const IN_LIST = (head: boolean): string => `in this list of States${head ? ' after "{{head}}"' : ''}`;

/**
 * The messages: a name before another (either shown with the name it sorts by when that is not the name
 * written), with or without the head of its list; and a list mostly out of order.
 */
function listOrderMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const head of [true, false]) {
    for (const [suffix, a, b] of [['', false, false], ['FirstSorted', true, false], ['SecondSorted', false, true], ['BothSorted', true, true]] as const) {
      messages[`before${suffix}${head ? '' : 'NoHead'}`] =
        `"{{first}}"${a ? SORTED_AS('firstSortedAs') : ''} should come before "{{second}}"${b ? SORTED_AS('secondSortedAs') : ''} ${IN_LIST(head)} ${ORDER}`;
    }
    messages[`unordered${head ? '' : 'NoHead'}`] =
      `This list of States${head ? ' after "{{head}}"' : ''} is not in English alphabetical order of the UNTERM short names: {{outOfPlace}} of {{count}} entries are out of place, the first break is "{{found}}" after "{{previous}}"`;
  }
  return messages;
}

interface Placed {
  readonly entry: ListEntry;
  readonly written: string;
  readonly place: Place;
}

export const listOrderRule: Rule = {
  meta: {
    id: 'list-order',
    description: 'Lists of States are in English alphabetical order of the UNTERM short names',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['lists', 'states'],
    conventions: ['R39', 'R37'],
    messages: listOrderMessages(),
  },
  check(ctx) {
    const received = asReceivedLines(ctx.model);
    for (const list of ctx.model.lists) {
      if (!ALPHABETICAL_HEADS.has(list.head.kind) || list.entries.length < 2) continue;
      const first = list.entries[0];
      if (received[list.line] === 1 || inQuotation(ctx.model, first.range.start)) continue;
      // `… Peru, Chile and Argentina, respectively`: the order is that of the list they answer to.
      if (matchedOneByOne(ctx.text, list)) continue;
      checkList(ctx, list);
    }
  },
};

function checkList(ctx: RuleContext, list: NameList): void {
  const placed = placedEntries(ctx.text, ctx.model, list);
  if (!placed) return;
  const keys = placed.entries.map((p) => p.place.key);
  const out = outOfPlace(keys);
  if (out.length === 0) return;
  const fix = placed.sortable ? sortFix(list, placed.entries) : undefined;
  if (out.length > maxOutOfPlace(keys.length)) {
    ctx.report(unorderedList(list, placed.entries, out.length, fix));
    return;
  }
  const outSet = new Set(out);
  const kept = keys.map((_, i) => i).filter((i) => !outSet.has(i));
  for (const i of out) {
    const anchor = anchorOf(keys, kept, i);
    if (anchor) ctx.report(finding(list, placed.entries[i], placed.entries[anchor.index], anchor.before, fix));
  }
}

/**
 * The entries the rule places, in list order, and whether the whole list can be sorted by an edit;
 * undefined when too many names cannot be placed. A repeat is left to duplicate-entry.
 */
function placedEntries(text: string, model: DraftModel, list: NameList): { entries: Placed[]; sortable: boolean } | undefined {
  const entries: Placed[] = [];
  const seen = new Set<string>();
  let unplaced = 0;
  let sortable = list.form !== 'items';
  for (const entry of list.entries) {
    let written = text.slice(entry.range.start, entry.range.end);
    if (entry.key === undefined) {
      sortable = false; // a placeholder (`[...]`) keeps its slot, which a sort cannot know
      continue;
    }
    let place = placeOf(written, model.documentDate);
    const figure = place ? 0 : footnoteBefore(written);
    if (figure > 0) {
      // The figure is not part of the name; a sort would move it with the name, so none is offered.
      written = written.slice(figure);
      place = placeOf(written, model.documentDate);
      sortable = false;
    }
    if (!place && withoutGluedNoteFigure(written) !== written) {
      // `Belgium2`: a note's figure glued to the name by a text export goes with it.
      written = withoutGluedNoteFigure(written);
      place = placeOf(written, model.documentDate);
    }
    if (!place) {
      unplaced++;
      continue;
    }
    if (seen.has(place.key)) {
      sortable = false;
      continue;
    }
    seen.add(place.key);
    if (/[\r\n]/.test(written)) sortable = false; // a name wrapped over a line break would move the break with it
    entries.push({ entry, written, place });
  }
  if (tooManyUnplaced(unplaced, list.entries.length) || entries.length < 2) return undefined;
  return { entries, sortable: sortable && unplaced === 0 };
}

function finding(list: NameList, entry: Placed, anchor: Placed, before: boolean, fix: Fix | undefined): Report {
  const [a, b] = before ? [entry, anchor] : [anchor, entry];
  const [aSorted, bSorted] = [sortedAs(a), sortedAs(b)];
  const suffix = aSorted && bSorted ? 'BothSorted' : aSorted ? 'FirstSorted' : bSorted ? 'SecondSorted' : '';
  return {
    messageId: `before${suffix}${list.head.text ? '' : 'NoHead'}`,
    data: {
      first: flat(a.written),
      second: flat(b.written),
      ...(aSorted ? { firstSortedAs: aSorted } : {}),
      ...(bSorted ? { secondSortedAs: bSorted } : {}),
      ...(list.head.text ? { head: list.head.text } : {}),
    },
    range: entry.entry.range,
    related: [{ range: anchor.entry.range, message: before ? `"${flat(entry.written)}" belongs before this entry.` : `"${flat(entry.written)}" belongs after this entry.` }],
    fixes: fix ? [fix] : [],
  };
}

/** A list mostly out of order: one finding, on the first entry that breaks the order. */
function unorderedList(list: NameList, entries: readonly Placed[], outCount: number, fix: Fix | undefined): Report {
  let k = 1;
  while (k < entries.length - 1 && entries[k].place.key >= entries[k - 1].place.key) k++;
  const [prev, cur] = [entries[k - 1], entries[k]];
  return {
    messageId: list.head.text ? 'unordered' : 'unorderedNoHead',
    data: { outOfPlace: outCount, count: entries.length, found: flat(cur.written), previous: flat(prev.written), ...(list.head.text ? { head: list.head.text } : {}) },
    range: cur.entry.range,
    related: [{ range: prev.entry.range, message: `"${flat(cur.written)}" should come before this entry.` }],
    fixes: fix ? [fix] : [],
  };
}

/** The name an entry sorts by (`Iran (Islamic Republic of)`) when the name written does not show its place; else ''. */
function sortedAs(p: Placed): string {
  const written = orderKey(p.written.replace(/^the\s+/i, ''));
  return written === p.place.key ? '' : p.place.name;
}

/**
 * Edits that write the entries in alphabetical order into the slots the entries stand in, the
 * separators (`, `, ` and `, a line's `;`) staying where they are. Equal keys keep their order.
 */
function sortFix(list: NameList, entries: readonly Placed[]): Fix | undefined {
  const sorted = entries.map((p, i) => ({ p, i })).sort((x, y) => (x.p.place.key < y.p.place.key ? -1 : x.p.place.key > y.p.place.key ? 1 : x.i - y.i));
  const edits: TextEdit[] = [];
  sorted.forEach(({ p }, slot) => {
    const target = entries[slot];
    if (p !== target) edits.push({ range: target.entry.range, newText: capitalFor(target, p.written) });
  });
  if (edits.length === 0) return undefined;
  return { title: `Sort the list alphabetically${list.head.text ? ` ("${list.head.text}")` : ''}`, edits, safety: 'unsafe' };
}

/** `the Sudan` moved into the first slot of a sentence reads `The Sudan`, and back: the slot keeps its capital. */
function capitalFor(slot: Placed, written: string): string {
  const slotCapital = /^The\s/.test(slot.written);
  if (/^the\s/.test(written) && slotCapital) return `T${written.slice(1)}`;
  if (/^The\s/.test(written) && !slotCapital) return `t${written.slice(1)}`;
  return written;
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
