// Seeded defects of the punctuation rule, each written into a clean paragraph of running text at a
// random place: a doubled mark, a space before a mark, none after a full stop or a label, a parenthesis
// or quotation mark left open, a straight apostrophe among curly ones.

import { choose, type Injector } from './injector';

/** Offsets of `mark` that end a word and precede a space: `Chair, who`. */
function marksAfterWords(paragraph: string, mark: string): number[] {
  const out: number[] = [];
  for (let i = 1; i + 1 < paragraph.length; i++) {
    if (paragraph[i] === mark && /\p{L}/u.test(paragraph[i - 1]) && paragraph[i + 1] === ' ') out.push(i);
  }
  return out;
}

/** Offsets of spaces between two words of at least four letters, where a mark can go unnoticed by other checks. */
function spacesBetweenWords(paragraph: string): number[] {
  const out: number[] = [];
  for (let i = 4; i + 4 < paragraph.length; i++) {
    if (paragraph[i] !== ' ') continue;
    if (/^\p{Ll}{4}$/u.test(paragraph.slice(i - 4, i)) && /^\p{Ll}{4}$/u.test(paragraph.slice(i + 1, i + 5))) out.push(i);
  }
  return out;
}

function insertAt(paragraph: string, at: number, insert: string): string {
  return paragraph.slice(0, at) + insert + paragraph.slice(at);
}

/** The paragraph without its number or label, so that a label can be written before it. */
function withoutMarker(paragraph: string): string {
  const m = /^(?:\d{1,3}\.|\([a-z0-9]{1,4}\)|[a-z]\))\s+/.exec(paragraph);
  return m ? paragraph.slice(m[0].length) : paragraph;
}

const doubledComma: Injector = {
  rule: 'punctuation',
  name: 'doubled comma',
  inject(paragraph, random) {
    const at = marksAfterWords(paragraph, ',');
    if (at.length === 0) return undefined;
    const p = choose(random, at);
    return { text: insertAt(paragraph, p, ','), at: p };
  },
};

const doubledStop: Injector = {
  rule: 'punctuation',
  name: 'doubled full stop',
  inject(paragraph) {
    const end = paragraph.trimEnd();
    if (!/\p{L}\.$/u.test(end)) return undefined;
    return { text: end + '.', at: end.length - 1 };
  },
};

const doubledSemicolon: Injector = {
  rule: 'punctuation',
  name: 'doubled semicolon',
  inject(paragraph, random) {
    const at = spacesBetweenWords(paragraph);
    if (at.length === 0) return undefined;
    const p = choose(random, at);
    return { text: insertAt(paragraph, p, ';;'), at: p };
  },
};

const spaceBeforeComma: Injector = {
  rule: 'punctuation',
  name: 'space before a comma',
  inject(paragraph, random) {
    const at = marksAfterWords(paragraph, ',');
    if (at.length === 0) return undefined;
    const p = choose(random, at);
    return { text: insertAt(paragraph, p, ' '), at: p };
  },
};

const spaceBeforeStop: Injector = {
  rule: 'punctuation',
  name: 'space before the full stop',
  inject(paragraph) {
    const end = paragraph.trimEnd();
    if (!/\p{L}\.$/u.test(end)) return undefined;
    return { text: end.slice(0, -1) + ' .', at: end.length - 1 };
  },
};

const noSpaceAfterStop: Injector = {
  rule: 'punctuation',
  name: 'no space after a full stop',
  inject(paragraph, random) {
    const at = spacesBetweenWords(paragraph);
    if (at.length === 0) return undefined;
    const p = choose(random, at);
    // Two sentences run together: `… session.The …`.
    const next = paragraph[p + 1].toUpperCase();
    return { text: paragraph.slice(0, p) + '.' + next + paragraph.slice(p + 2), at: p };
  },
};

const labelWithoutSpace: Injector = {
  rule: 'punctuation',
  name: 'no space after a label',
  inject(paragraph, random) {
    const body = withoutMarker(paragraph);
    if (!/^\p{Lu}/u.test(body)) return undefined;
    const label = choose(random, ['(a)', '(b)', '(mm)', '(iv)', '(12)']);
    return { text: label + body, at: 0 };
  },
};

const unclosedParenthesis: Injector = {
  rule: 'punctuation',
  name: 'parenthesis never closed',
  inject(paragraph, random) {
    // After the paragraph's last `)`: before it, which `(` is the one left open would be a guess.
    const lastClose = paragraph.lastIndexOf(')');
    const at = spacesBetweenWords(paragraph).filter((s) => s > lastClose);
    if (at.length === 0) return undefined;
    const p = choose(random, at) + 1;
    return { text: insertAt(paragraph, p, '('), at: p };
  },
};

const strayClosingParenthesis: Injector = {
  rule: 'punctuation',
  name: 'parenthesis closing nothing',
  inject(paragraph, random) {
    const at = spacesBetweenWords(paragraph);
    if (at.length === 0 || paragraph.indexOf('(') !== -1) return undefined;
    const p = choose(random, at);
    return { text: insertAt(paragraph, p, ')'), at: p };
  },
};

const unclosedQuotation: Injector = {
  rule: 'punctuation',
  name: 'quotation never closed',
  inject(paragraph, random) {
    if (/["„“”]/.test(paragraph)) return undefined;
    const at = spacesBetweenWords(paragraph);
    if (at.length === 0) return undefined;
    const p = choose(random, at) + 1;
    return { text: insertAt(paragraph, p, '“'), at: p };
  },
};

const straightApostrophe: Injector = {
  rule: 'punctuation',
  name: 'straight apostrophe among curly ones',
  inject(paragraph, random) {
    // A possessive written straight in a paragraph that also writes one curly: `State's … Board’s`.
    const at = spacesBetweenWords(paragraph);
    if (at.length < 2 || /\p{L}['’]\p{L}/u.test(paragraph)) return undefined;
    const first = choose(random, at);
    const second = at.find((s) => Math.abs(s - first) > 10);
    if (second === undefined) return undefined;
    const [a, b] = first < second ? [first, second] : [second, first];
    const straightFirst = random() < 0.5;
    const text = paragraph.slice(0, a) + (straightFirst ? "'s" : '’s') + paragraph.slice(a, b) + (straightFirst ? '’s' : "'s") + paragraph.slice(b);
    return { text, at: straightFirst ? a : b + 2 };
  },
};

export const injectors: readonly Injector[] = [
  doubledComma,
  doubledStop,
  doubledSemicolon,
  spaceBeforeComma,
  spaceBeforeStop,
  noSpaceAfterStop,
  labelWithoutSpace,
  unclosedParenthesis,
  strayClosingParenthesis,
  unclosedQuotation,
  straightApostrophe,
];
