// Text that number-style leaves in figures as data, not running text: rows of a table laid out with
// spaces (a text export of a table: `Africa    5    2`), lines that give a value (`Required majority: 5`,
// `Egypt 5` in the results of a ballot) and sentences that give the result of a vote. The Editorial
// Manual (S9) puts the numbers of tables, and results of voting, in figures.

import type { DraftModel } from '../../model';
import { CURRENCY_WORDS, isUnitWord, UNIT_QUALIFIERS } from '../../data/numbers';
import { endsLikeSentence } from '../../prose';
import { lowerWord, nWords, wEnd, wordText, wStart } from '../../words';

/**
 * Whether line i is a plain text line (not a numbered paragraph, not the first line of a wrapped one) that
 * is no sentence and is a row of data: a cell, a gap of two spaces or more, then a figure; or a figure
 * that ends the line, after a colon or a name.
 */
export function isDataRow(model: DraftModel, i: number): boolean {
  if (model.lineKinds[i] !== 'text' || model.lineKinds[i + 1] === 'continuation') return false;
  const text = model.lines[i].text.trimEnd();
  if (endsLikeSentence(text)) return false;
  return /\S {2,}[-–(]?[$€£]?\d[\d,.]*%?\)?(?: |$)/.test(text) || /(?::|\p{Lu}\p{Ll}*) \d[\d,.]*$/u.test(text);
}

/** Verbs and nouns of voting: votes and abstentions are printed in figures. */
const VOTE_RE = /\b(?:votes?|voting|voted|abstentions?|abstaining|in favour|against)\b/i;
/** A result given without the word "votes": `adopted by 8 to 1`. */
const VOTE_BY_RE = /\b(?:adopted|rejected|approved|carried|defeated)\s+by\s+\d+\s+to\s+\d+/i;

/** Whether a sentence gives the result of a vote (`by 107 votes to 9, with 2 abstentions`, `5 in favour, 3 against`). */
export function reportsVote(sentence: string): boolean {
  if (VOTE_BY_RE.test(sentence)) return true;
  return VOTE_RE.test(sentence) && /\d+\s+(?:votes?\s+)?to\s+\d+|\d+\s+abstentions?|\d+\s+votes?|\d+\s+(?:in favour|against)\b/i.test(sentence);
}

/**
 * Whether figure k measures something whose unit comes after a qualifier or a name: `7 United States
 * dollars`, `3 Swiss francs`, `2 CFA francs`, `3 metric tons`, `2 cubic metres`.
 */
export function unitAfterQualifier(t: string, k: number): boolean {
  for (let j = k + 1; j < nWords && j <= k + 4; j++) {
    if (!/^\s$/.test(t.slice(wEnd[j - 1], wStart[j]))) return false;
    const w = lowerWord(t, j);
    if (j > k + 1 && (CURRENCY_WORDS.has(w) || isUnitWord(w))) return true;
    if (!/^\p{Lu}/u.test(wordText(t, j)) && !UNIT_QUALIFIERS.has(w)) return false;
  }
  return false;
}
