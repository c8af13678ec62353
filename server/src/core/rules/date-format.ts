// Dates in the UN form (R3, R29): `3 April 2018` — never `April 3, 2018`, `3rd April 2018`,
// `03/04/2018` or `3 April, 2018`; ranges `from 3 to 5 April 2018` (never `from 3–5 April`) and
// `3–5 April 2018` with an en dash (never a hyphen), and so spans of years and months (`2018–2030`,
// `January–March 2024`: date-format/spans.ts); no day that does not exist. Quotations, link
// targets, URLs, comments and document symbols are left alone, and so is the masthead date, which
// the masthead rule checks. A numeric date in a version label or beside a time (`Version
// 14/11/2024 13:00`) is a timestamp, not a date of the report. Annexes issued as received or
// without formal editing keep their authors' forms.

import type { Rule } from '../rule';
import { inRanges } from '../parse/inline';
import type { LineRole } from '../model';
import { asReceivedFrom, asReceivedLines } from '../prose';
import type { TextRange } from '../types';
import { formatDate, isPlausibleYear, isValidDate, MONTH_ALT, MONTH_NAMES, monthNumber } from '../un/dates';
import { type Candidate, scan, spanCandidates } from './date-format/spans';

const M = `(?:${MONTH_ALT})`;
const ORD = '(?:st|nd|rd|th)';

/** `April 3, 2018`, `April 3 2018`, `April 3–5, 2018`. */
const US_RE = new RegExp(`\\b(${M}) (\\d{1,2})${ORD}?(?:( ?[–-] ?| to | and )(\\d{1,2})${ORD}?)?,? (\\d{4})\\b`, 'g');
/** `on April 3` without a year (not `May`, which is also a verb). */
const US_NO_YEAR_RE = new RegExp(`\\b(?:on|from|until|till|by|since|before|after) ((?!May)${M}) (\\d{1,2})${ORD}?(?![\\w/:–-]|[.,]\\d|,? \\d{4})`, 'g');
/** Words that follow a date and do not take a count: `on April 3 the Committee`, `by April 3 at noon`. */
const AFTER_DATE_WORDS = new Set('the a an and or at in on to for with by of from when while was were is are had has have will would should shall could can must noon'.split(' '));
/** `3rd April`, `3rd of April`, `the 3rd of April`. */
const ORD_RE = new RegExp(`\\b(?:the (?=\\d{1,2}(?:st|nd|rd|th) of ))?(\\d{1,2})(st|nd|rd|th)( of)?(?= ${M}\\b)`, 'g');
/** `3rd to 5th April`: the first day of a range. */
const ORD_RANGE_RE = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)(?=(?: ?[–-] ?| to | and )\\d{1,2}${ORD}?(?: of)? ${M}\\b)`, 'g');
/** `03/04/2018`, `3.4.2018`, `03-04-2018`. */
const NUMERIC_RE = /(?<![\w/.,:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/]|[.,:-]\d)/g;
/** `3 April, 2018`. */
const COMMA_RE = new RegExp(`\\b(\\d{1,2}) (${M}), (\\d{4})\\b(?![,.]\\d)`, 'g');
/** `from 3–5 April`, `between 3-5 April`, `from 30 November–11 December`. */
const FROM_DASH_RE = new RegExp(`\\b(from|between) (\\d{1,2})${ORD}?(?: (${M})(?: (\\d{4}))?)? ?[–—-] ?(\\d{1,2})${ORD}? (${M})(?: (\\d{4})\\b)?\\b`, 'g');
/** `3-5 April`, `3 - 5 April`, `3 – 5 April`, `30 November-11 December`. */
const HYPHEN_RANGE_RE = new RegExp(`(?<![\\w/.,–-])(\\d{1,2})${ORD}?(?: (${M})(?: (\\d{4}))?)?( ?- ?| – )(\\d{1,2})${ORD}? (${M})(?: (\\d{4})\\b)?\\b`, 'g');
/** Every pattern but NUMERIC_RE needs a month name: a line without one skips them. */
const ANY_MONTH_RE = new RegExp(M);
/** The roles of lines whose ranges of years and months are checked. */
const SPAN_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['running-text', 'list-entry', 'heading']);
/** `Biennium      2022-2023      1 200`: cells of a table laid out with runs of spaces. */
const SPACED_CELLS_RE = /\S {3,}\S/;
/** `31 April 2018`: a day the month does not have. */
const DAY_RE = new RegExp(`\\b(\\d{1,2}) (${M})(?: (\\d{4}))?\\b`, 'g');

export const dateFormatRule: Rule = {
  meta: {
    id: 'date-format',
    description: 'Dates are written "3 April 2018", ranges "from 3 to 5 April 2018" or "3–5 April 2018", and spans of years and months with an en dash ("2018–2030")',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['dates', 'style'],
    conventions: ['R3', 'R28', 'R29'],
    messages: {
      monthFirst: '"{{written}}" puts the month first; expected "{{expected}}"',
      monthFirstOrCount: '"{{written}}" reads as a date with the month first (write "{{expected}}") or as "{{month}}" followed by a count (put a comma after "{{month}}" and spell the number out)',
      fromWithDash: '"{{written}}" mixes "{{word}}" with a dash; in running text write "{{expected}}"',
      hyphenRange: '"{{written}}" joins a range of dates with a hyphen; expected an en dash, "{{expected}}" (in running text, "from {{expectedInWords}}")',
      spacedDash: '"{{written}}" has spaces around the en dash of a range of dates; expected "{{expected}}"',
      ordinalInRange: '"{{written}}" has an ordinal suffix; dates are written with the day in figures alone, "{{expected}}"',
      ordinal: '"{{written}}" has an ordinal suffix; expected "{{expected}}"',
      commaBeforeYear: '"{{written}}" has a comma before the year; expected "{{expected}}"',
      figures: '"{{written}}" writes the date in figures; expected "{{expected}}"',
      figuresAmbiguous: '"{{written}}" writes the date in figures; write the month as a word: "{{dayFirst}}" or "{{monthFirst}}"',
      noSuchDay: '"{{written}}" is not a date: {{month}} {{year}} has no day {{day}}',
      noSuchDayNoYear: '"{{written}}" is not a date: {{month}} has no day {{day}}',
      hyphenYears: '"{{written}}" joins a range of years with a hyphen; expected an en dash, "{{expected}}"',
      hyphenMonths: '"{{written}}" joins a range of months with a hyphen; expected an en dash, "{{expected}}"',
    },
  },
  check(ctx) {
    const { model, text } = ctx;
    // Each list is sorted and disjoint: looked up one by one, they need no merging.
    const opaque: (readonly TextRange[])[] = [
      model.quotations,
      model.comments.map((c) => c.range),
      model.links.map((l) => l.targetRange),
      model.symbols.map((s) => s.range),
    ];
    if (model.masthead.date) opaque.push([model.masthead.date.range]);
    const inOpaque = (offset: number): boolean => opaque.some((list) => inRanges(list, offset));
    const skipped = (start: number, end: number): boolean => inOpaque(start) || inOpaque(end - 1) || inUrl(text, start);

    const receivedFrom = asReceivedFrom(model);
    const received = asReceivedLines(model);
    for (let li = 0; li < receivedFrom; li++) {
      if (model.lineKinds[li] === 'comment' || model.lineKinds[li] === 'blank') continue;
      const line = model.lines[li];
      const t = line.text;
      // Every pattern but NUMERIC_RE needs a month name: a line without one skips them; all but a range of
      // months (`June-July`) need a figure.
      const digits = /\d/.test(t);
      const months = ANY_MONTH_RE.test(t);
      if (!months && !digits) continue;
      // Spans of years and months are read in running text and headings only: a title as published, a table's
      // cell (cells set apart by tabs, pipes or runs of spaces), a footnote's citation or the front matter may
      // write them their own way.
      const spans = SPAN_ROLES.has(model.lineReadings[li].role) && !received[li] && !SPACED_CELLS_RE.test(t) ? spanCandidates(t) : [];
      const dates = digits ? [...(months ? monthFirstCandidates(t) : []), ...dayCandidates(t, months)] : [];
      const found = [...dates, ...spans].filter((c) => !skipped(line.start + c.start, line.start + c.end));

      found.sort((a, b) => a.start - b.start || a.priority - b.priority);
      let lastEnd = -1;
      for (const c of found) {
        if (c.start < lastEnd) continue;
        lastEnd = c.end;
        const range = { start: line.start + c.start, end: line.start + c.end };
        const editRange = c.edit ? { start: line.start + c.edit.start, end: line.start + c.edit.end } : range;
        ctx.report({
          messageId: c.messageId,
          data: c.data,
          range,
          // Each rewrite keeps the date: ambiguous day/month figures get no fix at all.
          fixes: c.newText !== undefined ? [{ title: `Write "${c.newText}"`, edits: [{ range: editRange, newText: c.newText }], safety: 'safe' }] : [],
        });
      }
    }
  },
};

/** Dates written month first (`April 3, 2018`, `on April 3`) and ranges joined by a dash (`from 3–5 April`, `3-5 April`). */
function monthFirstCandidates(t: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (c: Candidate): void => {
    found.push(c);
  };
  scan(US_RE, t, (m) => {
    const mo = monthNumber(m[1]);
    const d1 = Number(m[2]);
    const d2 = m[4] !== undefined ? Number(m[4]) : undefined;
    const y = Number(m[5]);
    if (!isPlausibleYear(y) || !isValidDate(d1, mo, y) || (d2 !== undefined && !isValidDate(d2, mo, y))) return;
    let want: string;
    if (d2 === undefined) want = formatDate(d1, mo, y);
    else {
      const from = /\bfrom $/.test(t.slice(Math.max(0, m.index - 5), m.index));
      const sep = m[3].trim();
      const joiner = sep === 'to' || (from && sep !== 'and') ? ' to ' : sep === 'and' ? ' and ' : '–';
      want = `${d1}${joiner}${d2} ${MONTH_NAMES[mo - 1]} ${y}`;
    }
    add({ start: m.index, end: m.index + m[0].length, priority: 0, messageId: 'monthFirst', data: { written: m[0], expected: want }, newText: want });
  });
  scan(US_NO_YEAR_RE, t, (m) => {
    const mo = monthNumber(m[1]);
    const d = Number(m[2]);
    if (!isValidDate(d, mo)) return;
    const start = m.index + m[0].indexOf(m[1]);
    const end = m.index + m[0].length;
    const want = formatDate(d, mo);
    // `by March 5 more States had acceded`: the figure may count what follows (`by March, five more States`);
    // only the drafter knows, so no fix.
    const next = /^ ([a-z][a-z-]*)/.exec(t.slice(end, end + 30));
    if (next && !AFTER_DATE_WORDS.has(next[1])) {
      add({ start, end, priority: 0, messageId: 'monthFirstOrCount', data: { written: t.slice(start, end), expected: want, month: m[1] } });
      return;
    }
    add({ start, end, priority: 0, messageId: 'monthFirst', data: { written: t.slice(start, end), expected: want }, newText: want });
  });
  scan(FROM_DASH_RE, t, (m) => {
    const word = m[1];
    const mo2 = monthNumber(m[6]);
    const mo1 = m[3] ? monthNumber(m[3]) : mo2;
    const d1 = Number(m[2]);
    const d2 = Number(m[5]);
    if (!isValidDate(d1, mo1) || !isValidDate(d2, mo2)) return;
    const left = `${d1}${m[3] ? ` ${m[3]}${m[4] ? ` ${m[4]}` : ''}` : ''}`;
    const want = `${word} ${left} ${word === 'from' ? 'to' : 'and'} ${d2} ${m[6]}${m[7] ? ` ${m[7]}` : ''}`;
    add({
      start: m.index, end: m.index + m[0].length, priority: 1,
      messageId: 'fromWithDash', data: { written: m[0], word, expected: want }, newText: want,
    });
  });
  scan(HYPHEN_RANGE_RE, t, (m) => {
    const mo2 = monthNumber(m[6]);
    const mo1 = m[2] ? monthNumber(m[2]) : mo2;
    const d1 = Number(m[1]);
    const d2 = Number(m[5]);
    if (!isValidDate(d1, mo1) || !isValidDate(d2, mo2)) return;
    const dash = m[4];
    if (dash === ' – ' && m[2]) return; // `25 April – 6 May` between full dates: spacing is not this rule's business
    const want = `${d1}${m[2] ? ` ${m[2]}${m[3] ? ` ${m[3]}` : ''}` : ''}–${d2} ${m[6]}${m[7] ? ` ${m[7]}` : ''}`;
    add({
      start: m.index, end: m.index + m[0].length, priority: 2,
      ...(dash.trim() === '-'
        ? { messageId: 'hyphenRange', data: { written: m[0], expected: want, expectedInWords: want.replace('–', ' to ') } }
        : { messageId: 'spacedDash', data: { written: m[0], expected: want } }),
      newText: want,
    });
  });
  return found;
}

/** Ordinal days (`3rd April`), a comma before the year, dates in figures and days a month does not have. */
function dayCandidates(t: string, months: boolean): Candidate[] {
  const found: Candidate[] = [];
  const add = (c: Candidate): void => {
    found.push(c);
  };
  if (months) scan(ORD_RANGE_RE, t, (m) => {
    add({
      start: m.index, end: m.index + m[0].length, priority: 3,
      messageId: 'ordinalInRange', data: { written: m[0], expected: m[1] }, newText: m[1],
    });
  });
  if (months) scan(ORD_RE, t, (m) => {
    const after = /^ (\w+)/.exec(t.slice(m.index + m[0].length));
    const month = after ? after[1] : '';
    if (!isValidDate(Number(m[1]), monthNumber(month))) return;
    add({
      start: m.index, end: m.index + m[0].length + 1 + month.length, priority: 3,
      messageId: 'ordinal', data: { written: `${m[0]} ${month}`, expected: `${m[1]} ${month}` },
      newText: m[1], edit: { start: m.index, end: m.index + m[0].length },
    });
  });
  if (months) scan(COMMA_RE, t, (m) => {
    const want = `${m[1]} ${m[2]} ${m[3]}`;
    if (!isPlausibleYear(Number(m[3]))) return;
    add({ start: m.index, end: m.index + m[0].length, priority: 4, messageId: 'commaBeforeYear', data: { written: m[0], expected: want }, newText: want });
  });
  scan(NUMERIC_RE, t, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    if (!isPlausibleYear(y)) return;
    const dayFirst = isValidDate(a, b, y);
    const monthFirst = isValidDate(b, a, y);
    if (!dayFirst && !monthFirst) return;
    // A timestamp or a version label (`Version 14/11/2024 13:00`) is not a date of the report.
    if (/\bversion[ \u00a0\u202f:]*$/i.test(t.slice(Math.max(0, m.index - 12), m.index))) return;
    if (/^,?[ \u00a0\u202f]\d{1,2}[:.h]\d{2}\b/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
    const certain = !(dayFirst && monthFirst) || a === b;
    const want = dayFirst ? formatDate(a, b, y) : formatDate(b, a, y);
    add({
      start: m.index, end: m.index + m[0].length, priority: 5,
      ...(certain
        ? { messageId: 'figures', data: { written: m[0], expected: want } }
        : { messageId: 'figuresAmbiguous', data: { written: m[0], dayFirst: formatDate(a, b, y), monthFirst: formatDate(b, a, y) } }),
      ...(certain ? { newText: want } : {}),
    });
  });
  if (months) scan(DAY_RE, t, (m) => {
    const d = Number(m[1]);
    const mo = monthNumber(m[2]);
    const y = m[3] !== undefined ? Number(m[3]) : undefined;
    if (isValidDate(d, mo, y)) return;
    if (y !== undefined && !isPlausibleYear(y)) return;
    add({ start: m.index, end: m.index + m[0].length, priority: 6, ...(y !== undefined
      ? { messageId: 'noSuchDay', data: { written: m[0], month: m[2], year: y, day: d } }
      : { messageId: 'noSuchDayNoYear', data: { written: m[0], month: m[2], day: d } }) });
  });
  return found;
}

/** True when `offset` sits in a URL: the whitespace-delimited word around it has `://` or `www.` before it. */
function inUrl(text: string, offset: number): boolean {
  let w = offset;
  while (w > 0 && offset - w < 300 && !/\s/.test(text[w - 1])) w--;
  const word = text.slice(w, offset);
  return word.indexOf('://') !== -1 || word.indexOf('www.') !== -1;
}
