// The words of one text (a line, or a wrapped paragraph read as one: blocks.ts), read in one pass of
// character codes into scratch arrays reused from text to text: number-style reads the figures of running
// text this way.

import { isAbbreviationWord } from './parse/sentences';

// Each word's start, end and whether it is all figures; the rule works out the rest only around the
// figures that need it. A word is a letter, digit or
// currency/degree sign followed by letters, digits and . ' ’ - $ € £ ¥ ° (as the pattern
// /[\p{L}\p{N}$€£¥°][\p{L}\p{N}.'’$€£¥°-]*/u would match); a trailing period belongs to the word
// only for known abbreviations (`para.`) and dotted initials (`a.m.`).

/** Per BMP code unit: 0 not yet known, 1 a letter or number (\p{L} or \p{N}), 2 neither. */
const BMP_LETTER_OR_NUMBER = new Uint8Array(0x10000);
const ASTRAL_LETTER_OR_NUMBER = new Map<number, boolean>();
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp < 0x10000) {
    let v = BMP_LETTER_OR_NUMBER[cp];
    if (v === 0) BMP_LETTER_OR_NUMBER[cp] = v = LETTER_OR_NUMBER_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  let a = ASTRAL_LETTER_OR_NUMBER.get(cp);
  if (a === undefined) ASTRAL_LETTER_OR_NUMBER.set(cp, (a = LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp))));
  return a;
}

/** $ € £ ¥ ° */
function isMoneyOrDegree(cp: number): boolean {
  return cp === 36 || cp === 0x20ac || cp === 0xa3 || cp === 0xa5 || cp === 0xb0;
}

function isWordStart(cp: number): boolean {
  return isLetterOrNumber(cp) || isMoneyOrDegree(cp);
}

/** . ' ’ - */
function isWordInner(cp: number): boolean {
  return cp === 46 || cp === 39 || cp === 0x2019 || cp === 45 || isLetterOrNumber(cp) || isMoneyOrDegree(cp);
}

/** A letter of any script, for a single UTF-16 code unit (as /[\p{L}]/u tests a one-unit string). */
const BMP_LETTER = new Uint8Array(0x10000);
const LETTER_RE = /[\p{L}]/u;
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  let v = BMP_LETTER[c];
  if (v === 0) BMP_LETTER[c] = v = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Whether `t[s, e)` is a known abbreviation (the parser's set: parse/sentences.ts). */
function isAbbreviation(t: string, s: number, e: number): boolean {
  return e - s <= 12 && isAbbreviationWord(t.slice(s, e));
}

/** `a.m.`, `U.N.`, `e.g.`: two or more ASCII letters each followed by a period. */
function isDottedInitials(t: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 4 || n % 2 !== 0) return false;
  for (let q = s; q < e; q += 2) {
    const c = t.charCodeAt(q) | 32;
    if (c < 97 || c > 122 || t.charCodeAt(q + 1) !== 46) return false;
  }
  return true;
}

/** The words of the text being checked. */
export let wStart = new Int32Array(512);
export let wEnd = new Int32Array(512);
export let wFigure = new Uint8Array(512);
export let nWords = 0;
/** Word indices of the figures (words of digits only), in order. */
export let figures = new Int32Array(128);
export let nFigures = 0;
/** Reads the words of `t` into the scratch arrays (`wStart`, `wEnd`, `wFigure`, `nWords`, `figures`, `nFigures`). */
export function tokenize(t: string): void {
  nWords = 0;
  nFigures = 0;
  const len = t.length;
  let p = 0;
  while (p < len) {
    let c = t.charCodeAt(p);
    let cp = c >= 0xd800 && c <= 0xdbff ? (t.codePointAt(p) as number) : c;
    if (!isWordStart(cp)) {
      p += cp > 0xffff ? 2 : 1;
      continue;
    }
    const s = p;
    p += cp > 0xffff ? 2 : 1;
    while (p < len) {
      c = t.charCodeAt(p);
      cp = c >= 0xd800 && c <= 0xdbff ? (t.codePointAt(p) as number) : c;
      if (!isWordInner(cp)) break;
      p += cp > 0xffff ? 2 : 1;
    }
    let e = p;
    // A trailing period belongs to the word only for known abbreviations (`para.`, `a.m.`).
    if (t.charCodeAt(e - 1) === 46 && !isDottedInitials(t, s, e) && !isAbbreviation(t, s, e - 1)) {
      while (e - s > 1 && t.charCodeAt(e - 1) === 46) e--;
    }
    if (nWords === wStart.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      wStart = grow(wStart, (n) => new Int32Array(n));
      wEnd = grow(wEnd, (n) => new Int32Array(n));
      wFigure = grow(wFigure, (n) => new Uint8Array(n));
    }
    let figure = 1;
    for (let q = s; q < e; q++) {
      const d = t.charCodeAt(q);
      if (d < 48 || d > 57) {
        figure = 0;
        break;
      }
    }
    const k = nWords++;
    wStart[k] = s;
    wEnd[k] = e;
    wFigure[k] = figure;
    if (figure) {
      if (nFigures === figures.length) {
        const b = new Int32Array(figures.length * 2);
        b.set(figures);
        figures = b;
      }
      figures[nFigures++] = k;
    }
  }
}

export function wordText(t: string, k: number): string {
  return t.slice(wStart[k], wEnd[k]);
}

export function lowerWord(t: string, k: number): string {
  return t.slice(wStart[k], wEnd[k]).toLowerCase();
}
