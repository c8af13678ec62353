// Where a subparagraph `(b)`, `(iii)` goes among the open levels of lettered and roman
// subparagraphs: it continues a level, opens a nested one, or starts a sibling group (R23).

import type { ItemGroup, ListItem, MarkerKind } from '../model';
import { letterValue, romanValue } from './numerals';

/** An open level of subparagraphs: its kind, the last label's value and its group. */
export interface SubLevel {
  kind: MarkerKind;
  last: number;
  group: ItemGroup;
}

/**
 * Places the subparagraph labelled `label` in `subs` (the open levels, outermost first, changed in
 * place); a new group is handed to `addGroup`, owned by the paragraph `owner()` gives. `afterColon`:
 * the line before ends with a colon.
 */
export function placeSubparagraph(
  subs: SubLevel[],
  label: string,
  make: (kind: MarkerKind, ordinal: number) => ListItem,
  addGroup: (group: ItemGroup) => void,
  owner: () => number,
  afterColon: boolean,
): void {
  const letter = letterValue(label);
  const roman = romanValue(label);
  const pushLevel = (kind: MarkerKind, ordinal: number): void => {
    const group: ItemGroup = { kind, depth: subs.length + 1, paragraph: owner(), items: [make(kind, ordinal)] };
    addGroup(group);
    subs.push({ kind, last: ordinal, group });
  };
  // `(h) … in the areas of:` then `(i)`: the colon opens a nested level, so (i) is roman one, not the letter after (h).
  const top0 = subs[subs.length - 1];
  if (roman === 1 && afterColon && top0 && top0.kind === 'letter') {
    pushLevel('roman', 1);
    return;
  }
  // Walk up the open levels until one continues with this label.
  for (let d = subs.length - 1; d >= 0; d--) {
    const lvl = subs[d];
    const value = lvl.kind === 'letter' ? letter : roman;
    if (value === lvl.last + 1) {
      subs.length = d + 1;
      lvl.group.items.push(make(lvl.kind, value));
      lvl.last = value;
      return;
    }
  }
  const top = subs[subs.length - 1];
  // (a) never nests under a letter level, nor (i) under a roman one (R23): each starts a sibling
  // group (the next decision's or draft's subparagraphs), not a deeper level.
  if (letter === 1) {
    let d = subs.length - 1;
    while (d >= 0 && subs[d].kind !== 'letter') d--;
    if (d >= 0) {
      subs.length = d;
      pushLevel('letter', 1);
      return;
    }
  }
  if (roman === 1 && top && top.kind === 'roman') {
    subs.length = subs.length - 1;
    pushLevel('roman', 1);
    return;
  }
  // (i) under a letter opens a nested roman level; (a) opens a letter level.
  if (roman === 1 && (!top || top.kind === 'letter') && (!top || top.last !== 8)) {
    pushLevel('roman', 1);
    return;
  }
  if (letter === 1 || !top) {
    if (letter > 0) pushLevel('letter', letter);
    else pushLevel('roman', roman);
    return;
  }
  // Out of sequence: keep it with the nearest level of a kind it can belong to, for the rule to report.
  for (let d = subs.length - 1; d >= 0; d--) {
    const lvl = subs[d];
    const value = lvl.kind === 'letter' ? letter : roman;
    if (value > 0) {
      subs.length = d + 1;
      lvl.group.items.push(make(lvl.kind, value));
      lvl.last = value;
      return;
    }
  }
  pushLevel(letter > 0 ? 'letter' : 'roman', letter > 0 ? letter : roman);
}
