// Meeting numbers and their dates (R47): in `At its Nth meeting, on <date>` (`At the Nth meeting`,
// `At its Nth and Mth meetings, on …`, `plenary meeting`), one meeting has one date, meeting numbers
// rise with the dates, and every date falls within the dates of the session given in the masthead,
// the title or a `held … from 3 to 5 April 2018` sentence. A date a few weeks away from the
// session is reported; one further away is taken to be another session's meeting (`At its 10th
// plenary meeting, on 1 December 2023, the second Meeting …`) and left alone. Dates may omit the
// year (`on 26 November`): it comes from the session's dates or the text before. Bracketed,
// not yet agreed text is skipped. Report only: which of two dates is wrong is for the drafter.

import type { DraftModel } from '../model';
import { lineAtOffset } from '../text';
import type { Rule } from '../rule';
import type { TextRange } from '../types';
import { dayNumber, formatDate, MONTH_NAMES, readDatePhrase } from '../un/dates';
import type { DatePhrase } from '../un/dates';

/** How far outside the session's dates a meeting date is still taken for a slip of this session. */
const NEAR_DAYS = 14;

const MEETING_RE =
  /\b(\d{1,4})(?:st|nd|rd|th)((?:(?:,| and|, and| to| or|–|-) ?\d{1,4}(?:st|nd|rd|th)){0,30}) (plenary )?meetings?\b/g;
/** What may stand between `meeting` and its date: `of the sixty-eighth session of the Commission`. */
const BETWEEN_RE = /^( of [^,.;()]{1,120}?)?,? (?:held )?(on|from) (?=\d)/;
const SUBJECT_RE = /^,? (?:the )?([A-Z][\w-]*(?: (?:of the|of|on|for|and|to) [A-Z][\w-]*| [A-Z][\w-]*){0,8})/;
const BODY_WORD_RE = /\b(?:Commission|Committee|Council|Assembly|Conference|Meeting|Board|Group|Forum|Parties|Subcommittee)\b/;
const HELD_RE = /\b(?:was held|were held|held its|held their|convened|took place|met)\b/g;

interface Span {
  first: number;
  last: number;
}

interface Mention {
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

export const meetingDatesRule: Rule = {
  meta: {
    id: 'meeting-dates',
    description: 'Meeting numbers rise with their dates, one meeting has one date, and every date falls within the session',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['dates', 'meetings'],
    conventions: ['R47', 'R28', 'R29'],
  },
  check(ctx) {
    const { model, text } = ctx;
    const sessions = sessionSpans(model);
    const mastheadYear = yearOf(model.masthead.date?.value);
    const brackets = bracketRanges(model);
    const mentions: Mention[] = [];
    let lastYear: number | undefined;

    for (let li = model.masthead.frontEndLine; li < model.lines.length; li++) {
      const kind = model.lineKinds[li];
      if (kind === 'comment' || kind === 'blank' || kind === 'toc') continue;
      const line = model.lines[li];
      const t = line.text;
      if (t.indexOf('meeting') === -1) {
        lastYear = lastExplicitYear(t) ?? lastYear;
        continue;
      }
      MEETING_RE.lastIndex = 0;
      let scanned = 0;
      for (let m = MEETING_RE.exec(t); m !== null; m = MEETING_RE.exec(t)) {
        lastYear = lastExplicitYear(t.slice(scanned, m.index)) ?? lastYear;
        scanned = m.index;
        const after = t.slice(m.index + m[0].length, m.index + m[0].length + 200);
        const b = BETWEEN_RE.exec(after);
        if (!b) continue;
        const phraseStart = m.index + m[0].length + b[0].length;
        const phrase = readDatePhrase(t.slice(phraseStart, phraseStart + 200));
        if (!phrase) continue;
        const lead = /(?:\b[Aa]t|\bduring|\bAlso at) (?:its|the) $/.exec(t.slice(Math.max(0, m.index - 16), m.index));
        const start = line.start + m.index - (lead ? lead[0].length : 0);
        const end = line.start + phraseStart + phrase.length;
        if (overlaps(brackets, start, end)) continue;
        const numbers = meetingNumbers(m[1], m[2]);
        if (numbers.length === 0) continue;
        const explicit = phrase.days.find((d) => d.y !== undefined)?.y;
        const year = explicit ?? inferYear(phrase, sessions, lastYear ?? mastheadYear);
        if (explicit !== undefined) lastYear = explicit;
        if (year === undefined) continue;
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
        // Whose meeting: the subject after the date (`…, the Commission decided`) or `of the Commission`.
        const plenary = m[3] !== undefined;
        let subject = '';
        const s = SUBJECT_RE.exec(t.slice(phraseStart + phrase.length, phraseStart + phrase.length + 120));
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
        const key = subjectKey(subject);
        mentions.push({ numbers, days, exact, range: { start, end }, key, plenary, named, text: text.slice(start, end) });
      }
      lastYear = lastExplicitYear(t.slice(scanned)) ?? lastYear;
    }
    if (mentions.length === 0) return;

    // Mentions without a subject belong to the body most mentions name.
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

    // Which mentions are of this session: within its dates, or near them (then reported).
    const inSession: Mention[] = [];
    if (sessions.length > 0) {
      for (const mt of mentions) {
        let outside: { day: number; span: Span } | undefined;
        let far = false;
        for (const d of mt.days) {
          for (const day of [d.first, d.last]) {
            if (sessions.some((s) => day >= s.first && day <= s.last)) continue;
            const near = nearest(sessions, day);
            if (distance(near, day) > NEAR_DAYS) far = true;
            else outside = outside ?? { day, span: near };
          }
        }
        if (far) continue; // another session's meeting
        if (outside) {
          ctx.report({
            message: `"${mt.text}" dates the meeting ${outside.day < outside.span.first ? 'before' : 'after'} the dates of the session (${spanLabel(outside.span)})`,
            range: mt.range,
          });
          continue;
        }
        inSession.push(mt);
      }
    } else {
      // No session dates known: keep the mentions close to the median date.
      const all = mentions.map((mt) => mt.days[0].first).sort((a, b) => a - b);
      const median = all[all.length >> 1];
      for (const mt of mentions) if (mt.days.every((d) => Math.abs(d.first - median) <= 45 && Math.abs(d.last - median) <= 45)) inSession.push(mt);
    }

    // One meeting, one date; numbers rise with dates — within each body's numbering.
    const groups = new Map<string, Mention[]>();
    for (const mt of inSession) {
      const k = `${mt.plenary}|${mt.key}`;
      const g = groups.get(k) ?? [];
      g.push(mt);
      groups.set(k, g);
    }
    for (const g of groups.values()) {
      const byNumber = new Map<number, { span: Span; exact: boolean; mention: Mention }>();
      const reported = new Set<Mention>();
      for (const mt of g) {
        for (let i = 0; i < mt.numbers.length; i++) {
          const n = mt.numbers[i];
          const d = mt.days[i];
          const prev = byNumber.get(n);
          if (!prev) {
            byNumber.set(n, { span: d, exact: mt.exact[i], mention: mt });
            continue;
          }
          const clash = (mt.exact[i] && (d.first < prev.span.first || d.first > prev.span.last)) || (prev.exact && (prev.span.first < d.first || prev.span.first > d.last));
          if (clash && !reported.has(mt)) {
            reported.add(mt);
            ctx.report({
              message: `The ${ordinal(n)} meeting is dated ${spanLabel(d)} here but ${spanLabel(prev.span)} in "${prev.mention.text}"; one meeting has one date`,
              range: mt.range,
              related: [{ range: prev.mention.range, message: `The ${ordinal(n)} meeting is dated ${spanLabel(prev.span)} here.` }],
            });
          }
          if (mt.exact[i] && !prev.exact) byNumber.set(n, { span: d, exact: true, mention: mt });
        }
      }
      const numbers = [...byNumber.keys()].sort((a, b) => a - b);
      let latest: { n: number; day: number; mention: Mention } | undefined;
      for (const n of numbers) {
        const e = byNumber.get(n) as { span: Span; exact: boolean; mention: Mention };
        if (latest && e.span.last < latest.day && e.mention !== latest.mention && !reported.has(e.mention)) {
          reported.add(e.mention);
          ctx.report({
            message: `The ${ordinal(n)} meeting (${spanLabel(e.span)}) is dated before the ${ordinal(latest.n)} meeting (${formatDay(latest.day)}); meeting numbers rise with the dates`,
            range: e.mention.range,
            related: [{ range: latest.mention.range, message: `The ${ordinal(latest.n)} meeting is dated ${formatDay(latest.day)} here.` }],
          });
        }
        if (!latest || e.span.first > latest.day) latest = { n, day: e.span.first, mention: e.mention };
      }
    }
  },
};

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

function yearOf(s: string | undefined): number | undefined {
  const m = s ? /\b(\d{4})\s*$/.exec(s) : null;
  return m ? Number(m[1]) : undefined;
}

/** The last four-digit year after a month name in `s` (`13 November 2024`). */
function lastExplicitYear(s: string): number | undefined {
  const re = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g;
  let y: number | undefined;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) y = Number(m[1]);
  return y;
}

/**
 * A year for a phrase that gives none (`on 26 November`): one that puts the day inside the
 * session's dates, else `fallback` (the last year the text wrote before it, or the masthead's).
 */
function inferYear(phrase: DatePhrase, sessions: readonly Span[], fallback: number | undefined): number | undefined {
  const d = phrase.days[0];
  const years: number[] = [];
  if (fallback !== undefined) years.push(fallback);
  for (const s of sessions) {
    years.push(new Date(s.first * 86400000).getUTCFullYear(), new Date(s.last * 86400000).getUTCFullYear());
  }
  for (const y of years) {
    const day = dayNumber(y, d.m, d.d);
    if (sessions.some((s) => day >= s.first && day <= s.last)) return y;
  }
  return fallback ?? years[0];
}

function nearest(spans: readonly Span[], day: number): Span {
  let best = spans[0];
  for (const s of spans) if (distance(s, day) < distance(best, day)) best = s;
  return best;
}

function distance(s: Span, day: number): number {
  return day < s.first ? s.first - day : day > s.last ? day - s.last : 0;
}

/**
 * The session's dates: date phrases in the masthead and title lines (not the masthead date, the
 * date of issue) and in `was held … from 3 to 5 April 2018` sentences of the body (earlier
 * sessions named that way only widen what counts as in session).
 */
function sessionSpans(model: DraftModel): Span[] {
  const out: Span[] = [];
  const issue = model.masthead.date?.range;
  // An Official Records date line (`[30 April 2025]`) is the date of issue, not the session's.
  const dateLine = model.documentDate?.source === 'date-line' ? model.documentDate.range : undefined;
  const fallback = yearOf(model.masthead.date?.value);
  const front = Math.min(model.masthead.frontEndLine, model.lines.length);
  for (let li = 0; li < front; li++) {
    const line = model.lines[li];
    if (model.lineKinds[li] === 'comment') continue;
    const t = line.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 48 || c > 57 || (i > 0 && /[\w/.]/.test(t[i - 1]))) continue;
      if (issue && line.start + i >= issue.start && line.start + i < issue.end) continue;
      if (dateLine && line.start + i >= dateLine.start && line.start + i < dateLine.end) continue;
      const phrase = readDatePhrase(t.slice(i, i + 200));
      if (!phrase) {
        while (i < t.length && /\d/.test(t[i])) i++;
        continue;
      }
      // `decision of 20 June 2024`: the date of something the title names, not the session's.
      if (/\bof\s*$/.test(t.slice(Math.max(0, i - 8), i))) {
        i += Math.max(phrase.length, 1) - 1;
        continue;
      }
      addPhrase(out, phrase, phrase.days.find((d) => d.y !== undefined)?.y ?? fallback);
      i += Math.max(phrase.length, 1) - 1;
    }
  }
  for (let li = front; li < model.lines.length; li++) {
    const t = model.lines[li].text;
    if (model.lineKinds[li] === 'comment' || t.indexOf('from ') === -1) continue;
    HELD_RE.lastIndex = 0;
    for (let m = HELD_RE.exec(t); m !== null; m = HELD_RE.exec(t)) {
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 160);
      const f = /\bfrom (?=\d)/.exec(rest);
      if (!f || /[.;]\s/.test(rest.slice(0, f.index))) continue;
      const phrase = readDatePhrase(rest.slice(f.index + f[0].length));
      if (!phrase) continue;
      const y = phrase.days.find((d) => d.y !== undefined)?.y;
      if (y !== undefined) addPhrase(out, phrase, y);
    }
  }
  return out;
}

function addPhrase(out: Span[], phrase: DatePhrase, year: number | undefined): void {
  if (year === undefined) return;
  if (phrase.spans) {
    // A session held in parts: `14–18 and 21–23 July 2025`.
    for (const [a, b] of phrase.spans) addPhrase(out, { days: [a, b], span: true, length: 0 }, year);
    return;
  }
  const days = phrase.days.map((d) => dayNumber(d.y ?? year, d.m, d.d));
  if (phrase.span) {
    if (days[1] >= days[0] && days[1] - days[0] <= 120) out.push({ first: days[0], last: days[1] });
  } else for (const d of days) out.push({ first: d, last: d });
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
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start < end;
}

function formatDay(day: number): string {
  const d = new Date(day * 86400000);
  return formatDate(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

function spanLabel(s: Span): string {
  if (s.first === s.last) return formatDay(s.first);
  const a = new Date(s.first * 86400000);
  const b = new Date(s.last * 86400000);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    return `${a.getUTCDate()}–${b.getUTCDate()} ${MONTH_NAMES[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  }
  return `${formatDay(s.first)} to ${formatDay(s.last)}`;
}

function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
