// The full form an explanation "Full Form (ABBR)" spells out: the words before the parenthesis whose
// initials give the abbreviation, on its line or, in a wrapped paragraph, across the line break.

import { readBlock } from '../../blocks';
import type { DraftModel } from '../../model';
import { STOP_WORDS } from '../../un/names';

/**
 * The full form written before `(ABBR)`, found by matching the abbreviation's letters to the
 * initials of the words before it: "United Nations Office on Drugs and Crime (UNODC)".
 */
function fullFormBefore(text: string, lineStart: number, parenStart: number, abbr: string): { start: number; full: string } | undefined {
  const letters = abbr.replace(/[^A-Z]/g, '');
  let need = letters.length - 1;
  let pos = parenStart;
  while (pos > lineStart && text.charCodeAt(pos - 1) === 32) pos--;
  const end = pos;
  let start = -1;
  let words = 0;
  while (need >= 0 && pos > lineStart && words < 20) {
    let ws = pos;
    while (ws > lineStart && /[\p{L}\p{N}'’-]/u.test(text.charAt(ws - 1))) ws--;
    if (ws === pos) return undefined; // punctuation inside the name
    const word = text.slice(ws, pos);
    words++;
    if (word.charAt(0).toUpperCase() === letters.charAt(need) && !(STOP_WORDS.has(word.toLowerCase()) && word.charAt(0) === word.charAt(0).toLowerCase() && need > 0 && letters.charAt(need) !== word.charAt(0).toUpperCase())) {
      need--;
      // A hyphenated word may give more than one initial: "Co-operation" gives C only, "Non-Proliferation" N or NP.
      const parts = word.split('-');
      for (let k = parts.length - 1; k > 0 && need >= 0; k--) {
        const p = parts[k];
        if (p && p.charAt(0) === p.charAt(0).toUpperCase() && p.charAt(0).toUpperCase() === letters.charAt(need)) need--;
      }
      start = ws;
    } else if (!STOP_WORDS.has(word.toLowerCase())) return undefined;
    pos = ws;
    while (pos > lineStart && text.charCodeAt(pos - 1) === 32) pos--;
  }
  if (need >= 0 || start === -1) return undefined;
  return { start, full: text.slice(start, end) };
}

/** How many lines above a parenthesis the full form before it is looked for in a wrapped paragraph (it has 20 words at most). */
const FULL_FORM_LINES = 4;

/**
 * The full form written before the parenthesis at column `p` of line `i` ("Full Form (ABBR)"), with its
 * offset; `{}` when the words before it do not spell the abbreviation, undefined when no word comes right
 * before the parenthesis. A line that carries on a wrapped paragraph (`head` is its first line) is read with
 * the lines above it as one text, so that a name spelled out across the line break is found; a parenthesis
 * opening any other line may follow a full form that ends the line above (a text export wrapped there).
 */
export function fullFormAt(model: DraftModel, head: number, i: number, p: number, key: string): { start?: number; full?: string } | undefined {
  const line = model.lines[i];
  const t = line.text;
  if (head < i) {
    const b = readBlock(model, Math.max(head, i - FULL_FORM_LINES), i);
    const pp = b.pos(line.start + p);
    if (!/[\p{L}\p{N}’'] ?$/u.test(b.text.slice(Math.max(0, pp - 2), pp))) return undefined;
    const ff = fullFormBefore(b.text, 0, pp, key);
    return ff ? { start: b.at(ff.start), full: ff.full } : {};
  }
  // "Full Form (ABBR)": a word must come before the parenthesis.
  const before = t.slice(Math.max(0, p - 2), p);
  const above = t.slice(0, p).trim() === '' && i > 0 ? model.lines[i - 1] : undefined;
  const wrapped = !!above && /[\p{L}\p{N}’']$/u.test(above.text.trimEnd());
  if (!/[\p{L}\p{N}’'] ?$/u.test(before) && !wrapped) return undefined;
  const ff = wrapped && above ? fullFormBefore(model.text, above.start, above.start + above.text.trimEnd().length, key) : fullFormBefore(model.text, line.start, line.start + p, key);
  return ff ?? {};
}
