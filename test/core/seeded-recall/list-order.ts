// Seeded defects for list-order: two neighbouring States swapped in a list of States that is in
// alphabetical order, after a head such as "the following 59 States parties participated in the
// Meeting:". The list, its head and its order are read here on their own terms (names resolved against
// the reference list of States, order taken from that list's own order), not through the rule.

import { STATES, lookupState } from '../../../server/src/core/data/states';
import { pick, type Injector } from './injector';

/** A head that announces States or members and says nothing of speakers, sponsors or another order. */
const HEAD_RE = /\bfollowing\b[^.:;]*\b(?:States|members)\b[^.;:]*:$/;
const OTHER_ORDER_RE = /\b(?:made by|statements? (?:was |were )?made|sponsor|order of|aligned|on behalf of)\b/i;

const rank = new Map(STATES.map((s, i) => [s.iso3, i]));

interface Name {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
}

/** The names of the comma-separated part of a list starting at `from` (its final "X and Y" left out), when all are States. */
function commaNames(paragraph: string, from: number): Name[] | undefined {
  let end = paragraph.indexOf('.', from);
  while (end !== -1 && end + 1 < paragraph.length && !/[\s]/.test(paragraph.charAt(end + 1))) end = paragraph.indexOf('.', end + 1);
  if (end === -1) end = paragraph.length;
  const names: Name[] = [];
  let at = from;
  for (const part of paragraph.slice(from, end).split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = at + lead;
    at += part.length + 1;
    if (/\sand\s/.test(text) && !lookupState(text)) break; // the final "X and Y": not swapped here
    const state = lookupState(text);
    if (!state) return undefined;
    names.push({ start, end: start + text.length, rank: rank.get(state.iso3) ?? -1 });
  }
  return names;
}

/** Lists of five or more States in the reference order, after a head of States or members. */
function sortedLists(paragraph: string): Name[][] {
  const out: Name[][] = [];
  for (let colon = paragraph.indexOf(':'); colon !== -1; colon = paragraph.indexOf(':', colon + 1)) {
    const sentence = paragraph.slice(Math.max(0, paragraph.lastIndexOf('. ', colon) + 1), colon + 1);
    if (!HEAD_RE.test(sentence) || OTHER_ORDER_RE.test(sentence)) continue;
    const names = commaNames(paragraph, colon + 1);
    if (!names || names.length < 5) continue;
    if (names.every((n, i) => i === 0 || names[i - 1].rank < n.rank)) out.push(names);
  }
  return out;
}

export const injectors: readonly Injector[] = [
  {
    rule: 'list-order',
    name: 'two neighbouring States swapped',
    inject(paragraph, random) {
      const lists = sortedLists(paragraph);
      if (lists.length === 0) return undefined;
      const names = lists[pick(random, lists.length)];
      const k = pick(random, names.length - 1);
      const [a, b] = [names[k], names[k + 1]];
      const first = paragraph.slice(a.start, a.end);
      const second = paragraph.slice(b.start, b.end);
      const text = paragraph.slice(0, a.start) + second + paragraph.slice(a.end, b.start) + first + paragraph.slice(b.end);
      // Either name of a swapped pair is out of place; the rule reports the first and names both.
      return { text, at: a.start };
    },
    hasPlace: (paragraph) => sortedLists(paragraph).length > 0,
  },
];
