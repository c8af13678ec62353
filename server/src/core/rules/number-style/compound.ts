// Compound numbers in words, 21 to 99, take a hyphen (R25, R28): `twenty-second session`, `forty-five
// members`, `Twenty-First`. Reports a tens word and a units word, cardinal or ordinal, written apart by
// spaces (or the line break of a wrapped paragraph), in the report's own text: running text, list entries,
// headings, the masthead, contents and footnotes; titles as published, quotations and text reproduced as
// received are left alone.

import type { DraftModel, LineRole } from '../../model';
import { asReceivedLines, inQuotation, inRanges, opaqueRanges } from '../../prose';
import type { RuleContext } from '../../rule';
import { forEachBlock } from '../../blocks';

/**
 * A tens word, spaces or tabs, and a units word. The alternatives are plain words and the one run of
 * blanks cannot overlap them, so matching stays linear.
 */
const COMPOUND_RE =
  /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)([ \t\u00a0]+)(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/gi;

/** Roles whose text is the report's own wording; `title` (a title as published) and `quotation` are not. */
const OWN_TEXT: ReadonlySet<LineRole> = new Set<LineRole>(['running-text', 'list-entry', 'heading', 'masthead', 'front', 'contents', 'footnote']);

/**
 * Words that make a fixed phrase with the ordinal before them, so that a tens word before the phrase
 * counts it: `twenty first responders` (20 responders), `thirty First Nations communities`.
 */
const ORDINAL_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['first', new Set(['responders', 'responder', 'nations', 'peoples', 'ladies', 'lady', 'movers', 'mover', 'aiders', 'timers'])],
  ['second', new Set(['languages', 'homes', 'opinions', 'chances'])],
]);

/** Hyphens and the like that glue a word to the next or the one before: `one-year`, `second-hand`. */
function isHyphen(c: string): boolean {
  return c === '-' || c === '\u2010' || c === '\u2011' || c === '\u2013' || c === '\u2014';
}

/** The word that starts at `from` after blanks, in lower case ('' when none). */
function nextWord(t: string, from: number): string {
  let s = from;
  while (s < t.length && (t.charCodeAt(s) === 32 || t.charCodeAt(s) === 9)) s++;
  let e = s;
  while (e < t.length && /[A-Za-z]/.test(t.charAt(e))) e++;
  return t.slice(s, e).toLowerCase();
}

/** Whether the pair at `start`–`end` of `t` is a counted phrase or part of a hyphenated compound, not one number. */
function isNotOneNumber(t: string, start: number, end: number, unit: string): boolean {
  if (start > 0 && isHyphen(t.charAt(start - 1))) return true; // `one-hundred-twenty five`: left to the reader
  if (end < t.length && isHyphen(t.charAt(end))) return true; // `twenty one-year terms`, `twenty second-hand cars`
  const phrases = ORDINAL_PHRASES.get(unit.toLowerCase());
  return phrases !== undefined && phrases.has(nextWord(t, end));
}

function roleOf(model: DraftModel, i: number): LineRole {
  return model.lineReadings[i].role;
}

/** A tens word somewhere on a line: a block with none on any line is not joined. */
const TENS_RE = /twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety/i;

/**
 * Reports every compound number of the report's own text written without its hyphen. A wrapped paragraph is
 * read as one text, so a tens word that ends a line and a units word that opens the next are one number.
 */
export function checkCompoundNumbers(ctx: RuleContext): void {
  const { model } = ctx;
  const opaque = opaqueRanges(model);
  const received = asReceivedLines(model);
  const keep = (i: number): boolean => !received[i] && OWN_TEXT.has(roleOf(model, i));
  forEachBlock(model, keep, TENS_RE, (b) => {
    const t = b.text;
    COMPOUND_RE.lastIndex = 0;
    for (let m = COMPOUND_RE.exec(t); m !== null; m = COMPOUND_RE.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isNotOneNumber(t, start, end, m[3])) continue;
      if (inQuotation(model, b.at(start)) || inRanges(opaque, b.at(start))) continue;
      const gapStart = start + m[1].length;
      const written = `${m[1]}-${m[3]}`;
      ctx.report({
        messageId: 'compoundHyphen',
        data: { written: `${m[1]} ${m[3]}`, expected: written },
        range: { start: b.at(start), end: b.at(end) },
        // Across a line break the hyphen takes the break's place: the two words are one.
        fixes: [{ title: `Write "${written}"`, edits: [{ range: { start: b.at(gapStart), end: b.at(gapStart + m[2].length) }, newText: '-' }], safety: 'safe' }],
      });
    }
  });
}
