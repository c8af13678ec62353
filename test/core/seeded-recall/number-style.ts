// Seeded defects for number-style's compound numbers: a number from 21 to 99 in words written without
// its hyphen, as a count (`some forty five delegations`), an ordinal (`at its twenty second session`) or
// with initial capitals (`the Thirty First Meeting`), before a random word of the paragraph.

import { choose, insertBeforeWord, pick, type Injector } from './injector';

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const COUNTED = ['delegations', 'participants', 'States', 'experts', 'organizations', 'members'];

function capital(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `lead` + the two words apart + `tail`, written before a random word; `at` falls on the space between them. */
function written(paragraph: string, random: () => number, lead: string, tens: string, unit: string, tail: string): { text: string; at: number } | undefined {
  const gap = pick(random, 4) === 0 ? '  ' : ' ';
  return insertBeforeWord(paragraph, random, `${lead}${tens}${gap}${unit} ${tail}`, lead.length + tens.length);
}

export const injectors: readonly Injector[] = [
  {
    rule: 'number-style',
    name: 'a compound count without its hyphen',
    inject(paragraph, random) {
      return written(paragraph, random, 'some ', choose(random, TENS), choose(random, UNITS), `${choose(random, COUNTED)}, `);
    },
  },
  {
    rule: 'number-style',
    name: 'a compound ordinal without its hyphen',
    inject(paragraph, random) {
      return written(paragraph, random, 'at its ', choose(random, TENS), choose(random, ORDINALS), 'session, ');
    },
  },
  {
    rule: 'number-style',
    name: 'a capitalized compound ordinal without its hyphen',
    inject(paragraph, random) {
      return written(paragraph, random, 'at the ', capital(choose(random, TENS)), capital(choose(random, ORDINALS)), 'Meeting, ');
    },
  },
];
