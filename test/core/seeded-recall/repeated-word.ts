// Seeded defects for repeated-word: a word, a phrase of two to four words, or a phrase written again at
// the start of the next line. One-word repeats take lower-case words: the rule reads a short capitalized
// word said twice as a name (Pago Pago), and English allows `that that` and `had had`.

import { choose, type Injector } from './injector';

const GRAMMATICAL = new Set(['that', 'had', 'bye', 'so', 'ha', 'tut', 'very']);
const WORD_RE = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The words of the paragraph that stand between spaces (no mark glued to them), in order. */
function plainWords(paragraph: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < paragraph.length) {
    while (i < paragraph.length && paragraph.charCodeAt(i) === 32) i++;
    const start = i;
    while (i < paragraph.length && paragraph.charCodeAt(i) !== 32 && paragraph.charCodeAt(i) !== 10) i++;
    const before = start === 0 ? 10 : paragraph.charCodeAt(start - 1);
    if (i > start && before === 32 && paragraph.charCodeAt(i) === 32 && WORD_RE.test(paragraph.slice(start, i))) out.push({ start, end: i });
    if (paragraph.charCodeAt(i) === 10) i++;
  }
  return out;
}

/** A run of `n` plain words joined by single spaces, at a random place; undefined when none is found. */
function phraseAt(paragraph: string, random: () => number, n: number, lowerFirst: boolean): Span | undefined {
  const words = plainWords(paragraph);
  const runs: Span[] = [];
  for (let k = 0; k + n <= words.length; k++) {
    let joined = true;
    for (let j = 1; j < n; j++) if (words[k + j].start !== words[k + j - 1].end + 1) joined = false;
    const first = paragraph.slice(words[k].start, words[k].end);
    if (!joined || (lowerFirst && !/^[a-z]/.test(first)) || (n === 1 && GRAMMATICAL.has(first.toLowerCase()))) continue;
    runs.push({ start: words[k].start, end: words[k + n - 1].end });
  }
  return runs.length ? choose(random, runs) : undefined;
}

export const injectors: readonly Injector[] = [
  {
    rule: 'repeated-word',
    name: 'a word written twice',
    inject(paragraph, random) {
      const w = phraseAt(paragraph, random, 1, true);
      if (!w) return undefined;
      const word = paragraph.slice(w.start, w.end);
      return { text: `${paragraph.slice(0, w.end)} ${word}${paragraph.slice(w.end)}`, at: w.end + 1 };
    },
  },
  {
    rule: 'repeated-word',
    name: 'a phrase written twice',
    inject(paragraph, random) {
      const p = phraseAt(paragraph, random, 2 + Math.floor(random() * 3), false);
      if (!p) return undefined;
      const phrase = paragraph.slice(p.start, p.end);
      return { text: `${paragraph.slice(0, p.end)} ${phrase}${paragraph.slice(p.end)}`, at: p.end + 1 };
    },
  },
  {
    rule: 'repeated-word',
    name: 'repeated across a line break',
    inject(paragraph, random) {
      const p = phraseAt(paragraph, random, 1 + Math.floor(random() * 3), true);
      if (!p) return undefined;
      const phrase = paragraph.slice(p.start, p.end);
      return { text: `${paragraph.slice(0, p.end)}\n${phrase}${paragraph.slice(p.end)}`, at: p.end + 1 };
    },
  },
  {
    rule: 'repeated-word',
    name: 'a word written twice before a mark',
    inject(paragraph, random) {
      const places: number[] = [];
      const re = /(?<= )[a-z]{3,}(?=[,;.:])/g;
      for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) if (!GRAMMATICAL.has(m[0])) places.push(m.index);
      if (places.length === 0) return undefined;
      const at = choose(random, places);
      let end = at;
      while (/[a-z]/.test(paragraph.charAt(end))) end++;
      const word = paragraph.slice(at, end);
      return { text: `${paragraph.slice(0, end)} ${word}${paragraph.slice(end)}`, at: end + 1 };
    },
  },
];
