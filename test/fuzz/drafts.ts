// Arbitrary drafts for the fuzz suite: pieces of real report structure (masthead, headings, numbered
// paragraphs, lists of States, symbols, dates, brackets, comments) mixed with hostile text (lone
// surrogates, control characters, every line ending, unbalanced brackets), and mutations of a draft.

import * as fc from 'fast-check';

const PIECES = [
  'Distr.: Limited', 'Distr.: General', '3 April 2018', 'Original: English', 'A/AC.105/L.123', 'UNODC/CCPCJ/EG.4/2018/L.1',
  'I. Introduction', 'II. Organization of the session', 'A. Opening', '1. ', '2. ', '12. ', '(a) ', '(b) ', '## ', '# ',
  'The Committee took note of resolution 65/230.', 'Albania, Andorra, Albania, Côte d’Ivoire, Turkey and Viet Nam',
  'The following States were represented: ', '[', ']', '[[', ']]', '[to be agreed]', '[…]', '<!-- ', ' -->',
  '<!-- undraft-disable-next-line duplicate-entry -->', '<!-- undraft-disable -->', '[link](A/RES/65/230)', '"', '“', '”',
  'at its 3rd meeting, on 4 April 2018,', 'from 3 to 5 April 2018', '5 per cent', '5%', 'Chairman', 'UNODC', 'item 4 of the agenda',
  '\t', '  ', '\n', '\r\n', '\r', '\n\n', '\u2028', '\ufeff', '\u0000', '\ud800', '\udc00', '😀', 'é', '\u0301',
];

/** One line-ish piece: structure, hostile characters, or arbitrary text. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A draft: up to 60 pieces joined, so structure meets structure in odd ways. */
export const draftText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** Edits of a known good draft: insert, delete or replace a span. */
export function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 40 }), fc.oneof(piece, fc.constant('')));
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let text = base;
    for (const [at, del, insert] of edits) {
      const start = Math.min(at, text.length);
      text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + del));
    }
    return text;
  });
}
