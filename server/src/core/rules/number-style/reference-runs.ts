// Figures that number things rather than count them, read from the words around them: a run of
// figures after a plural noun (`conclusions 1 and 2`, `zones 3 to 5`) and the terms of a ratio
// (`4 out of 5`, `2 out of every 3`), and the label words before a figure (`article 6`, `paragraphs 3
// and 4`). Reads the words of the line number-style has tokenized.

import { LABELS } from '../../data/numbers';
import type { RuleContext } from '../../rule';
import { lowerWord, nWords, wEnd, wFigure, wordText, wStart } from '../../words';
import { numberStyleOptions } from './options';

/** A word that labels the figure after it (`article`, `para.`, and the project's own labels). */
export function isLabel(ctx: RuleContext, lower: string): boolean {
  const label = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
  return LABELS.has(label) || numberStyleOptions(ctx).labels.has(label);
}

/** Words that carry a label over a run of figures: "paragraphs 3, 4 and 6", "articles 5 to 7", "item 1 (c)". */
export function isLabelConnector(lower: string): boolean {
  return lower === 'and' || lower === 'or' || lower === 'to' || lower === 'through' || lower === 'bis' || lower === 'ter' || /^[a-z]$/.test(lower) || /^[ivxlc]{1,4}$/.test(lower);
}

/** Words that may follow the last figure of a run of reference numbers: nothing is counted after them. */
const AFTER_REFERENCE = new Set(
  'a an the and or of in on at to for by with from that which who is was were are be been has have had it its also but not as above below respectively'.split(' '),
);
/** Words ending in "s" that are no nouns. */
const NOT_PLURAL_NOUNS = new Set('always perhaps sometimes afterwards towards besides whereas regardless unless thus this its his has was does is as us yes less'.split(' '));

function gapAfter(t: string, k: number): string {
  return k + 1 < nWords ? t.slice(wEnd[k], wStart[k + 1]) : t.slice(wEnd[k]);
}

/**
 * Whether figure k opens a run of two figures or more (`1 and 2`, `3 to 5`, `1, 2 and 4`) right after a
 * plural noun, with nothing counted after the run: the noun names what the figures number, as
 * `paragraphs 3 and 4` does (`conclusions 1 and 2 were adopted`, `days 1 and 2 of the training`).
 * A count puts its noun after the figure (`3 and 4 posts`), so a run followed by a noun is left to the rule.
 */
export function afterPluralNoun(t: string, k: number): boolean {
  if (k < 1 || !/^\s{1,2}$/.test(t.slice(wEnd[k - 1], wStart[k]))) return false;
  const noun = lowerWord(t, k - 1);
  if (!/^[a-z][a-z-]{2,}s$/.test(noun) || /(?:ss|us|is)$/.test(noun) || NOT_PLURAL_NOUNS.has(noun) || !/^[A-Za-z]/.test(wordText(t, k - 1))) return false;
  let last = k;
  let count = 1;
  for (let j = k + 1; j < nWords; ) {
    const gap = t.slice(wEnd[last], wStart[j]);
    if (wFigure[j] && /^,?\s+$/.test(gap)) {
      last = j++;
      count++;
      continue;
    }
    const w = lowerWord(t, j);
    if ((w === 'and' || w === 'or' || w === 'to') && /^,?\s+$/.test(gap) && j + 1 < nWords && wFigure[j + 1] && /^\s+$/.test(t.slice(wEnd[j], wStart[j + 1]))) {
      last = j + 1;
      j += 2;
      count++;
      continue;
    }
    break;
  }
  if (count < 2) return false;
  const gap = gapAfter(t, last);
  if (last + 1 >= nWords || /^\s*[,.;:)]/.test(gap)) return true;
  return /^\s+$/.test(gap) && AFTER_REFERENCE.has(lowerWord(t, last + 1));
}

/** Whether figure k is a term of a ratio written `4 out of 5`, `2 out of every 3` or `1 in every 5`. */
export function inOutOfRatio(t: string, k: number): boolean {
  const w = (j: number): string => (j >= 0 && j < nWords && !wFigure[j] ? lowerWord(t, j) : '');
  const fig = (j: number): boolean => j >= 0 && j < nWords && wFigure[j] === 1;
  if (w(k + 1) === 'out' && w(k + 2) === 'of' && (fig(k + 3) || (w(k + 3) === 'every' && fig(k + 4)))) return true;
  if (w(k + 1) === 'in' && w(k + 2) === 'every' && fig(k + 3)) return true;
  if (w(k - 1) === 'of' && w(k - 2) === 'out' && fig(k - 3)) return true;
  if (w(k - 1) === 'every' && w(k - 2) === 'in' && fig(k - 3)) return true;
  return w(k - 1) === 'every' && w(k - 2) === 'of' && w(k - 3) === 'out' && fig(k - 4);
}
