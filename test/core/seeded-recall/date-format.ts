// Seeded defects for date-format's spans: a span of years or months joined by a hyphen (`(2016-2020)`, `for
// the biennium 2024-2025`, `(January-March 2024)`) and a span after `from` written with a dash (`from 2016-2020,`)
// written into the paragraph before a word.

import { choose, insertBeforeWord, pick, type Injector } from './injector';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Two years of a span: the first in 1990–2029, the second one to fifteen years on. */
function years(random: () => number): [number, number] {
  const first = 1990 + pick(random, 40);
  return [first, first + 1 + pick(random, 15)];
}

export const injectors: readonly Injector[] = [
  {
    rule: 'date-format',
    name: 'a span of years joined by a hyphen',
    inject(paragraph, random) {
      const [a, b] = years(random);
      return insertBeforeWord(paragraph, random, `(${a}-${b}) `, 1);
    },
  },
  {
    rule: 'date-format',
    name: 'a biennium joined by a hyphen',
    inject(paragraph, random) {
      const a = 2000 + pick(random, 30);
      const lead = 'for the biennium ';
      return insertBeforeWord(paragraph, random, `${lead}${a}-${a + 1} `, lead.length);
    },
  },
  {
    rule: 'date-format',
    name: 'a span of months joined by a hyphen',
    inject(paragraph, random) {
      const first = pick(random, 11);
      const second = first + 1 + pick(random, 11 - first);
      const year = choose(random, ['', ` ${years(random)[0]}`]);
      return insertBeforeWord(paragraph, random, `(${MONTHS[first]}-${MONTHS[second]}${year}) `, 1);
    },
  },
  {
    rule: 'date-format',
    name: '"from" with a span of years joined by a dash',
    inject(paragraph, random) {
      const [a, b] = years(random);
      return insertBeforeWord(paragraph, random, `from ${a}${choose(random, ['-', '–'])}${b}, `, 0);
    },
  },
];
