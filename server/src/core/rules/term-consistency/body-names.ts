// Known names of United Nations bodies written wrong (R31): a name of data/body-names.ts with one slip —
// an article or "of" too many or missing (`Office of the Legal Affairs`), a word in the plural where the
// name has the singular or the reverse (`Alliance of Small Islands States`), or one preposition for
// another (`Office of Disarmament Affairs`). Names are indexed by their first word, which must be
// written as listed: one pattern search finds those words, and only there are the next words read and
// compared with the few names the word can open, each at most once per slip: linear.

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

/**
 * The words of a line from an offset on, read only as far as asked: a name is compared word by word
 * and most comparisons stop at the second word, so most of a line is never read this way.
 */
class Words {
  private readonly read: Token[] = [];
  private next: number;
  private last: number;
  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.next = from;
    this.last = from;
  }

  at(i: number): Token | undefined {
    const { text, read } = this;
    while (read.length <= i && this.next >= 0) {
      WORD_RE.lastIndex = this.next;
      const m = WORD_RE.exec(text);
      if (!m) {
        this.next = -1;
        break;
      }
      // Most gaps are one space and most words have no apostrophe: no new string for them.
      const gap = read.length === 0 ? '' : m.index - this.last === 1 && text.charCodeAt(this.last) === 32 ? ' ' : text.slice(this.last, m.index).replace(/\s+/g, ' ');
      const w = m[0];
      const word = w.indexOf("'") === -1 && w.indexOf('\u2011') === -1 ? w : w.replace(/'/g, '’').replace(/\u2011/g, '-');
      read.push({ text: word, start: m.index, end: m.index + w.length, gap });
      this.next = this.last = m.index + w.length;
    }
    return read[i];
  }
}

/** All the words of `text`. */
export function tokens(text: string): Token[] {
  const words = new Words(text, 0);
  const out: Token[] = [];
  for (let t = words.at(0); t !== undefined; t = words.at(out.length)) out.push(t);
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
function walk(line: Words, ti: number, words: readonly Token[], ni: number, slip: Slip, afterSlip: boolean): { to: number; slip: Slip } | undefined {
  if (ni === words.length) return { to: ti, slip };
  const tok = line.at(ti);
  if (!tok) return undefined;
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
function longerName(line: Words, from: number, to: number): boolean {
  const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
  const first = line.at(from) as Token;
  const before = from > 0 ? line.at(from - 1) : undefined;
  if (first.gap === ' ' && capital(before) && before?.text !== 'The') return true;
  const after = line.at(to);
  if (after && after.gap === ' ') {
    if (capital(after)) return true;
    const then = line.at(to + 1);
    if (after.text === 'and' && then?.gap === ' ' && capital(then)) return true;
  }
  return false;
}

/**
 * A name put in the plural to name several bodies at once, its complements joined by "and" or commas:
 * `the Economic Commissions for Europe and for Latin America and the Caribbean`, `the Committees on the
 * Rights of the Child and on Migrant Workers`. The plural is the sentence's, not a slip in one name.
 */
function coordinatedPlural(line: Words, to: number, slip: Slip): boolean {
  if (slip.kind !== 'number' || !slip.written.startsWith(slip.expected)) return false;
  const link = new Set(['for', 'of', 'on', 'to', 'in', 'at', 'against']);
  const after = line.at(to);
  if (!after) return false;
  if (after.gap.startsWith(',') && link.has(after.text)) return true;
  const then = line.at(to + 1);
  return after.text === 'and' && after.gap === ' ' && then !== undefined && then.gap === ' ' && link.has(then.text);
}

/**
 * The words that open a known name, as one pattern of plain words (letters, digits and hyphens): a search
 * with it finds the few places worth reading word by word.
 */
const FIRST_WORD_RE = new RegExp(`\\b(?:${[...BY_FIRST_WORD.keys()].map((w) => w.replace(/[^\p{L}\p{N}’ -]/gu, '\\$&')).join('|')})\\b`, 'gu');

/** The best name that `line[k]` opens: an exact name wins over a slip (a listed name is never another's misspelling), then the longer. */
function matchAt(line: Words, k: number): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const p of BY_FIRST_WORD.get((line.at(k) as Token).text) ?? []) {
    const r = walk(line, k, p.words, 0, { kind: 'exact' }, false);
    if (!r) continue;
    const exact = r.slip.kind === 'exact';
    const bestExact = best?.slip.kind === 'exact';
    if (!best || (exact && !bestExact) || (exact === bestExact && r.to > best.to)) best = { id: p.id, name: p.name, from: k, to: r.to, slip: r.slip };
  }
  return best;
}

/** Where the word before `at` starts (`at` when there is none on the line). Bounded: a word is short. */
function wordBefore(text: string, at: number): number {
  let p = at;
  while (p > 0 && at - p < 4 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  if (p === at || p === 0) return p === 0 ? 0 : at;
  const limit = Math.max(0, p - 40);
  while (p > limit && /[\p{L}\p{N}'’-]/u.test(text.charAt(p - 1))) p--;
  return p;
}

export interface FoundName {
  readonly id: number;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly slip: Slip;
}

/** Every known name in `text` (one line), exact or with one slip, left to right, without overlaps. */
export function findNames(text: string): FoundName[] {
  const out: FoundName[] = [];
  FIRST_WORD_RE.lastIndex = 0;
  for (let m = FIRST_WORD_RE.exec(text); m !== null; m = FIRST_WORD_RE.exec(text)) {
    const line = new Words(text, wordBefore(text, m.index));
    const k = line.at(0)?.start === m.index ? 0 : line.at(1)?.start === m.index ? 1 : -1;
    const found = k === -1 ? undefined : matchAt(line, k);
    if (!found) continue;
    const end = (line.at(found.to - 1) as Token).end;
    FIRST_WORD_RE.lastIndex = end;
    if (found.slip.kind !== 'exact' && (longerName(line, found.from, found.to) || coordinatedPlural(line, found.to, found.slip))) continue;
    out.push({ id: found.id, name: found.name, start: (line.at(found.from) as Token).start, end, slip: found.slip });
  }
  return out;
}
