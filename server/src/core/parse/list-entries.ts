// Entries of lists of names: what an entry's text is (a name, a placeholder, a person), its
// comparison key (UN short and formal State names equal, `(…)` groups compared too) and small text
// helpers shared by the list readers (list-inline.ts, list-state-runs.ts, list-groups.ts).

import { isAbbreviationWord } from './sentences';
import { lookupState, normalizeStateName, STATES } from '../data/states';
import type { ListForm } from '../model';
import type { TextRange } from '../types';
import { ADDRESS_TITLES, OFFICE_TITLES, titleAlternatives } from '../data/titles';

/** One entry of a list: its text range (after any leading "and"), comparison key and line. */
export interface Entry {
  readonly start: number;
  readonly end: number;
  /** Undefined when the entry takes part in the list's shape but is never compared (`[...]`). */
  readonly key: string | undefined;
  readonly isState: boolean;
  /** For one-per-line lists: the line and the range of its final punctuation (`;`, `; and`, `.`). */
  readonly line?: number;
  readonly terminator?: TextRange;
}

/** A list as the readers build it; parse/lists.ts turns it into the model's `NameList`. */
export interface EntryList {
  readonly kind: ListForm;
  readonly entries: Entry[];
  /** A few words that introduce the list, for messages (`following States:`). */
  readonly intro: string;
  /** The head's clause from the start of its sentence to the colon, which says the list's kind; `intro` when absent. */
  readonly clause?: string;
}

/** A colon, a separator (`,` `;`) or a sentence end found by scanning a block of text. */
export interface Event {
  readonly kind: 'colon' | 'sep' | 'end';
  readonly at: number;
  readonly ch: string;
}

/** Words that may stand in lower case inside a name (`Bosnia and Herzegovina`, `Organization of American States`). */
const CONNECTORS = new Set([
  'a', 'an', 'and', 'at', 'against', 'among', 'by', 'de', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'da', 'das',
  'du', 'e', 'el', 'en', 'et', 'for', 'from', 'für', 'in', 'into', 'its', 'la', 'le', 'les', 'of', 'on', 'or', 'per',
  'the', 'their', 'to', 'towards', 'und', 'under', 'upon', 'van', 'von', 'den', 'via', 'with', 'within', 'y', 'al', 'bin', 'ibn',
]);

/** Company suffixes that follow a comma inside one name (`Acme, Inc.`). */
export const SUFFIX_RE = /^(?:Inc|Ltd|LLC|Co|Corp|S\.A|GmbH|AG|plc)\.?$/;

/**
 * A person's title of address or of office at the start of an entry ("H. E." spaced as some lists write it); a
 * title ends where no letter follows, so "Chargé d'affaires" counts, as \b would not let it.
 */
export const PERSON_RE = new RegExp(`^(?:the\\s+)?(?:H\\.\\s?E\\.|(?:${titleAlternatives(ADDRESS_TITLES)})\\.|(?:${titleAlternatives([...ADDRESS_TITLES, ...OFFICE_TITLES])}|Vice-\\w+)(?![\\p{L}\\p{N}_]))`, 'u');

const MAX_WORDS = 16;

export const MAX_ENTRY = 200;

export function makeEntry(text: string, r: TextRange, line?: number, terminator?: TextRange): Entry | undefined {
  let t = trimRange(text, r);
  let facts = entryFacts(text.slice(t.start, t.end));
  if (facts.placeholder) return { start: t.start, end: t.end, key: undefined, isState: false, line, terminator };
  if (!facts.isState) {
    // A note's reference figure a text export glued to the name (`Belgium2`) or left after the comma before
    // it (`Andorra,1 Argentina`): the name without it is the entry, read so only when that makes it a State.
    const lead = /^\d{1,3} (?=\p{Lu})/u.exec(text.slice(t.start, Math.min(t.end, t.start + 5)));
    const from = lead ? t.start + lead[0].length : t.start;
    const name = withoutGluedNoteFigure(text.slice(from, t.end));
    const bare = from !== t.start || name.length !== t.end - from ? entryFacts(name) : undefined;
    if (bare?.isState) {
      t = { start: from, end: t.end };
      facts = bare;
    }
  }
  if (!facts.name) return undefined;
  return { start: t.start, end: t.end, key: facts.key, isState: facts.isState, line, terminator };
}

/** A note's reference figure glued to the end of a name: after a lower-case letter, `’` or `)` (`Ghana9`, not `G20`). */
const GLUED_NOTE_FIGURE_RE = /([\p{Ll}’)])\d{1,3}$/u;

/** The name without a note's reference figure glued to its end (`Belgium2` → `Belgium`). */
export function withoutGluedNoteFigure(name: string): string {
  return name.replace(GLUED_NOTE_FIGURE_RE, '$1');
}

/** What an entry's text is: lists repeat the same names, so the answers are kept (a bounded cache). */
interface EntryFacts {
  readonly placeholder: boolean;
  readonly name: boolean;
  readonly key: string;
  readonly isState: boolean;
  readonly person: boolean;
}

const factsCache = new Map<string, EntryFacts>();

const FACTS_CACHE_MAX = 4096;

export function entryFacts(raw: string): EntryFacts {
  const hit = factsCache.get(raw);
  if (hit) return hit;
  const placeholder = isPlaceholder(raw);
  const name = !placeholder && nameLike(raw);
  const { key, isState } = name ? entryKey(raw) : { key: '', isState: false };
  const facts: EntryFacts = { placeholder, name, key, isState, person: PERSON_RE.test(raw) };
  if (factsCache.size >= FACTS_CACHE_MAX) factsCache.clear();
  factsCache.set(raw, facts);
  return facts;
}

/** `/^(?:and|or)\s+/` on `text[at, end)`: the length of the match, 0 when none. */
export function conjunctionLength(text: string, at: number, end: number): number {
  let i: number;
  if (text.startsWith('and', at)) i = at + 3;
  else if (text.startsWith('or', at)) i = at + 2;
  else return 0;
  const word = i;
  while (i < end && isSpaceAt(text, i)) i++;
  return i > word ? i - at : 0;
}

/** `[...]`, `…`, `etc.`: part of the list but nothing to compare. */
export function isPlaceholder(s: string): boolean {
  return /^(?:\[[^\]]{0,40}\]|\.{3}|…|etc\.?)$/.test(s.trim());
}

/**
 * Reads as a name: starts with a capital, a digit or a quotation mark (after an optional "the"),
 * at most MAX_WORDS words outside parentheses, and every word outside parentheses capitalized or a
 * connector (`of`, `and`, `for`…).
 */
export function nameLike(s: string): boolean {
  if (s.length === 0 || s.length > MAX_ENTRY) return false;
  let t = s.trim();
  if (t.startsWith('the ')) t = t.slice(4);
  if (!/^[\p{Lu}\d“"'‘[]/u.test(t)) return false;
  let depth = 0;
  let words = 0;
  let wordStart = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charAt(i) : ' ';
    if (c === '(' || c === '[') {
      if (depth === 0 && wordStart !== -1 && !wordOk(t.slice(wordStart, i))) return false;
      if (depth === 0) wordStart = -1;
      depth++;
      continue;
    }
    if (c === ')' || c === ']') {
      if (depth > 0) depth--;
      continue;
    }
    if (depth > 0) continue;
    if (/\s/.test(c)) {
      if (wordStart !== -1) {
        words++;
        if (!wordOk(t.slice(wordStart, i))) return false;
        wordStart = -1;
      }
    } else if (wordStart === -1) wordStart = i;
  }
  return words <= MAX_WORDS && depth === 0;
}

function wordOk(w: string): boolean {
  const c = w.charAt(0);
  if (!/\p{Ll}/u.test(c)) return true;
  if (CONNECTORS.has(w.replace(/[.,;:]+$/, ''))) return true;
  // `d’Ivoire`, `al-Hussein`, `e.V.`
  return /^(?:[dl]['’]\p{Lu}|(?:al|el|ad|ibn|bin)-\p{Lu}|\p{Ll}\.\p{Lu})/u.test(w);
}

/** The State an entry denotes, ignoring a leading "the", asterisks and link markup. */
export function stateOfEntry(raw: string): string | undefined {
  const s = lookupState(stripMarkup(raw));
  return s ? s.iso3 : undefined;
}

const keyCache = new Map<string, { key: string; isState: boolean }>();

/** `entryKey`, remembered: item groups and annex lists repeat their entries. */
export function cachedEntryKey(raw: string): { key: string; isState: boolean } {
  const hit = keyCache.get(raw);
  if (hit) return hit;
  const k = entryKey(raw);
  if (keyCache.size >= FACTS_CACHE_MAX) keyCache.clear();
  keyCache.set(raw, k);
  return k;
}

/** A key in which UN short and formal names of a State are equal and `(…)` parts are compared too. */
function entryKey(raw: string): { key: string; isState: boolean } {
  const s = stripMarkup(raw);
  const wholeKey = normalizeStateName(s);
  const whole = s.length > 120 ? undefined : stateByKey(wholeKey);
  if (whole) return { key: `S:${whole.iso3}`, isState: true };
  // `Hungary (on behalf of the European Union)`, `Lu Chuanying (China)`: the head and each group.
  if (s.indexOf('(') === -1 && s.length <= 120) return { key: s.trim() === '' ? '' : wholeKey, isState: false };
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '(') {
      if (depth === 0) {
        parts.push(s.slice(from, i));
        from = i + 1;
      }
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        parts.push(s.slice(from, i));
        from = i + 1;
      }
    }
  }
  parts.push(s.slice(from));
  const keys = parts.map((p) => p.trim()).filter((p) => p !== '').map((p) => {
    const key = normalizeStateName(p);
    const st = p.length > 120 ? undefined : stateByKey(key);
    return st ? `S:${st.iso3}` : key;
  });
  return { key: keys.join(' | '), isState: false };
}

/** Link markup `[text](target)` reduced to its text; emphasis markers dropped. */
function stripMarkup(s: string): string {
  if (s.indexOf('[') === -1 && s.indexOf(']') === -1 && s.indexOf('*') === -1 && s.indexOf('_') === -1) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === ']' && s.charAt(i + 1) === '(') {
      const close = s.indexOf(')', i + 2);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    if (c !== '[' && c !== '*' && c !== '_') out += c;
    i++;
  }
  return out;
}

/** State keys (normalized names) by key, and the last words of the keys: built once, on first use. */
let stateKeys: Map<string, (typeof STATES)[number]> | undefined;

let stateLastWords: Set<string> | undefined;

function stateByKey(key: string): (typeof STATES)[number] | undefined {
  if (!stateKeys) {
    stateKeys = new Map();
    for (const st of STATES) for (const n of [st.short, st.formal, ...(st.aliases ?? [])]) stateKeys.set(normalizeStateName(n), st);
  }
  return stateKeys.get(key);
}

/**
 * False when no text that ends with `word` (no white space inside) can be a State name: the
 * normalized key of such a text ends with the normalized word, unless that is empty or the
 * "(the)" marker the key drops.
 */
export function mayEndStateName(word: string): boolean {
  if (!stateLastWords) {
    stateByKey('');
    stateLastWords = new Set();
    for (const k of (stateKeys as Map<string, unknown>).keys()) stateLastWords.add(k.slice(k.lastIndexOf(' ') + 1));
  }
  const w = normalizeStateName(word);
  return w === '' || w === '(the)' || stateLastWords.has(w);
}

/** Ends with a period that is not an abbreviation's (`… the report.`, not `… Inc.`). */
export function endsWithSentencePeriod(s: string): boolean {
  if (!s.endsWith('.')) return false;
  let i = s.length - 1;
  while (i > 0 && s.length - i < 12 && !/\s/.test(s.charAt(i - 1))) i--;
  const word = s.slice(i, s.length - 1).toLowerCase();
  return !(word.length === 1 || isAbbreviationWord(word));
}

/** The text with parenthesized parts blanked out (same length). */
export function stripParens(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if (c === '(') depth++;
    out += depth > 0 ? ' ' : c;
    if (c === ')' && depth > 0) depth--;
  }
  return out;
}

/** `/\s/.test(text.charAt(i))` without a regular expression: ASCII and Unicode white space. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[<chars>]\s*$/.test(s)`: the last character before any trailing white space is one of `chars`. */
export function endsWithOneOf(s: string, chars: string): boolean {
  let e = s.length;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  return e > 0 && chars.indexOf(s.charAt(e - 1)) !== -1;
}

export function trimRange(text: string, r: TextRange): TextRange {
  let s = r.start;
  let e = r.end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

export function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
