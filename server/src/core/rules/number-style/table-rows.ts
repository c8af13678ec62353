// Rows of a table laid out with spaces (a text export of a Word or PDF table: `Africa    5    2`),
// which number-style leaves alone as it leaves tab-separated and `|` rows: the Editorial Manual (S9)
// puts all the numbers of a table in figures.

import { endsLikeSentence } from '../../prose';

/**
 * Whether a plain text line (not a numbered paragraph, not a continuation) is a row of a table laid out
 * with spaces: a cell, a gap of two spaces or more, then a cell that is a figure, and no sentence end.
 */
export function isSpaceAlignedRow(text: string): boolean {
  if (endsLikeSentence(text)) return false;
  return /\S {2,}[-–(]?[$€£]?\d[\d,.]*%?\)?(?: |$)/.test(text.trimEnd());
}
