// Document symbols as a report writes them, a session in parentheses and stray spaces included
// (`TD/B(S-XXXIII)/INF.1`, `TD/B (S-XXXIII)/1`), which the model's symbol scan does not take whole:
// a symbol never holds a space, and a report spells each series of symbols one way.

import type { DraftModel } from '../model';
import { inRanges, mergeRanges } from '../parse/inline';
import type { Report } from '../rule';
import type { TextRange } from '../types';
import { symbolProblems } from './symbol';

/** One symbol as written: `written` may hold spaces, `joined` is the same without them. */
export interface WrittenSymbol {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly joined: string;
  /** All but the last component of `joined`: `TD/B(S-XXXIII)` of `TD/B(S-XXXIII)/INF.1`. */
  readonly series: string;
}

const SLASH = 47;
const SPACE = 32;
const OPEN = 40;
const CLOSE = 41;
const MAX_ORGAN = 10;
const MAX_GROUP = 12;
/** The longest symbols run to some fifty characters (`E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1`); a longer run is not one. */
const MAX_SYMBOL = 80;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnum(c: number): boolean {
  return isUpper(c) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
/** Characters of a component: letters, figures, `.`, `*`, `-`. */
function isComponentChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 42 || c === 45;
}
/** A symbol does not start inside a word, a number, a path or another symbol. */
function blocksStart(c: number): boolean {
  return isComponentChar(c) || c === SLASH || c === 92;
}

/** The end of a parenthesized session component `(S-XXXIII)` at `at`, or -1. */
function groupEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== OPEN) return -1;
  let k = at + 1;
  while (k < text.length && k - at <= MAX_GROUP && (isUpper(text.charCodeAt(k)) || isAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
  return k > at + 1 && text.charCodeAt(k) === CLOSE ? k + 1 : -1;
}

/**
 * How far a symbol starting at `p` reaches, and whether it is one (it holds a figure); `end` is `p` when
 * no organ and slash open it. The caller resumes after `end` either way, so the scan stays linear. A space is taken only where it cannot end the symbol: before
 * a session in parentheses that a slash follows (`TD/B (S-XXXIII)/1`), after a slash before a figure or a
 * capital (`A/ 79/1`), before a slash that a component follows (`A/79 /1`).
 */
function symbolEnd(text: string, p: number): { end: number; symbol: boolean } {
  let q = p;
  while (q < text.length && isUpper(text.charCodeAt(q)) && q - p < MAX_ORGAN) q++;
  if (q === p || text.charCodeAt(q) !== SLASH) return { end: p, symbol: false };
  let digit = false;
  for (;;) {
    const c = text.charCodeAt(q);
    if (c === SLASH) {
      q++;
      if (text.charCodeAt(q) === SPACE && (isUpper(text.charCodeAt(q + 1)) || (text.charCodeAt(q + 1) >= 48 && text.charCodeAt(q + 1) <= 57))) q++;
    } else if (isComponentChar(c)) {
      if (c >= 48 && c <= 57) digit = true;
      q++;
    } else if (c === OPEN && groupEnd(text, q) !== -1) {
      q = groupEnd(text, q);
    } else if (c === SPACE && isAlnum(text.charCodeAt(q - 1)) && spaceContinues(text, q)) {
      q++;
    } else break;
  }
  while (q > p && (text.charCodeAt(q - 1) === 46 || text.charCodeAt(q - 1) === 42 || text.charCodeAt(q - 1) === 45 || text.charCodeAt(q - 1) === SLASH)) q--;
  return { end: q, symbol: digit && q > p };
}

function spaceContinues(text: string, q: number): boolean {
  const g = groupEnd(text, q + 1);
  if (g !== -1) return text.charCodeAt(g) === SLASH;
  return text.charCodeAt(q + 1) === SLASH && isAlnum(text.charCodeAt(q + 2));
}

/** Every symbol of the text outside comments and link targets, in order. */
export function scanWrittenSymbols(model: DraftModel): WrittenSymbol[] {
  const { text } = model;
  const skip: TextRange[] = mergeRanges([...model.comments.map((c) => c.range), ...model.links.map((l) => l.targetRange)]);
  const out: WrittenSymbol[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!isUpper(text.charCodeAt(p)) || (p > 0 && blocksStart(text.charCodeAt(p - 1)))) continue;
    const { end, symbol } = symbolEnd(text, p);
    if (!symbol) {
      p = Math.max(p, end - 1);
      continue;
    }
    if (!inRanges(skip, p) && end - p <= MAX_SYMBOL) {
      const written = text.slice(p, end);
      const joined = written.split(' ').join('');
      const slash = joined.lastIndexOf('/');
      if (slash > 0) out.push({ start: p, end, written, joined, series: joined.slice(0, slash) });
    }
    p = end - 1;
  }
  return out;
}

/** One series however it is spelled: separators, spaces and case set aside (`TD/B(S-XXXIII)` ≡ `TD/B/S-XXXIII`). */
function seriesKey(series: string): string {
  let out = '';
  for (const ch of series.toUpperCase()) {
    if (ch === '.' || ch === ' ' || ch === ')') continue;
    const c = ch === '(' ? '/' : ch;
    if (c === '/' && out.endsWith('/')) continue;
    out += c;
  }
  return out;
}

/** A space inside a symbol: `TD/B (S-XXXIII)/1`. Removing it is the one repair, so the fix is safe. */
export function spacedSymbols(symbols: readonly WrittenSymbol[]): Report[] {
  const out: Report[] = [];
  const unspaced = new Map<string, WrittenSymbol>();
  for (const s of symbols) if (s.written === s.joined && !unspaced.has(seriesKey(s.series))) unspaced.set(seriesKey(s.series), s);
  for (const s of symbols) {
    if (s.written === s.joined) continue;
    const other = unspaced.get(seriesKey(s.series));
    const edits = [];
    for (let k = 0; k < s.written.length; k++) if (s.written.charCodeAt(k) === SPACE) edits.push({ range: { start: s.start + k, end: s.start + k + 1 }, newText: '' });
    out.push({
      ...(other
        ? { messageId: 'spacedAsElsewhere', data: { written: s.written, expected: s.joined, other: other.written } }
        : { messageId: 'spaced', data: { written: s.written, expected: s.joined } }),
      range: { start: s.start, end: s.end },
      related: other ? [{ range: { start: other.start, end: other.end }, message: `"${other.written}" is written without a space` }] : [],
      fixes: [{ title: `Write "${s.joined}"`, edits, safety: 'safe' }],
    });
  }
  return out;
}

/**
 * Two spellings of one series in a report (`ECE/TRANS/WP.29/…` and `ECE/TRANS/WP29/…`): the less
 * frequent is reported. The fix is safe when there are two spellings and one is used more often; it is
 * unsafe when the counts tie. A spelling the form checks already report, and one that differs only by
 * spaces, is left to those checks.
 */
export function seriesSpellings(symbols: readonly WrittenSymbol[]): Report[] {
  const byKey = new Map<string, Map<string, WrittenSymbol[]>>();
  for (const s of symbols) {
    if (s.written !== s.joined) continue;
    const key = seriesKey(s.series);
    let spellings = byKey.get(key);
    if (!spellings) byKey.set(key, (spellings = new Map()));
    const list = spellings.get(s.series);
    if (list) list.push(s);
    else spellings.set(s.series, [s]);
  }
  const out: Report[] = [];
  for (const all of byKey.values()) {
    if (all.size < 2) continue;
    // Only now, for the rare series spelled two ways: a symbol the form checks report is left to them.
    const spellings = new Map<string, WrittenSymbol[]>();
    for (const [series, list] of all) {
      const clean = list.filter((s) => symbolProblems(s.joined).length === 0);
      if (clean.length > 0) spellings.set(series, clean);
    }
    if (spellings.size < 2) continue;
    const ranked = [...spellings.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start);
    const usual = ranked[0];
    const safe = ranked.length === 2 && usual.length > ranked[1].length;
    for (const rare of ranked.slice(1)) {
      for (const s of rare) {
        const written = s.series;
        out.push({
          ...(usual.length === 1
            ? { messageId: 'seriesSpellingOnce', data: { written, usual: usual[0].series } }
            : { messageId: 'seriesSpelling', data: { written, usual: usual[0].series, count: usual.length } }),
          range: { start: s.start, end: s.start + written.length },
          related: [{ range: { start: usual[0].start, end: usual[0].end }, message: `"${usual[0].series}" is written here` }],
          fixes: [{ title: `Write "${usual[0].series}"`, edits: [{ range: { start: s.start, end: s.start + written.length }, newText: usual[0].series }], safety: safe ? 'safe' : 'unsafe' }],
        });
      }
    }
  }
  return out;
}
