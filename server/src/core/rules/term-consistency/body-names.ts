// Known names of United Nations bodies written wrong (R31): a name of data/body-names.ts with one slip —
// an article or "of" too many or missing (`Office of the Legal Affairs`), a word in the plural where the
// name has the singular or the reverse (`Alliance of Small Islands States`), or one preposition for
// another (`Office of Disarmament Affairs`). Names are indexed by their first word, which must be
// written as listed, so each word of the text is compared with the few names it can open: linear.

import { BODY_NAMES } from '../../data/body-names';

/** A word of a name or of a line, with what stands before it (spaces collapsed to one). */
interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What separates it from the word before: ' ' or ', ' in a name; anything in a line. */
  readonly gap: string;
}

/** Words and the marks inside them: `South-South`, `Children’s`, `77`. Groups need a separator, so no backtracking. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-\u2011][\p{L}\p{N}]+)*/gu;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const gap = out.length === 0 ? '' : text.slice(last, m.index).replace(/\s+/g, ' ');
    out.push({ text: m[0].replace(/'/g, '’').replace(/\u2011/g, '-'), start: m.index, end: m.index + m[0].length, gap });
    last = m.index + m[0].length;
  }
  return out;
}

interface Prepared {
  readonly id: number;
  readonly name: string;
  readonly words: readonly Token[];
}

const BY_FIRST_WORD: ReadonlyMap<string, readonly Prepared[]> = (() => {
  const m = new Map<string, Prepared[]>();
  BODY_NAMES.forEach((n, id) => {
    const words = tokens(n.name);
    const list = m.get(words[0].text);
    const p = { id, name: n.name, words };
    if (list) list.push(p);
    else m.set(words[0].text, [p]);
  });
  return m;
})();

/** Words a slip adds or drops inside a name. */
const SMALL_WORDS = new Set(['the', 'of']);
const PREPOSITIONS = new Set(['of', 'for', 'on']);

/** The slip that makes a text differ from the name; `exact` when it does not. */
export type Slip =
  | { readonly kind: 'exact' }
  | { readonly kind: 'extra'; readonly word: string }
  | { readonly kind: 'missing'; readonly word: string }
  | { readonly kind: 'number' | 'preposition'; readonly written: string; readonly expected: string };

/** `Islands` for `Island` and the reverse; `Affair` for `Affairs` only when `last` (a plural name word). */
function otherNumber(written: string, expected: string, last: boolean): boolean {
  if (!/^\p{Lu}/u.test(expected)) return false;
  const plural = (s: string, p: string): boolean => p === `${s}s` || p === `${s}es` || (s.endsWith('y') && p === `${s.slice(0, -1)}ies`);
  if (plural(written, expected)) return true; // the text drops the name's plural
  return !last && plural(expected, written);
}

export interface NameMatch {
  readonly id: number;
  readonly name: string;
  /** Token indexes of the line: first and one past the last. */
  readonly from: number;
  readonly to: number;
  readonly slip: Slip;
}

/**
 * Whether `line[ti…]` spells `name.words[ni…]` with `slip` spent (or one slip still allowed), returning
 * the token index after the name. Separators must be the name's, or one space around a slip.
 */
function walk(line: readonly Token[], ti: number, words: readonly Token[], ni: number, slip: Slip, afterSlip: boolean): { to: number; slip: Slip } | undefined {
  if (ni === words.length) return { to: ti, slip };
  if (ti >= line.length) return undefined;
  const tok = line[ti];
  const want = words[ni];
  const gapOk = ni === 0 || tok.gap === want.gap || (afterSlip && tok.gap === ' ');
  if (!gapOk) return undefined;
  if (tok.text === want.text) {
    const r = walk(line, ti + 1, words, ni + 1, slip, false);
    if (r) return r;
  }
  if (slip.kind !== 'exact' || ni === 0) return undefined;
  const lower = tok.text.toLowerCase();
  if (SMALL_WORDS.has(lower) && tok.gap === ' ' && lower === tok.text) {
    const r = walk(line, ti + 1, words, ni, { kind: 'extra', word: tok.text }, true);
    if (r) return r;
  }
  if (SMALL_WORDS.has(want.text) && want.gap === ' ' && ni + 1 < words.length) {
    const r = walk(line, ti, words, ni + 1, { kind: 'missing', word: want.text }, true);
    if (r) return r;
  }
  if (otherNumber(tok.text, want.text, ni === words.length - 1)) {
    const r = walk(line, ti + 1, words, ni + 1, { kind: 'number', written: tok.text, expected: want.text }, false);
    if (r) return r;
  }
  if (PREPOSITIONS.has(want.text) && PREPOSITIONS.has(tok.text) && tok.text !== want.text) {
    return walk(line, ti + 1, words, ni + 1, { kind: 'preposition', written: tok.text, expected: want.text }, false);
  }
  return undefined;
}

/** Whether the words around the match carry on a longer name: `Executive Office of …`, `… Committee on the Information Society`. */
function longerName(line: readonly Token[], from: number, to: number): boolean {
  const capital = (k: number): boolean => k >= 0 && k < line.length && line[k].gap === ' ' && /^\p{Lu}/u.test(line[k].text);
  if (from > 0 && line[from].gap === ' ' && /^\p{Lu}/u.test(line[from - 1].text) && line[from - 1].text !== 'The') return true;
  if (to < line.length && line[to].gap === ' ') {
    if (/^\p{Lu}/u.test(line[to].text)) return true;
    if (line[to].text === 'and' && capital(to + 1)) return true;
  }
  return false;
}

/** Every known name on the line, exact or with one slip, left to right, without overlaps. */
export function matchNames(line: readonly Token[]): NameMatch[] {
  const out: NameMatch[] = [];
  for (let k = 0; k < line.length; k++) {
    const candidates = BY_FIRST_WORD.get(line[k].text);
    if (!candidates) continue;
    let best: NameMatch | undefined;
    for (const p of candidates) {
      const r = walk(line, k, p.words, 0, { kind: 'exact' }, false);
      if (!r) continue;
      // An exact name wins over a slip (a listed name is never another's misspelling); then the longer.
      const exact = r.slip.kind === 'exact';
      const bestExact = best?.slip.kind === 'exact';
      if (!best || (exact && !bestExact) || (exact === bestExact && r.to > best.to)) best = { id: p.id, name: p.name, from: k, to: r.to, slip: r.slip };
    }
    if (!best) continue;
    if (best.slip.kind !== 'exact' && longerName(line, best.from, best.to)) continue;
    out.push(best);
    k = best.to - 1;
  }
  return out;
}

/** The slip in words, for the message. */
export function describeSlip(slip: Slip): string {
  switch (slip.kind) {
    case 'extra':
      return `a stray "${slip.word}"`;
    case 'missing':
      return `"${slip.word}" missing`;
    case 'number':
    case 'preposition':
      return `"${slip.written}" where the name has "${slip.expected}"`;
    default:
      return 'as listed';
  }
}
