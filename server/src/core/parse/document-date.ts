// The document's date, wherever the document gives it: the masthead date (any layout), else an
// Official Records date line standing alone (`[30 April 2025]`, the date of issue), else the last day
// of the session's dates in the title (`(4–7 February 2025)`, `New York, 18–26 February 2025`), else
// the year of `Official Records, 1995`. Names and conventions in use on that date are not defects.

import type { DocumentDate, Masthead } from '../model';
import type { Line } from '../text';
import { MONTH_ALT, monthNumber, readDateCell, readDatePhrase } from '../un/dates';

/** How far into the front matter a date line or the session's dates are looked for. */
const FRONT_REACH = 80;

const DATE_LINE_RE = new RegExp(`^\\[(\\d{1,2}) (${MONTH_ALT}) (\\d{4})\\]$`);
const CANONICAL_RE = new RegExp(`^(\\d{1,2}) (${MONTH_ALT}) (\\d{4})$`);
const OFFICIAL_RECORDS_RE = /^Official Records,? (\d{4})\b/;
/** A date after `of` is the date of something named (`decision of 20 June 2024`), not the session's. */
const OF_BEFORE_RE = /\bof\s*$/;

export function findDocumentDate(lines: readonly Line[], masthead: Masthead, bodyStartLine: number): DocumentDate | undefined {
  const fromMasthead = mastheadDate(masthead);
  if (fromMasthead) return fromMasthead;
  const reach = Math.min(lines.length, Math.max(bodyStartLine, 0) + 20, FRONT_REACH);
  let session: DocumentDate | undefined;
  let records: DocumentDate | undefined;
  for (let i = 0; i < reach; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (t === '' || t.length > 200) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const range = { start: line.start + lead, end: line.start + lead + t.length };
    const dl = DATE_LINE_RE.exec(t);
    if (dl) return { year: Number(dl[3]), month: monthNumber(dl[2]), day: Number(dl[1]), source: 'date-line', range };
    const or = OFFICIAL_RECORDS_RE.exec(t);
    if (or && !records) records = { year: Number(or[1]), source: 'official-records', range };
    if (i < bodyStartLine) session = latest(session, sessionDate(t, range.start));
  }
  return session ?? records;
}

/** The masthead date read in any form a drafter may have typed it; the year alone when day and month are in doubt. */
function mastheadDate(masthead: Masthead): DocumentDate | undefined {
  const f = masthead.date;
  if (!f) return undefined;
  const read = readDateCell(f.value);
  const written = read?.ok ? f.value.trim().replace(/\s+/g, ' ') : read?.canonical;
  const m = written ? CANONICAL_RE.exec(written) : null;
  if (m) return { year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]), source: 'masthead', range: f.range };
  const y = /(\d{4})/.exec(f.value);
  return y ? { year: Number(y[1]), source: 'masthead', range: f.range } : undefined;
}

/** The last day of the date phrases on a title line that are not the date of something named. */
function sessionDate(t: string, base: number): DocumentDate | undefined {
  let best: DocumentDate | undefined;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (i > 0 && /[\w/.]/.test(t.charAt(i - 1))) {
      while (i + 1 < t.length && /\d/.test(t.charAt(i + 1))) i++;
      continue;
    }
    const phrase = readDatePhrase(t.slice(i, i + 120));
    if (!phrase) {
      while (i + 1 < t.length && /\d/.test(t.charAt(i + 1))) i++;
      continue;
    }
    if (!OF_BEFORE_RE.test(t.slice(Math.max(0, i - 8), i))) {
      for (const d of phrase.days) {
        if (d.y === undefined) continue;
        best = latest(best, { year: d.y, month: d.m, day: d.d, source: 'session', range: { start: base + i, end: base + i + phrase.length } });
      }
    }
    i += Math.max(phrase.length, 1) - 1;
  }
  return best;
}

function latest(a: DocumentDate | undefined, b: DocumentDate | undefined): DocumentDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return dateKey(b) > dateKey(a) ? b : a;
}

function dateKey(d: DocumentDate): number {
  return d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}
