// Calendar dates as UN reports write them (R3, R28–R29): `3 April 2018`, ranges `3–5 April 2018`
// and `from 3 to 5 April 2018`, lists `on 3 and 4 April 2018`. Month names, day validity, a day
// count for comparisons, and a small reader of the date phrase that follows `on` or `from`.
// Pure functions; every scan is linear in its input.

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The alternation of the twelve month names, for building anchored regular expressions. */
export const MONTH_ALT = MONTH_NAMES.join('|');

/** 1–12 for a month name written with its capital (`April`), else 0. */
export function monthNumber(name: string): number {
  const i = (MONTH_NAMES as readonly string[]).indexOf(name);
  return i + 1;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12); February has 29 when the year is unknown. */
export function daysInMonth(m: number, y?: number): number {
  if (m === 2) return y === undefined || isLeapYear(y) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDate(d: number, m: number, y?: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, y);
}

/** A plausible year of a UN document. */
export function isPlausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2199;
}

/** Days since 1970-01-01 (UTC), for ordering and distances. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** `3 April 2018`, or `3 April` when the year is unknown. */
export function formatDate(d: number, m: number, y?: number): string {
  return `${d} ${MONTH_NAMES[m - 1]}${y !== undefined ? ` ${y}` : ''}`;
}

/** A day as written: the year may be missing (`on 26 November`). */
export interface DayRef {
  readonly d: number;
  readonly m: number;
  readonly y?: number;
}

/** What a date phrase says: single days (a list) or a span from the first to the last day. */
export interface DatePhrase {
  /** The days named, in the order written; for a span, its two ends. */
  readonly days: DayRef[];
  /** True for `from 3 to 5 April` and `3–5 April`: every day between the ends is included. */
  readonly span: boolean;
  /** Length of the phrase in the input, from its first character. */
  readonly length: number;
  /**
   * For a phrase of several spans (`14–18 and 21–23 July 2025`, `from 14 to 18 and from 21 to 23
   * July`): each span's two ends. `days` then lists every end and `span` is false.
   */
  readonly spans?: ReadonlyArray<readonly [DayRef, DayRef]>;
}

interface Tok {
  kind: 'num' | 'month' | 'and' | 'to' | 'comma' | 'dash' | 'from';
  value: number;
  start: number;
  end: number;
}

const MAX_PHRASE_TOKENS = 24;

/** Tokens of a date phrase at the start of `s`, stopping at the first token no date phrase has. */
function dateTokens(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length && out.length < MAX_PHRASE_TOKENS) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 0xa0) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < s.length && j - i < 5 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j < s.length && isAlnum(s.charCodeAt(j))) {
        // `3rd` is not a UN form but still a day; anything else glued on ends the phrase.
        const suf = s.slice(j, j + 2);
        if ((suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') && !isAlnum(s.charCodeAt(j + 2))) {
          out.push({ kind: 'num', value: Number(s.slice(i, j)), start: i, end: j + 2 });
          i = j + 2;
          continue;
        }
        break;
      }
      out.push({ kind: 'num', value: Number(s.slice(i, j)), start: i, end: j });
      i = j;
      continue;
    }
    if (c === 44) {
      out.push({ kind: 'comma', value: 0, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 0x2013 || c === 45) {
      out.push({ kind: 'dash', value: 0, start: i, end: i + 1 });
      i++;
      continue;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      let j = i;
      while (j < s.length && j - i < 12 && isLetter(s.charCodeAt(j))) j++;
      const w = s.slice(i, j);
      if (j < s.length && isLetter(s.charCodeAt(j))) break;
      const m = monthNumber(w);
      if (m > 0) out.push({ kind: 'month', value: m, start: i, end: j });
      else if (w === 'and') out.push({ kind: 'and', value: 0, start: i, end: j });
      else if (w === 'to') out.push({ kind: 'to', value: 0, start: i, end: j });
      else if (w === 'from') out.push({ kind: 'from', value: 0, start: i, end: j });
      else break;
      i = j;
      continue;
    }
    break;
  }
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}

/**
 * Reads the date phrase at the start of `s` (the text after `on ` or `from `): `3 April 2018`,
 * `26 November`, `3 and 4 April 2018`, `10, 11 and 12 March`, `30 November and 1 December 2009`,
 * `3 to 5 April 2018`, `3–5 April`, `30 November–11 December 2009`. Months and years written once
 * apply to the days before them. Returns undefined when no day with a month is found.
 */
export function readDatePhrase(s: string): DatePhrase | undefined {
  const toks = dateTokens(s);
  const spans = readSpans(toks);
  if (spans) return spans;
  const days: PartialDay[] = [];
  let span = false;
  let end = 0;
  let k = 0;
  // day (month (year)?)? ((, | and | , and | to | –) day (month (year)?)?)*
  while (k < toks.length) {
    const read = dayAt(toks, k);
    if (!read) break;
    const { day, next } = read;
    days.push(day);
    if (day.m !== undefined) end = toks[next - 1].end;
    k = next;
    // A separator must be followed by another day.
    let sepEnd = k;
    const a = toks[sepEnd];
    if (!a) break;
    if (a.kind === 'comma') {
      sepEnd++;
      if (toks[sepEnd]?.kind === 'and') sepEnd++;
    } else if (a.kind === 'and') sepEnd++;
    else if (a.kind === 'to' || a.kind === 'dash') {
      if (days.length !== 1) break;
      span = true;
      sepEnd++;
    } else break;
    if (toks[sepEnd]?.kind !== 'num') {
      if (span && days.length === 1) span = false;
      break;
    }
    k = sepEnd;
  }
  // A trailing day that never got its month (`6 December 2024 and 10–14 March`) is not part of it.
  while (days.length > 0 && days[days.length - 1].m === undefined) days.pop();
  if (days.length === 0) return undefined;
  if (span && days.length !== 2) span = false;
  // Only the days the months reached: a trailing day without a month was dropped above.
  return { days: completeDays(days), span, length: end };
}

type PartialDay = { d: number; m?: number; y?: number };

/**
 * Months and years written once apply to the days before them (`3 and 4 April 2018`); a month later
 * than the one after it belongs to the year before (`30 December and 2 January 2019`). The last day
 * must have its month.
 */
function completeDays(days: readonly PartialDay[]): DayRef[] {
  const out: DayRef[] = new Array(days.length);
  let m = days[days.length - 1].m as number;
  let y = days[days.length - 1].y;
  for (let i = days.length - 1; i >= 0; i--) {
    const dd = days[i];
    if (dd.m !== undefined) {
      if (dd.m !== m) y = dd.y ?? (dd.m > m ? (y !== undefined ? y - 1 : undefined) : y);
      m = dd.m;
    }
    if (dd.y !== undefined) y = dd.y;
    out[i] = y !== undefined ? { d: dd.d, m, y } : { d: dd.d, m };
  }
  return out;
}

/** `day (month (year)?)?` at token `k`: the day and the index after it, or undefined. */
function dayAt(toks: readonly Tok[], k: number): { day: PartialDay; next: number } | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'num' || t.value < 1 || t.value > 31) return undefined;
  const day: PartialDay = { d: t.value };
  let j = k + 1;
  if (toks[j]?.kind === 'month') {
    day.m = toks[j].value;
    j++;
    if (toks[j]?.kind === 'num' && isPlausibleYear(toks[j].value) && toks[j].end - toks[j].start === 4) {
      day.y = toks[j].value;
      j++;
    }
  }
  return { day, next: j };
}

/**
 * Several spans joined by "and": `14–18 and 21–23 July 2025`, `from 14 to 18 and from 21 to 23 July
 * 2025`, `12 February–1 March and 9–27 September 2024` (a session held in two parts). Months and
 * years written once apply to the ends before them. Undefined unless there are two spans or more.
 */
function readSpans(toks: readonly Tok[]): DatePhrase | undefined {
  const ends: PartialDay[] = [];
  let k = 0;
  let endTok = -1;
  for (;;) {
    const a = dayAt(toks, k);
    if (!a || (toks[a.next]?.kind !== 'to' && toks[a.next]?.kind !== 'dash')) break;
    const b = dayAt(toks, a.next + 1);
    if (!b) break;
    ends.push(a.day, b.day);
    endTok = b.next - 1;
    k = b.next;
    if (toks[k]?.kind !== 'and') break;
    k++;
    if (toks[k]?.kind === 'from') k++;
  }
  if (ends.length < 4 || ends[ends.length - 1].m === undefined) return undefined;
  const days = completeDays(ends);
  const spans: Array<readonly [DayRef, DayRef]> = [];
  for (let i = 0; i + 1 < days.length; i += 2) spans.push([days[i], days[i + 1]]);
  return { days, span: false, length: toks[endTok].end, spans };
}

/** A span of days with known years, as day numbers (inclusive). */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
  /** As written, for messages. */
  readonly label: string;
}

/** Gives every day of `phrase` a year: its own, else `year`. Undefined when `year` is needed but unknown. */
export function withYear(phrase: DatePhrase, year: number | undefined): Array<{ d: number; m: number; y: number }> | undefined {
  const out: Array<{ d: number; m: number; y: number }> = [];
  for (const day of phrase.days) {
    const y = day.y ?? year;
    if (y === undefined) return undefined;
    out.push({ d: day.d, m: day.m, y });
  }
  return out;
}

const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** A month written any way a drafter might (`April`, `april`, `APRIL`, `Apr`, `Apr.`): 1–12, or 0. */
export function looseMonth(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  const full = MONTH_NAMES.findIndex((m) => m.toLowerCase() === w);
  if (full !== -1) return full + 1;
  return MONTH_ABBREVIATIONS[w] ?? 0;
}

/** How a single date written alone (a masthead cell) reads. */
export interface DateCell {
  /** The date in the UN form, when it can be read without doubt. */
  readonly canonical?: string;
  /** True when it is already in the UN form (`3 April 2018`). */
  readonly ok: boolean;
  /** Why it is not, as facts a message is chosen and filled from. */
  readonly problem?: DateCellProblem;
}

/** A change a day-first date needs: drop the ordinal suffix, the leading zero, "of", the comma; the month in full. */
export type DateChange = 'ordinal' | 'leadingZero' | 'of' | 'monthName' | 'comma';

/** Why a date cell is not in the UN form: the changes a day-first date needs, or the other form it is in. */
export type DateCellProblem =
  | { readonly kind: 'changes'; readonly changes: readonly DateChange[] }
  | { readonly kind: 'monthFirst' | 'monthInFigures' | 'iso' }
  | { readonly kind: 'noSuchDay'; readonly day: number; readonly month: string; readonly year: number }
  | { readonly kind: 'ambiguous'; readonly dayFirst: string; readonly monthFirst: string };

const DAY_FIRST_RE = /^(\d{1,2})(st|nd|rd|th)?(?: of)? ([A-Za-z]{3,9}\.?),? (\d{4})$/;
const MONTH_FIRST_RE = /^([A-Za-z]{3,9}\.?) (\d{1,2})(st|nd|rd|th)?,? (\d{4})$/;
const NUMERIC_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a cell that holds one date in any common form: `3 April 2018` (ok), `03 April 2018`,
 * `3rd April 2018`, `3 april 2018`, `3 Apr. 2018`, `April 3, 2018`, `03/04/2018`, `2018-04-03`.
 * Undefined when the cell is not a date at all. A numeric date gets a canonical form only when
 * day and month cannot be swapped (`13/04/2018`; not `03/04/2018`).
 */
export function readDateCell(cell: string): DateCell | undefined {
  const s = cell.trim().replace(/\s+/g, ' ');
  let m = DAY_FIRST_RE.exec(s);
  if (m) {
    const mo = looseMonth(m[3]);
    if (mo === 0) return undefined;
    const d = Number(m[1]);
    const y = Number(m[4]);
    if (!isValidDate(d, mo, y)) return { ok: false, problem: { kind: 'noSuchDay', day: d, month: MONTH_NAMES[mo - 1], year: y } };
    const canonical = formatDate(d, mo, y);
    if (canonical === s) return { ok: true };
    const changes: DateChange[] = [];
    if (m[2]) changes.push('ordinal');
    if (m[1].length === 2 && m[1][0] === '0') changes.push('leadingZero');
    if (s.indexOf(' of ') !== -1) changes.push('of');
    if (m[3] !== MONTH_NAMES[mo - 1]) changes.push('monthName');
    if (s.indexOf(',') !== -1) changes.push('comma');
    return { ok: false, canonical, problem: { kind: 'changes', changes } };
  }
  m = MONTH_FIRST_RE.exec(s);
  if (m) {
    const mo = looseMonth(m[1]);
    if (mo === 0) return undefined;
    const d = Number(m[2]);
    const y = Number(m[4]);
    if (!isValidDate(d, mo, y)) return { ok: false, problem: { kind: 'noSuchDay', day: d, month: MONTH_NAMES[mo - 1], year: y } };
    return { ok: false, canonical: formatDate(d, mo, y), problem: { kind: 'monthFirst' } };
  }
  m = NUMERIC_RE.exec(s) ?? null;
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const dayFirst = isValidDate(a, b, y);
    const monthFirst = isValidDate(b, a, y);
    if (!dayFirst && !monthFirst) return undefined;
    if (dayFirst && monthFirst && a !== b) {
      return { ok: false, problem: { kind: 'ambiguous', dayFirst: formatDate(a, b, y), monthFirst: formatDate(b, a, y) } };
    }
    return { ok: false, canonical: dayFirst ? formatDate(a, b, y) : formatDate(b, a, y), problem: { kind: 'monthInFigures' } };
  }
  m = ISO_RE.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDate(d, mo, y)) return undefined;
    return { ok: false, canonical: formatDate(d, mo, y), problem: { kind: 'iso' } };
  }
  return undefined;
}

/** A date that may be known only to the year or the month (a document's date). */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/**
 * True when `date` falls before the day `iso` (`YYYY-MM-DD`). A date known only to the year or the
 * month counts from its first day, so a document of the year of a change is given the benefit of the
 * doubt. False when the date is unknown: a document without a date is taken as current.
 */
export function dateBefore(date: PartialDate | undefined, iso: string): boolean {
  if (date === undefined) return false;
  const key = Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  return date.year * 10000 + (date.month ?? 1) * 100 + (date.day ?? 1) < key;
}
