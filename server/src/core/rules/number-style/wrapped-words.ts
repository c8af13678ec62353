// The words beside a figure across a hard line break. A plain-text export wraps running text at a fixed
// width, so a figure may open a line whose label ended the line above (`… in paragraph` / `3 of the
// note`) or end a line whose month or unit opens the next (`… on 3` / `March 2031`, `at 3` / `p.m.`).
// number-style reads one line at a time (its words are tokenized per line); these read one word of the
// neighbouring line of the same wrapped paragraph, nothing more.

import type { DraftModel } from '../../model';

/** A word as the rule compares it: letters with inner dots, hyphens and apostrophes, lower case. */
const WORD_RE = /[\p{L}][\p{L}.’'-]*/uy;

/** How many words back a label may stand before the figure that opens a wrapped line. */
const LABEL_REACH = 12;

/**
 * Whether the line above line `i`, which line `i` carries on, ends with a label and any run of figures and
 * connectors after it (`… in paragraph` / `3 …`, `… articles 5 and` / `7 …`): the figure opening line `i`
 * is then a label's number. Reads whole words back from the line's end, commas apart.
 */
export function labelEndsLineAbove(model: DraftModel, i: number, isLabel: (lower: string) => boolean, isConnector: (lower: string) => boolean): boolean {
  if (i === 0 || model.lineKinds[i] !== 'continuation') return false;
  const t = model.lines[i - 1].text;
  let e = t.length;
  for (let n = 0; n < LABEL_REACH; n++) {
    while (e > 0 && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 9 || t.charCodeAt(e - 1) === 44)) e--;
    let s = e;
    while (s > 0 && t.charCodeAt(s - 1) !== 32 && t.charCodeAt(s - 1) !== 9 && t.charCodeAt(s - 1) !== 44) s--;
    if (s === e) return false;
    const w = t.slice(s, e).toLowerCase();
    if (isLabel(w)) return true;
    if (!/^\d+$/.test(w) && !isConnector(w)) return false;
    e = s;
  }
  return false;
}

/** The first word of line `i + 1` when it carries on line `i`'s paragraph; '' otherwise. */
export function wordOpeningLineBelow(model: DraftModel, i: number): string {
  if (i + 1 >= model.lines.length || model.lineKinds[i + 1] !== 'continuation') return '';
  const line = model.lines[i + 1];
  WORD_RE.lastIndex = model.contentStarts[i + 1] - line.start;
  const m = WORD_RE.exec(line.text);
  return m ? m[0].toLowerCase() : '';
}
