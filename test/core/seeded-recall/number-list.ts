// Seeded defects for number-list: a list of reference numbers written into the paragraph with a comma
// missing between two numbers, without "and" before its last number, or with a range joined by a hyphen.

import { choose, insertBeforeWord, pick, type Injector } from './injector';

const HEADS = ['paragraphs', 'paras.', 'recommendations', 'articles', 'items', 'rules', 'pages', 'meetings', 'resolutions', 'decisions', 'sections'];

/** Rising numbers for a list: plain for most heads, `session/number` for resolutions and decisions. */
function numbers(random: () => number, head: string, count: number): string[] {
  const out: string[] = [];
  let n = 1 + pick(random, 90);
  const session = 60 + pick(random, 20);
  for (let k = 0; k < count; k++) {
    n += 1 + pick(random, 6);
    out.push(head === 'resolutions' || head === 'decisions' ? `${session}/${n}` : String(n));
  }
  return out;
}

/** `(see <head> <list>) ` and the offset of the list in it. */
function clause(head: string, list: string): { insert: string; listAt: number } {
  const lead = `(see ${head} `;
  return { insert: `${lead}${list}) `, listAt: lead.length };
}

/** The same defects written into the sentence, before whatever word follows: `… as in paragraphs 3, 5, 7 the Group …`. */
function inSentence(name: string, make: (random: () => number, head: string) => { list: string; at: number }): Injector {
  return {
    rule: 'number-list',
    name: `${name}, in the sentence`,
    inject(paragraph, random) {
      const head = choose(random, HEADS);
      const { list, at } = make(random, head);
      const lead = `as set out in ${head} `;
      return insertBeforeWord(paragraph, random, `${lead}${list} `, lead.length + at);
    },
  };
}

export const injectors: readonly Injector[] = [
  {
    rule: 'number-list',
    name: 'a comma missing between two numbers',
    inject(paragraph, random) {
      const head = choose(random, HEADS);
      const nums = numbers(random, head, 4 + pick(random, 3));
      const gap = pick(random, nums.length - 2);
      let list = '';
      let at = 0;
      for (let k = 0; k < nums.length; k++) {
        if (k === gap) at = list.length;
        list += nums[k];
        if (k === nums.length - 2) list += ' and ';
        else if (k < nums.length - 1) list += k === gap ? ' ' : ', ';
      }
      const c = clause(head, list);
      return insertBeforeWord(paragraph, random, c.insert, c.listAt + at);
    },
  },
  {
    rule: 'number-list',
    name: 'no "and" before the last number',
    inject(paragraph, random) {
      const head = choose(random, HEADS);
      const nums = numbers(random, head, 3 + pick(random, 4));
      const list = nums.join(', ');
      const c = clause(head, list);
      return insertBeforeWord(paragraph, random, c.insert, c.listAt + list.lastIndexOf(' ') + 1);
    },
  },
  {
    rule: 'number-list',
    name: 'a range joined by a hyphen',
    inject(paragraph, random) {
      const head = choose(random, HEADS.filter((h) => h !== 'resolutions' && h !== 'decisions'));
      const from = 2 + pick(random, 200);
      const range = `${from}-${from + 1 + pick(random, 9)}`;
      const c = clause(head, range);
      return insertBeforeWord(paragraph, random, c.insert, c.listAt + range.indexOf('-'));
    },
  },
  inSentence('a comma missing between two numbers', (random, head) => {
    const nums = numbers(random, head, 3);
    return { list: `${nums[0]} ${nums[1]} and ${nums[2]}`, at: 0 };
  }),
  inSentence('a range joined by a hyphen', (random) => {
    const from = 2 + pick(random, 200);
    const range = `${from}-${from + 2}`;
    return { list: range, at: range.indexOf('-') };
  }),
];
