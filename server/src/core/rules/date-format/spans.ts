// Ranges of years and of months (R29, derived: the en dash of `3–5 April 2018` joins any span of dates):
// `2018-2030` → `2018–2030`, `January-March 2024` → `January–March 2024`, and `from 2005-2010` →
// `from 2005 to 2010`. A pair of four-digit figures is read as years only when both are plausible years, the
// second greater and at most a century on, and nothing around it makes it a number of something else: a
// symbol, an ISO date (`2024-11-14`), an ISSN, a law's or a case's number, a range of paragraphs or
// resolutions (number-list's business), a time of day (`1900-2100 hours`), an amount or a quantity with its
// currency or unit (`USD 2000-2500`, `2000-2500 metres`). A short second year (`2011-12`)
// may be an ISO month, so it is left alone.

import type { MessageData } from '../../rule';
import type { TextRange } from '../../types';
import { isPlausibleYear, MONTH_ALT, monthNumber } from '../../un/dates';

/** One finding a pattern proposes on a line: columns in the line, the fix's text if there is one. */
export interface Candidate {
  start: number;
  end: number;
  priority: number;
  messageId: string;
  data: MessageData;
  newText?: string;
  /** The edit's range when it is narrower than the finding's. */
  edit?: TextRange;
}

const M = `(?:${MONTH_ALT})`;
/** `2005-2010`, `2005–2010` (the en dash only matters after `from`), not glued to a symbol, a decimal or a third part. */
const YEAR_RANGE_RE = /(?<![\w/.,:–—$€£¥#+-])(\d{4})( ?- ?|–)(\d{4})(?![\w/–—-]|[.,:]\d)/g;
const ANY_MONTH_RE = new RegExp(M);
/** `January-March`, `June 2024-May 2025`, `from January–March 2024`. */
const MONTH_RANGE_RE = new RegExp(`(?<![\\w–-])(${M})(?: (\\d{4}))?( ?- ?|–)(${M})(?: (\\d{4}))?(?![\\w–-])`, 'g');
/** A word before the pair that makes it a number of something (a reference, an identifier), not years. */
const LABEL_BEFORE_RE = /(?:^|[^\w])(?:ISSN|ISBN|Nos?\.|numbers?|tel\.?|telephone|phone|fax|code|case|law|act|decree|ordinance|bill|ref\.|reference|ID|vol\.|volumes?|paragraphs?|paras?\.|pages?|pp?\.|resolutions?|decisions?|articles?|rules?|items?|sections?|meetings?|footnotes?|annex(?:es)?|chapters?|recommendations?|documents?)[ \u00a0]$/i;
/** `1900-2100 hours`, `2000-2500 metres`: a time of day or a quantity with its unit, not years. */
const UNIT_AFTER_RE = /^ ?(?:hours|hrs|h|GMT|UTC|km|m|mm|cm|kg|t|ha|MW|kcal|metres|meters|feet|ft|tons|tonnes|hectares|dollars|euros|francs|per cent|%)(?![\w])/;
/** `USD 2000-2500`: an amount of money. */
const CURRENCY_BEFORE_RE = /(?:^|[^\w])(?:USD|EUR|CHF|GBP|JPY|US\$)[ \u00a0]?$/;
/** `from` / `between` right before the range: running text writes `from 2005 to 2010`. */
const FROM_BEFORE_RE = /(?:^|[^\w])(from|between|From|Between) $/;
/**
 * What may follow a `from 2005-2010` whose `from` opens the range: punctuation, the line's end, or a word that
 * does not take the pair as its modifier. Before a noun (`from 2005–2010 surveys`), `to` or `and` (`from 2022–2023
 * to 2024–2025`) the pair is one period, and only its dash is in question.
 */
const CLAUSE_AFTER_RE = /^(?:$|[,.;:)]|\s(?:the|a|an|in|at|on|by|with|for|of|was|were|is|are|had|has|have|will|would|it|its|their|there|this|these)\b)/;

const MAX_SPAN = 100;

/** Ranges of years and months on one line of text. */
export function spanCandidates(t: string): Candidate[] {
  const found: Candidate[] = [];
  if (t.indexOf('-') === -1 && t.indexOf('–') === -1) return found;
  scan(YEAR_RANGE_RE, t, (m) => {
    const y1 = Number(m[1]);
    const y2 = Number(m[3]);
    if (!isPlausibleYear(y1) || !isPlausibleYear(y2) || y2 <= y1 || y2 - y1 > MAX_SPAN) return;
    const before = t.slice(Math.max(0, m.index - 16), m.index);
    const end = m.index + m[0].length;
    if (LABEL_BEFORE_RE.test(before) || CURRENCY_BEFORE_RE.test(before) || UNIT_AFTER_RE.test(t.slice(end, end + 10)) || inChain(t, m.index, end)) return;
    const c = rangeCandidate(t, m.index, end, m[2], `${m[1]}`, `${m[3]}`, 'hyphenYears');
    if (c) found.push(c);
  });
  if (!ANY_MONTH_RE.test(t)) return found;
  scan(MONTH_RANGE_RE, t, (m) => {
    const [, mo1, y1, dash, mo2, y2] = m;
    if ((y1 !== undefined && y2 === undefined) || inChain(t, m.index, m.index + m[0].length)) return; // `June 2024-July`: not a range as written
    const a = (y1 !== undefined ? Number(y1) : 0) * 12 + monthNumber(mo1);
    const b = (y2 !== undefined ? Number(y2) : 0) * 12 + monthNumber(mo2);
    if (y1 !== undefined ? !(isPlausibleYear(Number(y1)) && b > a) : mo1 === mo2) return;
    const c = rangeCandidate(t, m.index, m.index + m[0].length, dash, y1 !== undefined ? `${mo1} ${y1}` : mo1, y2 !== undefined ? `${mo2} ${y2}` : mo2, 'hyphenMonths');
    if (c) found.push(c);
  });
  return found;
}

/**
 * `2019 - 2020 - 2021`: a third figure joined by a dash makes a chain (a list, a code), not a range of two. A dash
 * before a word is the sentence's punctuation (`the biennium 2024-2025 – the last`), not a chain.
 */
function inChain(t: string, start: number, end: number): boolean {
  return /^(?: ?- ?|[–—])\d/.test(t.slice(end, end + 4)) || /\d(?: ?- ?|[–—])$/.test(t.slice(Math.max(0, start - 4), start));
}

/**
 * The finding for `left<dash>right` at [start, end): `from`/`between` with a dash in running text, else a hyphen
 * where the en dash belongs; undefined when the range is written right.
 */
function rangeCandidate(t: string, start: number, end: number, dash: string, left: string, right: string, hyphenId: string): Candidate | undefined {
  const from = FROM_BEFORE_RE.exec(t.slice(Math.max(0, start - 9), start));
  if (from && CLAUSE_AFTER_RE.test(t.slice(end, end + 12))) {
    const word = from[1];
    const fromStart = start - word.length - 1;
    const joiner = word.toLowerCase() === 'from' ? 'to' : 'and';
    const expected = `${word} ${left} ${joiner} ${right}`;
    return {
      start: fromStart, end, priority: 1, messageId: 'fromWithDash',
      data: { written: t.slice(fromStart, end), word, expected }, newText: expected,
    };
  }
  if (dash.trim() !== '-') return undefined;
  const expected = `${left}–${right}`;
  return { start, end, priority: 2, messageId: hyphenId, data: { written: t.slice(start, end), expected }, newText: expected };
}

export function scan(re: RegExp, s: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    each(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
