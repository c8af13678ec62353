// The dates a meeting rule reads against: the session's dates (masthead, title, `was held from …`
// sentences), the year of a date phrase that gives none, and dates and ordinals as messages write them.

import type { DraftModel } from '../../model';
import { dayNumber, formatDate, MONTH_NAMES, readDatePhrase } from '../../un/dates';
import type { DatePhrase } from '../../un/dates';

const HELD_RE = /\b(?:was held|were held|held its|held their|convened|took place|met)\b/g;

export interface Span {
  first: number;
  last: number;
}

export function yearOf(s: string | undefined): number | undefined {
  const m = s ? /\b(\d{4})\s*$/.exec(s) : null;
  return m ? Number(m[1]) : undefined;
}

/** The last four-digit year after a month name in `s` (`13 November 2024`). */
export function lastExplicitYear(s: string): number | undefined {
  const re = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g;
  let y: number | undefined;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) y = Number(m[1]);
  return y;
}

/**
 * A year for a phrase that gives none (`on 26 November`): one that puts the day inside the
 * session's dates, else `fallback` (the last year the text wrote before it, or the masthead's).
 */
export function inferYear(phrase: DatePhrase, sessions: readonly Span[], fallback: number | undefined): number | undefined {
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

export function nearest(spans: readonly Span[], day: number): Span {
  let best = spans[0];
  for (const s of spans) if (distance(s, day) < distance(best, day)) best = s;
  return best;
}

export function distance(s: Span, day: number): number {
  return day < s.first ? s.first - day : day > s.last ? day - s.last : 0;
}

/**
 * The session's dates: date phrases in the masthead and title lines (not the masthead date, the
 * date of issue) and in `was held … from 3 to 5 April 2018` sentences of the body (earlier
 * sessions named that way only widen what counts as in session).
 */
export function sessionSpans(model: DraftModel): Span[] {
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

export function formatDay(day: number): string {
  const d = new Date(day * 86400000);
  return formatDate(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

export function spanLabel(s: Span): string {
  if (s.first === s.last) return formatDay(s.first);
  const a = new Date(s.first * 86400000);
  const b = new Date(s.last * 86400000);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    return `${a.getUTCDate()}–${b.getUTCDate()} ${MONTH_NAMES[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  }
  return `${formatDay(s.first)} to ${formatDay(s.last)}`;
}

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
