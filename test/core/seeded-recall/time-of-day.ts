// Seeded defects for time-of-day: a time written into the paragraph as drafters write it outside UN style
// (`at 10am`, `at 10 AM`, `at 10 a.m,`, `at 10.00 a.m.`, `at 10:30 a.m.`, `at 09.30 a.m.`, `(3-6 p.m.)`,
// `from 10am-1pm`), each a clause before a word of the paragraph.

import { insertBeforeWord, pick, type Injector } from './injector';

const hour = (random: () => number): number => 1 + pick(random, 12);
const minutes = (random: () => number): string => String(5 + 5 * pick(random, 11)).padStart(2, '0');

/** An injector that writes `make()` before a word, the defect at offset `at` of it. */
function clause(name: string, make: (random: () => number) => { insert: string; at: number }): Injector {
  return {
    rule: 'time-of-day',
    name,
    inject(paragraph, random) {
      const { insert, at } = make(random);
      return insertBeforeWord(paragraph, random, insert, at);
    },
  };
}

export const injectors: readonly Injector[] = [
  clause('a.m. or p.m. glued to the figure, without full stops', (random) => ({ insert: `at ${hour(random)}${random() < 0.5 ? 'am' : 'pm'} `, at: 3 })),
  clause('AM or PM in capitals', (random) => ({ insert: `at ${hour(random)} ${random() < 0.5 ? 'AM' : 'PM'} `, at: 3 })),
  clause('a.m. without its final stop, before a comma', (random) => ({ insert: `at ${hour(random)} ${random() < 0.5 ? 'a.m' : 'p.m'}, `, at: 3 })),
  clause('minutes given for a full hour', (random) => ({ insert: `at ${hour(random)}.00 ${random() < 0.5 ? 'a.m.' : 'p.m.'} `, at: 3 })),
  clause('a colon between hours and minutes', (random) => ({ insert: `at ${hour(random)}:${minutes(random)} ${random() < 0.5 ? 'a.m.' : 'p.m.'} `, at: 3 })),
  clause('an hour with a leading zero', (random) => ({ insert: `at 0${1 + pick(random, 9)}.${minutes(random)} a.m. `, at: 3 })),
  clause('a range of hours joined by a hyphen', (random) => {
    const from = 1 + pick(random, 8);
    return { insert: `(${from}-${from + 1 + pick(random, 3)} p.m.) `, at: 1 };
  }),
  clause('a range with am and pm glued and a hyphen', (random) => ({ insert: `from ${8 + pick(random, 4)}am-${1 + pick(random, 5)}pm `, at: 5 })),
];
