// Seeded defects for term-consistency's known names: a name of data/body-names.ts written with one slip
// (an article added or dropped, "of" dropped, a word's number changed, one preposition for another),
// set off by commas before a random word of the paragraph.

import { BODY_NAMES } from '../../../server/src/core/data/body-names';
import { choose, insertBeforeWord, type Injector } from './injector';

const PREPOSITIONS = ['of', 'for', 'on'];

/** The name's words with one slip of the kind asked for, or undefined when the name has no place for it. */
type Slipper = (words: string[], random: () => number) => string[] | undefined;

/** Indexes k ≥ 1 of `words` for which `ok` holds. */
function places(words: readonly string[], ok: (k: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 1; k < words.length; k++) if (ok(k)) out.push(k);
  return out;
}

const plain = (w: string): boolean => /^[A-Z][a-z]+$/.test(w);

const SLIPS: Record<string, Slipper> = {
  'a stray "the" in a known name': (words, random) => {
    const at = places(words, (k) => PREPOSITIONS.includes(words[k - 1]) && /^[A-Z]/.test(words[k]));
    if (at.length === 0) return undefined;
    const k = choose(random, at);
    return [...words.slice(0, k), 'the', ...words.slice(k)];
  },
  'an article or "of" missing from a known name': (words, random) => {
    const at = places(words, (k) => (words[k] === 'the' || words[k] === 'of') && k + 1 < words.length);
    if (at.length === 0) return undefined;
    const k = choose(random, at);
    return [...words.slice(0, k), ...words.slice(k + 1)];
  },
  'a word of a known name in the other number': (words, random) => {
    const last = words.length - 1;
    const at = places(words, (k) => plain(words[k]) && (k < last || /[^s]s$/.test(words[k])));
    if (at.length === 0) return undefined;
    const k = choose(random, at);
    const w = words[k];
    const other = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : `${w}s`;
    return [...words.slice(0, k), other, ...words.slice(k + 1)];
  },
  'another preposition in a known name': (words, random) => {
    const at = places(words, (k) => PREPOSITIONS.includes(words[k]));
    if (at.length === 0) return undefined;
    const k = choose(random, at);
    const other = choose(random, PREPOSITIONS.filter((p) => p !== words[k]));
    return [...words.slice(0, k), other, ...words.slice(k + 1)];
  },
};

export const injectors: readonly Injector[] = Object.entries(SLIPS).map(([name, slip]) => ({
  rule: 'term-consistency',
  name,
  inject(paragraph: string, random: () => number) {
    for (let tries = 0; tries < 8; tries++) {
      const words = choose(random, BODY_NAMES).name.split(' ');
      const slipped = slip(words, random);
      if (!slipped) continue;
      const lead = 'together with the ';
      return insertBeforeWord(paragraph, random, `${lead}${slipped.join(' ')}, `, lead.length + 1);
    }
    return undefined;
  },
}));
