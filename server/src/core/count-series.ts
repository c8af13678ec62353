// Series of counts in the text the word reader (words.ts) has read (a line, or a wrapped paragraph read as
// one): "7 States, 19 observer States and 5 organizations" takes figures throughout when one count is 10 or
// more (R25).

import { isWordSpace } from './parse/text-chars';
import { figures, isLetterUnit, nFigures, nWords, wEnd, wordText, wStart } from './words';

/** Words that join the members of a series: "…, 19 observer States and 5 international organizations". */
const SERIES_MAX_GAP_WORDS = 6;

/** Whether figure `g` (an index into `figures`) counts something: a word follows it. */
function isCount(t: string, g: number): boolean {
  const k = figures[g];
  return k + 1 < nWords && wStart[k + 1] === wEnd[k] + 1 && isWordSpace(t.charCodeAt(wEnd[k])) && isLetterUnit(t.charCodeAt(wStart[k + 1]));
}

/** Whether counts `g - 1` and `g` are members of one series: a few words apart, joined by a comma, "and" or "or". */
function inOneSeries(t: string, g: number, sentenceOf: (pos: number) => number): boolean {
  const a = figures[g - 1];
  const b = figures[g];
  if (b - a - 1 > SERIES_MAX_GAP_WORDS || sentenceOf(wStart[a]) !== sentenceOf(wStart[b])) return false;
  const gap = t.slice(wEnd[a], wStart[b]);
  if (/[;:()[\]]/.test(gap)) return false;
  // One separator: a second one means a member between them not written in figures ("91 States, an observer State, 3 …").
  const commas = gap.split(',').length - 1;
  const joins = (gap.match(/\b(?:and|or)\b/g) ?? []).length;
  if (commas + joins === 1) return true;
  return commas === 1 && joins === 1 && /,\s+(?:and|or)\s+$/.test(gap);
}

/**
 * Per figure of the text `t`: 1 when it belongs to a series of counts one of which is 10 or more.
 * `sentenceOf` gives the index of the sentence a position of the text is in.
 */
export function countSeries(t: string, sentenceOf: (pos: number) => number): Uint8Array {
  const out = new Uint8Array(nFigures);
  let from = 0;
  for (let g = 1; g <= nFigures; g++) {
    if (g < nFigures && isCount(t, g) && isCount(t, g - 1) && inOneSeries(t, g, sentenceOf)) continue;
    let large = false;
    for (let h = from; h < g; h++) if (Number(wordText(t, figures[h])) >= 10) large = true;
    if (large && g - from >= 2) out.fill(1, from, g);
    from = g;
  }
  return out;
}
