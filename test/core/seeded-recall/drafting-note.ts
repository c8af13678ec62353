// Seeded defects for drafting-note: a note to drafters or to self, a mention of a colleague, a placeholder
// for a figure, a highlighted question and an editorial instruction in braces, written before a word.

import { choose, insertBeforeWord, type Injector } from './injector';

const NOTES = ['(internal note: check with the capital) ', '(EU internal note: moved up from below) ', '(Note to drafters: add the figure) ', '(NB: to be confirmed by the secretariat) ', '(note to self: verify the date) '];
const MENTIONS = ['@Maria: please check this. ', '@jdoe please confirm ', '(@Chen: source?) '];
const PLACEHOLDERS = ['USD X.X million ', 'TBC ', 'TBD ', 'USD XX million ', 'XX per cent ', 'X,XXX ', 'in 20XX '];
const BRACES = ['{No text required} ', '{placeholder for the agreed text} ', '{End of options} '];

function inserting(name: string, texts: readonly string[], at: (s: string) => number): Injector {
  return {
    rule: 'drafting-note',
    name,
    inject(paragraph, random) {
      const text = choose(random, texts);
      return insertBeforeWord(paragraph, random, text, at(text));
    },
  };
}

/**
 * A figure of the paragraph that counts something (`12 delegations`) replaced by `XX`. A figure after a
 * noun that numbers (`rule 12`, `article 17`) is left: `XX` there reads as a roman numeral (GATT's
 * Article XX), which the rule leaves alone on purpose.
 */
const NUMBERING_NOUN_RE = /\b(?:chapters?|annex(?:es)?|parts?|articles?|sections?|titles?|volumes?|books?|sessions?|resolutions?|decisions?|rules?|phases?|tables?|figures?|appendix|appendices|schedules?|clauses?|protocols?) $/i;

const figureAsXX: Injector = {
  rule: 'drafting-note',
  name: 'a figure replaced by XX',
  inject(paragraph, random) {
    const places: number[] = [];
    const re = /(?<= )\d{2,3}(?= [a-z])/g;
    for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
      if (!NUMBERING_NOUN_RE.test(paragraph.slice(Math.max(0, m.index - 14), m.index))) places.push(m.index);
    }
    if (places.length === 0) return undefined;
    const at = choose(random, places);
    let end = at;
    while (/\d/.test(paragraph.charAt(end))) end++;
    return { text: `${paragraph.slice(0, at)}XX${paragraph.slice(end)}`, at };
  },
};

export const injectors: readonly Injector[] = [
  inserting('a note to drafters', NOTES, () => 1),
  inserting('a mention of a colleague', MENTIONS, (s) => s.indexOf('@')),
  inserting('a placeholder for a figure', PLACEHOLDERS, (s) => s.search(/X|TB/)),
  inserting('a highlighted question', ['??? ', '?? '], () => 0),
  inserting('an editorial note in braces', BRACES, () => 0),
  figureAsXX,
];
