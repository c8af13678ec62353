// Where a list of States breaks English alphabetical order (R39): each entry's place is its UNTERM
// short name (a former name still in use on the document's date keeps its own), compared as United
// Nations lists compare names, ignoring case, diacritics, apostrophes and parentheses; the entries out
// of place are the fewest whose removal leaves the list in order.

import { inUseOn, lookupStateVariant } from '../../data/state-variants';
import { lookupState, normalizeStateName } from '../../data/states';
import { NON_STATES } from '../../parse/list-states';
import type { PartialDate } from '../../un/dates';
import { lowerBound } from '../../sorted';

/** The one former United Nations name whose "The" took part in its alphabetical place. */
const ARTICLE_SORTS_RE = /^the former Yugoslav Republic of Macedonia$/i;

/** What an entry is sorted as: the name whose alphabetical place it takes, and that place's key. */
export interface Place {
  /** The name the entry is sorted by (`Iran (Islamic Republic of)` for `the Islamic Republic of Iran`). */
  readonly name: string;
  readonly key: string;
}

/**
 * The order key of a name: no case, no diacritics (`Côte` as `cote`, `Türkiye` as `turkiye`), no
 * apostrophes or parentheses, hyphens as spaces. Words compare one by one (a space sorts before a
 * letter), which puts `Guinea` before `Guinea-Bissau` before `Guyana`, as the United Nations lists them.
 */
export function orderKey(name: string): string {
  const plain = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return plain.replace(/['’‘ʼ`().,*]/g, '').replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The place of a list entry written `written`: a State at its UNTERM short name, unless the name
 * written was the United Nations name on the document's date (`Swaziland` in 2010 sorts under S); a
 * non-State participant (`European Union`, `Cook Islands`) at its own name; undefined for anything
 * else (a person, an organization, an unknown name), which the rule does not place.
 */
export function placeOf(written: string, date: PartialDate | undefined): Place | undefined {
  const variant = lookupStateVariant(written);
  if (variant && inUseOn(variant, date)) {
    // "The former Yugoslav Republic of Macedonia" was listed under T: its article was part of the name.
    const own = ARTICLE_SORTS_RE.test(written) ? written : normalizeStateName(written);
    return { name: variant.name, key: orderKey(own) };
  }
  const state = lookupState(written) ?? (variant ? lookupState(variant.short) : undefined);
  if (state) return { name: state.short, key: orderKey(state.short) };
  const own = normalizeStateName(written);
  return NON_STATES.has(own) ? { name: written.replace(/^the\s+/i, ''), key: orderKey(own) } : undefined;
}

/** A footnote figure a text export left before a name, after its comma (`Belgium,1 Bolivia`): its length, or 0. */
export function footnoteBefore(written: string): number {
  const m = /^\d{1,3}[ \t]+(?=\p{Lu})/u.exec(written);
  return m ? m[0].length : 0;
}

/**
 * Indexes (into `keys`) of the entries out of place: those outside one longest run in order (a
 * longest non-decreasing subsequence, found in O(n log n)). When two neighbours are swapped, the
 * first of the two is the one reported; the message names both.
 */
export function outOfPlace(keys: readonly string[]): number[] {
  const n = keys.length;
  const tails: number[] = []; // tails[k]: index of the smallest last key of a run of length k + 1
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    // The first tail whose key is greater than keys[i] (equal keys may follow each other).
    const lo = lowerBound(tails.length, (k) => keys[tails[k]] > keys[i]);
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Uint8Array(n);
  for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = prev[i]) kept[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (kept[i] === 0) out.push(i);
  return out;
}

/**
 * The entry that an out-of-place entry `i` should stand next to, among the entries in order (`kept`:
 * their indexes, whose keys rise): the first with a greater key when `i` belongs earlier than where it
 * stands (it should come before that one), else the last with a smaller key (that one should come
 * before it). Binary searches: a long list with many breaks stays O(n log n).
 */
export function anchorOf(keys: readonly string[], kept: readonly number[], i: number): { index: number; before: boolean } | undefined {
  const key = keys[i];
  // The first kept entry with a key greater than `key`, and the first kept entry after position `i`.
  const greater = lowerBound(kept.length, (k) => keys[kept[k]] > key);
  const after = lowerBound(kept.length, (k) => kept[k] > i);
  // A kept entry before `i` has a greater key: `i` belongs earlier, before the first such entry.
  if (after > 0 && keys[kept[after - 1]] > key) return { index: kept[greater], before: true };
  const smaller = lowerBound(kept.length, (k) => keys[kept[k]] >= key) - 1;
  return smaller >= 0 ? { index: kept[smaller], before: false } : undefined;
}
