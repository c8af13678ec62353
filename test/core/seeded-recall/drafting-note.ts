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

export const injectors: readonly Injector[] = [
  inserting('a note to drafters', NOTES, () => 1),
  inserting('a mention of a colleague', MENTIONS, (s) => s.indexOf('@')),
  inserting('a placeholder for a figure', PLACEHOLDERS, (s) => s.search(/X|TB/)),
  inserting('a highlighted question', ['??? ', '?? '], () => 0),
  inserting('an editorial note in braces', BRACES, () => 0),
];
