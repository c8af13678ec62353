// Runs of State names in running text, without a head: `statements were made by the
// representatives of Brazil, Hungary (on behalf of the European Union), Canada and China`.

import { lookupState } from '../data/states';
import type { TextRange } from '../types';
import { conjunctionLength, type Entry, type EntryList, type Event, isSpaceAt, makeEntry, MAX_ENTRY, mayEndStateName, trimRange, withoutGluedNoteFigure } from './list-entries';

/**
 * Runs of three or more comma-separated State names in running text: `statements were made by the
 * representatives of Brazil, Hungary (on behalf of the European Union), Canada and China`.
 */
export function stateRuns(text: string, start: number, end: number, seps: readonly Event[], out: EntryList[]): void {
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
    // A run starts with a State at the end of a segment: `… by the representatives of Brazil`. A segment
    // ending in two States joined by "and" (`between Kenya and Uganda, Uganda and Rwanda`) opens a
    // series of pairs, not of names: one State may stand in two pairs, so no run is read there.
    const first = stateSuffix(text, { start: s, end: seg.end });
    if (first && !pairedBefore(text, s, first.start)) run = [first];
  }
  flush();
}

/** `Name` or `Name (on behalf of …)`, where Name is a State: the whole range as one entry. */
export function stateEntry(text: string, r: TextRange): Entry | undefined {
  let t = trimRange(text, r);
  if (t.end - t.start > MAX_ENTRY) return undefined;
  // A note's reference figure a text export left after the comma (`Chile,8 Ghana`) or glued to the name (`Ghana9`).
  const lead = /^\d{1,3} (?=\p{Lu})/u.exec(text.slice(t.start, t.start + 5));
  if (lead) t = { start: t.start + lead[0].length, end: t.end };
  const name = text.slice(t.start, headEnd(text, t));
  if (!lookupState(name) && !lookupState(withoutGluedNoteFigure(name))) return undefined;
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
export function statePrefix(text: string, r: TextRange): Entry | undefined {
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

/** Whether the text from `from` to `at` ends with a State and "and" (`Kenya and ` before `Uganda`). */
function pairedBefore(text: string, from: number, at: number): boolean {
  const m = /\s+and\s+$/.exec(text.slice(Math.max(from, at - 12), at));
  return m !== null && stateSuffix(text, { start: from, end: at - m[0].length }) !== undefined;
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
