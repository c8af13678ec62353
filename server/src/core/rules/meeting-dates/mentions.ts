// Reading `At its Nth meeting, on <date>` statements: the meeting numbers, their days, and the body
// whose numbering they belong to; bracketed, not yet agreed text is skipped.

import type { DraftModel } from '../../model';
import { lineAtOffset } from '../../text';
import type { TextRange } from '../../types';
import { dayNumber, readDatePhrase } from '../../un/dates';
import type { DatePhrase } from '../../un/dates';
import { inferYear, lastExplicitYear, yearOf, type Span } from './session-dates';
import { lowerBound } from '../../sorted';

const MEETING_RE =
  /\b(\d{1,4})(?:st|nd|rd|th)((?:(?:,| and|, and| to| or|–|-) ?\d{1,4}(?:st|nd|rd|th)){0,30}) (plenary )?meetings?\b/g;
/** What may stand between `meeting` and its date: `of the sixty-eighth session of the Commission`. */
const BETWEEN_RE = /^( of [^,.;()]{1,120}?)?,? (?:held )?(on|from) (?=\d)/;
const SUBJECT_RE = /^,? (?:the )?([A-Z][\w-]*(?: (?:of the|of|on|for|and|to) [A-Z][\w-]*| [A-Z][\w-]*){0,8})/;
/** `of its sixty-second session`, `of the resumed 61st session`: a session named by its number. */
const SESSION_NAMED_RE = /\b((?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|\d+(?:st|nd|rd|th))) (?:special )?session\b/i;
const ADJECTIVE_SUBJECT_RE = /^,? the [a-z][a-z-]{1,20} ([A-Z][\w-]*(?: (?:of the|of|on|for|and|to) [A-Z][\w-]*| [A-Z][\w-]*){0,8})/;
const BODY_WORD_RE = /\b(?:Commission|Committee|Council|Assembly|Conference|Meeting|Board|Group|Forum|Parties|Subcommittee)\b/;

export interface Mention {
  numbers: number[];
  /** Per meeting: its day when certain, else the span of days of the statement. */
  days: Span[];
  exact: boolean[];
  range: TextRange;
  key: string;
  plenary: boolean;
  /** The key comes from `meeting of the X`: another body's meeting, never lent to mentions without one. */
  named: boolean;
  text: string;
}

/** What the reading of one line needs from the whole draft, and the last year the text wrote. */
interface Reading {
  readonly sessions: readonly Span[];
  readonly brackets: readonly TextRange[];
  readonly mastheadYear: number | undefined;
  readonly text: string;
  /** The report's own session as its front matter names it (`sixty-first`), when it does. */
  readonly ownSession: string | undefined;
  lastYear: number | undefined;
}

/** The session the front matter (or the title just after it) names: `Sixty-first session`. */
function ownSessionOf(model: DraftModel): string | undefined {
  const end = Math.min(model.lines.length, model.masthead.frontEndLine + 3);
  for (let li = 0; li < end; li++) {
    const m = SESSION_NAMED_RE.exec(model.lines[li].text);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}

/** Every meeting-and-date statement of the body, in text order. */
export function readMentions(model: DraftModel, text: string, sessions: readonly Span[]): Mention[] {
  const reading: Reading = { sessions, brackets: bracketRanges(model), mastheadYear: yearOf(model.masthead.date?.value), text, ownSession: ownSessionOf(model), lastYear: undefined };
  const mentions: Mention[] = [];
  for (let li = model.masthead.frontEndLine; li < model.lines.length; li++) {
    const kind = model.lineKinds[li];
    if (kind === 'comment' || kind === 'blank' || kind === 'toc') continue;
    const line = model.lines[li];
    const t = line.text;
    if (t.indexOf('meeting') === -1) {
      reading.lastYear = lastExplicitYear(t) ?? reading.lastYear;
      continue;
    }
    MEETING_RE.lastIndex = 0;
    let scanned = 0;
    for (let m = MEETING_RE.exec(t); m !== null; m = MEETING_RE.exec(t)) {
      reading.lastYear = lastExplicitYear(t.slice(scanned, m.index)) ?? reading.lastYear;
      scanned = m.index;
      const mention = readMention(reading, t, line.start, m);
      if (mention) mentions.push(mention);
    }
    reading.lastYear = lastExplicitYear(t.slice(scanned)) ?? reading.lastYear;
  }
  return mentions;
}

/** One `Nth meeting, on <date>` match on a line starting at `lineStart`, when it dates the meeting. */
function readMention(reading: Reading, t: string, lineStart: number, m: RegExpExecArray): Mention | undefined {
  // `At its resumed 7th meeting, on 12 October`: a meeting suspended and resumed on another day; the resumed
  // part's date is not the meeting's, nor does it follow the meetings' order.
  if (/\bresumed $/i.test(t.slice(Math.max(0, m.index - 8), m.index))) return undefined;
  const after = t.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const b = BETWEEN_RE.exec(after);
  if (!b) return undefined;
  const phraseStart = m.index + m[0].length + b[0].length;
  const phrase = readDatePhrase(t.slice(phraseStart, phraseStart + 200));
  if (!phrase) return undefined;
  const lead = /(?:\b[Aa]t|\bduring|\bAlso at) (?:its|the) $/.exec(t.slice(Math.max(0, m.index - 16), m.index));
  const start = lineStart + m.index - (lead ? lead[0].length : 0);
  const end = lineStart + phraseStart + phrase.length;
  if (overlaps(reading.brackets, start, end)) return undefined;
  const numbers = meetingNumbers(m[1], m[2]);
  if (numbers.length === 0) return undefined;
  const explicit = phrase.days.find((d) => d.y !== undefined)?.y;
  const year = explicit ?? inferYear(phrase, reading.sessions, reading.lastYear ?? reading.mastheadYear);
  if (explicit !== undefined) reading.lastYear = explicit;
  if (year === undefined) return undefined;
  const { days, exact } = meetingDays(phrase, numbers, year);
  // `the 1st meeting of its sixty-second session`: numbered within the session it names, which may be the next one
  // (opened right after this one closes to elect its bureau); its numbering and dates are that session's.
  const named = b[1] !== undefined ? SESSION_NAMED_RE.exec(b[1]) : null;
  const ofSession = named !== null && named[1].toLowerCase() !== reading.ownSession;
  const body = ofSession ? { key: `session:${b[1].trim().toLowerCase()}`, named: true } : meetingBody(t, m, b, phraseStart + phrase.length);
  return { numbers, days, exact, range: { start, end }, key: body.key, plenary: m[3] !== undefined, named: body.named, text: reading.text.slice(start, end) };
}

/** Per meeting its day when the phrase gives one day per meeting, else the span of days of the statement. */
function meetingDays(phrase: DatePhrase, numbers: readonly number[], year: number): { days: Span[]; exact: boolean[] } {
  const dayNums = phrase.days.map((d) => dayNumber(d.y ?? year, d.m, d.d));
  const days: Span[] = [];
  const exact: boolean[] = [];
  const lo = dayNums.reduce((a, b) => Math.min(a, b), Infinity);
  const hi = dayNums.reduce((a, b) => Math.max(a, b), -Infinity);
  for (let i = 0; i < numbers.length; i++) {
    if (!phrase.span && dayNums.length === numbers.length) {
      days.push({ first: dayNums[i], last: dayNums[i] });
      exact.push(true);
    } else {
      days.push({ first: lo, last: hi });
      exact.push(lo === hi);
    }
  }
  return { days, exact };
}

/** Whose meeting: the subject after the date (`…, the Commission decided`) or `of the Commission`. */
function meetingBody(t: string, m: RegExpExecArray, b: RegExpExecArray, phraseEnd: number): { key: string; named: boolean } {
  let subject = '';
  const rest = t.slice(phraseEnd, phraseEnd + 120);
  // `…, the extended Bureau approved`: a body named after one lower-case word is still the subject.
  const s = SUBJECT_RE.exec(rest) ?? bodyAfterAdjective(rest);
  if (s) {
    // After `At its …`, the subject is the body whose meeting it is; after `At the …` only a
    // body named as such counts (`…, the Committee of the Whole considered`), not `the Chair`.
    if (/\b(?:its|their)\s*$/.test(t.slice(Math.max(0, m.index - 8), m.index)) || BODY_WORD_RE.test(s[1])) subject = s[1];
  }
  let named = false;
  if (!subject && b[1]) {
    const caps = b[1].match(/[A-Z][\w-]*/g);
    if (caps) subject = caps[caps.length - 1];
    named = !!caps;
  }
  return { key: subjectKey(subject), named };
}

function bodyAfterAdjective(rest: string): RegExpExecArray | null {
  const s = ADJECTIVE_SUBJECT_RE.exec(rest);
  return s && BODY_WORD_RE.test(s[1]) ? s : null;
}

/** Mentions without a subject belong to the body most mentions name. */
export function assignBodies(mentions: readonly Mention[]): void {
  const counts = new Map<string, number>();
  // `its 312th meeting` is the report's body's, not the Working Group of the Whole's named elsewhere.
  for (const mt of mentions) if (mt.key && !mt.named) counts.set(`${mt.plenary}|${mt.key}`, (counts.get(`${mt.plenary}|${mt.key}`) ?? 0) + 1);
  for (const mt of mentions) {
    if (mt.key) continue;
    let best = '';
    let bestN = 0;
    for (const [k, n] of counts) {
      if (k.startsWith(`${mt.plenary}|`) && n > bestN) {
        best = k.slice(k.indexOf('|') + 1);
        bestN = n;
      }
    }
    mt.key = best;
  }
}

function subjectKey(subject: string): string {
  if (!subject) return '';
  const words = subject.split(' ');
  return /\bWhole\b/.test(subject) ? `${words[0]} of the Whole` : words[0];
}

/** `2nd, 3rd and 4th` → [2, 3, 4]; `1st to 3rd` → [1, 2, 3]. */
function meetingNumbers(first: string, rest: string): number[] {
  const out = [Number(first)];
  const re = /(,| and|, and| to| or|–|-) ?(\d{1,4})/g;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    const n = Number(m[2]);
    const sep = m[1].trim();
    if (sep === 'to' || sep === '–' || sep === '-') {
      const from = out[out.length - 1];
      if (n <= from || n - from > 60) return [];
      for (let k = from + 1; k <= n; k++) out.push(k);
    } else out.push(n);
  }
  return out;
}

/** Square-bracketed spans (not yet agreed text), merged and sorted. */
function bracketRanges(model: DraftModel): TextRange[] {
  const raw: TextRange[] = [];
  for (const b of model.brackets) {
    if (b.open === -1) continue;
    const end = b.close !== -1 ? b.close + 1 : lineEndAt(model, b.open);
    raw.push({ start: b.open, end });
  }
  raw.sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}

function lineEndAt(model: DraftModel, offset: number): number {
  return model.lines[lineAtOffset(model.lines, offset)].end;
}

/** True when [start, end) meets one of the sorted, disjoint ranges. */
function overlaps(ranges: readonly TextRange[], start: number, end: number): boolean {
  const at = lowerBound(ranges.length, (k) => ranges[k].end > start);
  return at < ranges.length && ranges[at].start < end;
}
