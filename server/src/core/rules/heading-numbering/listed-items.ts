// Numbered subheadings or list items that repeat, number and title, items numbered above them (the annotations to a
// provisional agenda): such lines take the agenda's numbers, so heading-numbering does not judge their sequence.

import type { DraftModel, Heading } from '../../model';

/** An item's title as compared with a heading's: no final period, colon or semicolon, spaces and case made uniform. */
function titleKey(s: string): string {
  return s.trim().replace(/[.:;]+$/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The numbered paragraphs and numbered list items of the text, looked up by number: for each title key, the first
 * line that bears it. Built on first use, and each number's keys only when that number is looked up (titles of
 * long paragraphs are many and costly to normalize; only the numbers of subheadings and lists are ever asked for).
 */
export function numberedLinesOnce(model: DraftModel, text: string): (n: number) => ReadonlyMap<string, number> {
  let byNumber: Map<number, NumberedLine[]> | undefined;
  const keyed = new Map<number, Map<string, number>>();
  return (n) => {
    let keys = keyed.get(n);
    if (keys) return keys;
    byNumber ??= numberedLines(model, text);
    keys = new Map();
    for (const e of byNumber.get(n) ?? []) {
      const key = titleKey(e.title);
      if (key !== '' && !keys.has(key)) keys.set(key, e.line);
    }
    keyed.set(n, keys);
    return keys;
  };
}

/** A numbered line's title and its line. */
interface NumberedLine {
  readonly title: string;
  readonly line: number;
}

/** The numbered paragraphs and numbered list items of the text, by number, in the order of their lines. */
function numberedLines(model: DraftModel, text: string): Map<number, NumberedLine[]> {
  const all: Array<{ n: number; title: string; line: number }> = [];
  for (const p of model.paragraphs) all.push({ n: p.number, title: p.firstLineText, line: p.line });
  for (const g of model.itemGroups) {
    if (g.kind !== 'number') continue;
    for (const it of g.items) all.push({ n: it.ordinal, title: text.slice(it.markerRange.end, model.lines[it.line].end), line: it.line });
  }
  all.sort((x, y) => x.line - y.line);
  const out = new Map<number, NumberedLine[]>();
  for (const e of all) {
    const seen = out.get(e.n);
    if (seen) seen.push({ title: e.title, line: e.line });
    else out.set(e.n, [{ title: e.title, line: e.line }]);
  }
  return out;
}

/**
 * Numbered subheadings (or list items) that each repeat, number and title, an item numbered above them
 * (the annotations to a provisional agenda: `8. General comments of the Committee` under the agenda's
 * item 8) take their numbers from that list: an item without an annotation leaves a gap that is no defect.
 */
export function repeatsListedItems(list: ReadonlyArray<Pick<Heading, 'ordinal' | 'line' | 'title'>>, listed: (n: number) => ReadonlyMap<string, number>): boolean {
  return list.every((h) => {
    const key = titleKey(h.title);
    const first = key === '' ? undefined : listed(h.ordinal).get(key);
    return first !== undefined && first < h.line;
  });
}
