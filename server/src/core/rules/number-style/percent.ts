// Percentages in running text (R27): a figure followed by "per cent", not "%" or "percent", and not a number
// in words before "per cent". number-style reads them in the same block of text as the other figures.

import type { TextBlock } from '../../blocks';
import { WORD_VALUES } from '../../data/numbers';
import type { RuleContext } from '../../rule';
import { lowerWord, nWords, wEnd, wordText, wStart } from '../../words';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "%" after a figure in running text: "per cent" (R27). */
export function checkPercentSigns(ctx: RuleContext, b: TextBlock, contentStart: number, skipAt: (pos: number) => boolean): void {
  const t = b.text;
  for (let p = t.indexOf('%'); p !== -1; p = t.indexOf('%', p + 1)) {
    let q = p;
    while (q > 0 && t.charAt(q - 1) === ' ') q--;
    if (q === 0 || !isDigit(t.charCodeAt(q - 1)) || skipAt(p) || q - 1 < contentStart) continue;
    ctx.report({
      messageId: 'percentSign',
      data: { written: t.slice(figureStart(t, q), p + 1) },
      range: { start: b.at(q), end: b.at(p + 1) },
      fixes: [{ title: 'Write "per cent"', edits: [{ range: { start: b.at(q), end: b.at(p + 1) }, newText: ' per cent' }], safety: 'safe' }],
    });
  }
}

/** Where the figure that ends at `end` starts: digits with their decimal point and thousands separators (`1,234.5`). */
function figureStart(t: string, end: number): number {
  let s = end;
  while (s > 0 && (isDigit(t.charCodeAt(s - 1)) || ((t.charCodeAt(s - 1) === 46 || t.charCodeAt(s - 1) === 44) && s >= 2 && isDigit(t.charCodeAt(s - 2))))) s--;
  return s;
}

/** "percent" after a number, and a number in words before "per cent" (R27). */
export function checkPercentWords(
  ctx: RuleContext,
  b: TextBlock,
  contentStart: number,
  skipAt: (pos: number) => boolean,
  inBrackets: (pos: number) => boolean,
  opensSentence: (pos: number) => boolean,
): void {
  const t = b.text;
  // "percent", and a number in words before "per cent". Only words of the right length are lower-cased.
  for (let k = 0; k < nWords; k++) {
    const ws = wStart[k];
    const we = wEnd[k];
    if (we - ws === 7 && k > 0 && lowerWord(t, k) === 'percent' && !skipAt(ws)) {
      const prevText = wordText(t, k - 1);
      if (/^\d/.test(prevText) || WORD_VALUES.has(prevText.toLowerCase())) {
        const w = wordText(t, k);
        const newText = w === 'Percent' ? 'Per cent' : 'per cent';
        ctx.report({
          messageId: 'percentWord',
          data: { written: `${prevText} ${w}` },
          range: { start: b.at(ws), end: b.at(we) },
          fixes: [{ title: `Write "${newText}"`, edits: [{ range: { start: b.at(ws), end: b.at(we) }, newText }], safety: 'safe' }],
        });
      }
    }
    // "one per cent" in running text: percentages take figures.
    if (k + 2 < nWords && wEnd[k + 1] - wStart[k + 1] === 3 && wEnd[k + 2] - wStart[k + 2] === 4 && lowerWord(t, k + 1) === 'per' && lowerWord(t, k + 2) === 'cent') {
      const w = wordText(t, k);
      const value = WORD_VALUES.get(w.toLowerCase());
      if (value === undefined || skipAt(ws) || inBrackets(ws)) continue;
      if (opensSentence(ws) || ws === contentStart) continue; // "Ten per cent of…" opens a sentence
      ctx.report({
        messageId: 'percentInWords',
        data: { words: w, figure: value },
        range: { start: b.at(ws), end: b.at(we) },
        fixes: [{ title: `Write "${value}"`, edits: [{ range: { start: b.at(ws), end: b.at(we) }, newText: String(value) }], safety: 'safe' }],
      });
    }
  }
}
