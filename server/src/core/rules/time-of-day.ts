// Times of day in the UN form (R30): `10 a.m.`, `3.30 p.m.`, `3–6 p.m.`, `10 a.m.–1 p.m.` — never `10am`,
// `10 AM`, `10 a.m` (where nothing else could follow), `10.00 a.m.`, `10:30 a.m.`, `09 a.m.` or `3-6 p.m.`.
// Running text, lists, tables of the report's own (a programme of work), headings and footnotes are read;
// quotations, published titles, contents, the masthead, link targets, URLs, symbols and annexes reproduced as
// received keep their form. A figure with `am` or `pm` and no full stop is read as a time only where a time is
// due (`at`, `from`, `until`, a range, a time just before, a line or cell of a programme), since `AM` and `PM`
// also abbreviate other things. 24-hour times (`15:00`, `1500 hours`) are other bodies' practice: not reported.

import type { DraftModel, LineRole } from '../model';
import { asReceivedLines, inRanges } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';
import { DEFECT_ORDER, isDashJoiner, isDigitCode, readTimeExpression, unTimeForm, type TimeExpression } from '../un/times';
import { technicalRanges } from './punctuation';

/** The roles of lines whose times are the report's own. */
const CHECKED_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['running-text', 'list-entry', 'table-row', 'heading', 'footnote', 'front']);

/** Words after which a figure is a time of day: `at 10 AM`, `from 9am`, `until 5 pm`, `by 6 PM`. */
const TIME_WORDS = new Set(['at', 'from', 'until', 'till', 'by', 'before', 'after', 'since', 'between', 'around', 'about', 'approximately', 'starting', 'beginning']);

/** What may stand between two times of one sentence: `10 am to 1 pm`, `9 am and 3 pm`, `10 am, 3 pm`. */
const BETWEEN_TIMES = new Set([' to ', ' and ', ' or ', ', ', ', and ', ' until ', ' till ', ' and from ', ' and between ']);
const BETWEEN_TIMES_MAX = 13;

/** Characters before a figure that make it part of something else: `A/10`, `1.10`, `$10`, `+3`, `x10`. */
const NOT_BEFORE = new Set(['.', ',', ':', '/', '\\', '_', '$', '€', '£', '¥', '#', '+', '±', '^', '°', '@', '&', '=']);

/** Every time this rule reads ends a figure followed by a.m. or p.m. in some form: a line without one is skipped. */
const MERIDIEM_NEAR_FIGURE_RE = /\d[ \u00a0]?[aApP]\.? ?[mM]/;

/** Bullets and marks that may open a line of a programme before its time. */
const LINE_OPENERS = new Set([' ', '\t', '•', '·', '-', '*', '–', '|']);

export const timeOfDayRule: Rule = {
  meta: {
    id: 'time-of-day',
    description: 'Times of day are written "10 a.m.", "3.30 p.m." and ranges "3–6 p.m." or "10 a.m.–1 p.m."',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'numbers'],
    conventions: ['R30', 'R29'],
    messages: {
      meridiem: '"{{written}}": a.m. and p.m. are written in lower case with full stops, after a space; expected "{{expected}}"',
      colon: '"{{written}}" separates the hour from the minutes with a colon; expected a full stop, "{{expected}}"',
      zeroMinutes: '"{{written}}" gives minutes for a full hour; expected "{{expected}}"',
      leadingZero: '"{{written}}" writes the hour with a leading zero; expected "{{expected}}"',
      hyphenRange: '"{{written}}" joins a range of times with a hyphen; expected an en dash, "{{expected}}"',
      fromWithDash: '"{{written}}" mixes "{{word}}" with a dash; in running text write "{{expected}}"',
      several: '"{{written}}" is not in the UN form of a time (lower-case a.m. and p.m. with full stops, a full stop before the minutes and none for a full hour, an en dash in a range but words after from or between); expected "{{expected}}"',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const received = asReceivedLines(model);
    // Web addresses and code are looked for only once a line holds a time: most drafts have few.
    let technical: readonly TextRange[] | undefined;
    const skipped = (offset: number): boolean =>
      inRanges(model.quotations, offset) || inRanges(model.opaque, offset) || inRanges((technical ??= technicalRanges(model.text)), offset);
    for (let li = 0; li < model.lines.length; li++) {
      if (received[li] || !CHECKED_ROLES.has(model.lineReadings[li].role)) continue;
      checkLine(ctx, model, li, skipped);
    }
  },
};

function checkLine(ctx: RuleContext, model: DraftModel, li: number, skipped: (offset: number) => boolean): void {
  const line = model.lines[li];
  const s = line.text;
  if (!MERIDIEM_NEAR_FIGURE_RE.test(s)) return;
  let capitals: boolean | undefined;
  let lastEnd = -1;
  for (let i = 0; i < s.length; i++) {
    if (!isDigitCode(s.charCodeAt(i))) continue;
    const e = startsFigure(s, i) ? readTimeExpression(s, i) : undefined;
    if (!e) {
      while (i + 1 < s.length && isDigitCode(s.charCodeAt(i + 1))) i++;
      continue;
    }
    const afterTime = lastEnd >= 0 && i - lastEnd <= BETWEEN_TIMES_MAX && BETWEEN_TIMES.has(s.slice(lastEnd, i));
    i = e.end - 1;
    if (!isTime(s, e, afterTime)) continue;
    lastEnd = e.end;
    if (skipped(line.start + e.start) || skipped(line.start + e.end - 1)) continue;
    capitals ??= setInCapitals(s);
    report(ctx, line.start, s, e, capitals);
  }
}

function report(ctx: RuleContext, base: number, s: string, e: TimeExpression, capitals: boolean): void {
  const { parts, joiner, defects } = unTimeForm(s, e, capitals);
  let start = e.start;
  let expected = parts.join(joiner);
  // `from 10 a.m.–1 p.m.`: running text writes the range in words, as it does a range of dates (R29).
  const word = isDashJoiner(e.joiner) ? rangeWordBefore(s, e.start) : undefined;
  if (word !== undefined) {
    defects.add('fromWithDash');
    start -= word.length + 1;
    expected = `${word} ${parts[0]} ${word.toLowerCase() === 'from' ? 'to' : 'and'} ${parts[1]}`;
  }
  if (defects.size === 0) return;
  const kinds = DEFECT_ORDER.filter((d) => defects.has(d));
  const written = s.slice(start, e.end);
  const range = { start: base + start, end: base + e.end };
  ctx.report({
    messageId: kinds.length === 1 ? kinds[0] : 'several',
    data: kinds.length === 1 && kinds[0] === 'fromWithDash' ? { written, word: word ?? '', expected } : { written, expected },
    range,
    // Only the typography of the time changes: the same hours, minutes and halves of the day.
    fixes: [{ title: `Write "${expected}"`, edits: [{ range, newText: expected }], safety: 'safe' }],
  });
}

/** `from` or `between` (as written) just before a range, or undefined. */
function rangeWordBefore(s: string, start: number): string | undefined {
  for (const w of ['from', 'between']) {
    const at = start - w.length - 1;
    if (at < 0 || s[start - 1] !== ' ' || s.slice(at, start - 1).toLowerCase() !== w) continue;
    if (at === 0 || !/\p{L}/u.test(s[at - 1])) return s.slice(at, start - 1);
  }
  return undefined;
}

/** A figure that starts here rather than continuing a number, a symbol or a range already read. */
function startsFigure(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = s[i - 1];
  if (/[\p{L}\p{N}]/u.test(prev) || NOT_BEFORE.has(prev)) return false;
  // `2015-10 a.m.`, `1–2`: the second figure of something that began before.
  if ((prev === '-' || prev === '–') && i >= 2 && /[\p{L}\p{N}]/u.test(s[i - 2])) return false;
  return true;
}

/**
 * Whether the expression is a time of day. A full stop in a lower-case `a.m.` or `p.m.` says so; `am`, `pm`, `AM`
 * and `PM` without one also abbreviate other things (Prime Minister, a State's code, picometres), and `A.M.` after a
 * figure may be a person's initials in a numbered list of participants (`12 A.M. Khan`), so these are read as a
 * time only where a time is due: after `at`, `from`, `until`…, in a range whose two figures both take them, after
 * another time (`10 am to 1 pm`), in parentheses, or opening a line or cell of a programme (`10 am`, `3-6 PM`).
 */
function isTime(s: string, e: TimeExpression, afterTime: boolean): boolean {
  const bare = e.times.filter((t) => t.meridiem && (!t.meridiem.dotted || t.meridiem.upper));
  if (bare.length === 0) return true;
  if (afterTime) return true;
  const [first, second] = e.times;
  const dashed = second !== undefined && isDashJoiner(e.joiner);
  if (dashed && first.meridiem) return true;
  let k = e.start;
  if (s[k - 1] === '(') return true;
  while (k > 0 && s[k - 1] === ' ') k--;
  let w = k;
  while (w > 0 && k - w < 16 && /\p{L}/u.test(s[w - 1])) w--;
  if (w < k && TIME_WORDS.has(s.slice(w, k).toLowerCase()) && (w === 0 || !/\p{L}/u.test(s[w - 1]))) return true;
  // `10 am` opening a line of a programme; `10 AM` alone there may be a count and a code, `3-6 PM` is a range.
  return opensLineOrCell(s, e.start) && (dashed || bare.every((t) => !t.meridiem?.upper));
}

/** Only bullets, spaces or a tab before it on its line, or a tab just before it: a line or cell of a programme. */
function opensLineOrCell(s: string, start: number): boolean {
  let k = start;
  while (k > 0 && s[k - 1] === ' ') k--;
  if (k > 0 && s[k - 1] === '\t') return true;
  for (let j = 0; j < k; j++) if (!LINE_OPENERS.has(s[j])) return false;
  return true;
}

/** A line in capitals (`OPENING OF THE SESSION AT 10 A.M.`) keeps `A.M.` and `P.M.` in capitals. */
function setInCapitals(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false;
  let capitals = 0;
  for (let i = 0; i < s.length && capitals < 6; i++) if (/\p{Lu}/u.test(s[i])) capitals++;
  return capitals >= 6;
}
