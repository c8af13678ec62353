// Meeting numbers and their dates (R47): in `At its Nth meeting, on <date>` (`At the Nth meeting`,
// `At its Nth and Mth meetings, on …`, `plenary meeting`), one meeting has one date, meeting numbers
// rise with the dates, and every meeting of the report's own body (or of a committee of the whole)
// falls within the dates of the session given in the masthead, the title or a `held … from 3 to 5
// April 2018` sentence; another body's meetings (a bureau between sessions) keep their own numbering. A date a few weeks away from the
// session is reported; one further away is taken to be another session's meeting (`At its 10th
// plenary meeting, on 1 December 2023, the second Meeting …`) and left alone. Dates may omit the
// year (`on 26 November`): it comes from the session's dates or the text before. Bracketed,
// not yet agreed text is skipped. Report only: which of two dates is wrong is for the drafter.

import type { Rule, RuleContext } from '../rule';
import { assignBodies, readMentions, type Mention } from './meeting-dates/mentions';
import { distance, formatDay, nearest, ordinal, sessionSpans, spanLabel, type Span } from './meeting-dates/session-dates';

/** How far outside the session's dates a meeting date is still taken for a slip of this session. */
const NEAR_DAYS = 14;

export const meetingDatesRule: Rule = {
  meta: {
    id: 'meeting-dates',
    description: 'Meeting numbers rise with their dates, one meeting has one date, and every date falls within the session',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['dates', 'meetings'],
    conventions: ['R47', 'R28', 'R29'],
    messages: {
      beforeSession: '"{{mention}}" dates the meeting before the dates of the session ({{session}})',
      afterSession: '"{{mention}}" dates the meeting after the dates of the session ({{session}})',
      twoDates: 'The {{meeting}} meeting is dated {{date}} here but {{otherDate}} in "{{other}}"; one meeting has one date',
      numbersFall: 'The {{meeting}} meeting ({{date}}) is dated before the {{earlierMeeting}} meeting ({{earlierDate}}); meeting numbers rise with the dates',
    },
  },
  check(ctx) {
    const sessions = sessionSpans(ctx.model);
    const mentions = readMentions(ctx.model, ctx.text, sessions);
    if (mentions.length === 0) return;
    assignBodies(mentions);
    const inSession = sessionMentions(ctx, mentions, sessions);
    // One meeting, one date; numbers rise with dates — within each body's numbering.
    const groups = new Map<string, Mention[]>();
    for (const mt of inSession) {
      const k = `${mt.plenary}|${mt.key}`;
      const g = groups.get(k) ?? [];
      g.push(mt);
      groups.set(k, g);
    }
    for (const g of groups.values()) checkNumbering(ctx, g);
  },
};

/** Which mentions are of this session: within its dates, or near them (then reported). */
function sessionMentions(ctx: RuleContext, mentions: readonly Mention[], sessions: readonly Span[]): Mention[] {
  const inSession: Mention[] = [];
  const main = mainBody(mentions);
  if (sessions.length > 0) {
    for (const mt of mentions) {
      // Another body's meetings (a board, a bureau meeting between sessions) need not fall within the session;
      // a committee of the whole is the session's own committee and meets only during it.
      if (mt.key !== main && !/ of the Whole$/.test(mt.key)) {
        inSession.push(mt);
        continue;
      }
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
          messageId: outside.day < outside.span.first ? 'beforeSession' : 'afterSession',
          data: { mention: mt.text, session: spanLabel(outside.span) },
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
  return inSession;
}

/** The report's own body: the one whose meetings the draft mentions most. */
function mainBody(mentions: readonly Mention[]): string {
  const counts = new Map<string, number>();
  let best = '';
  for (const mt of mentions) {
    const n = (counts.get(mt.key) ?? 0) + 1;
    counts.set(mt.key, n);
    if (n > (counts.get(best) ?? 0)) best = mt.key;
  }
  return best;
}

/** One body's meetings: one meeting has one date, and the numbers rise with the dates. */
function checkNumbering(ctx: RuleContext, g: readonly Mention[]): void {
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
          messageId: 'twoDates',
          data: { meeting: ordinal(n), date: spanLabel(d), otherDate: spanLabel(prev.span), other: prev.mention.text },
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
        messageId: 'numbersFall',
        data: { meeting: ordinal(n), date: spanLabel(e.span), earlierMeeting: ordinal(latest.n), earlierDate: formatDay(latest.day) },
        range: e.mention.range,
        related: [{ range: latest.mention.range, message: `The ${ordinal(latest.n)} meeting is dated ${formatDay(latest.day)} here.` }],
      });
    }
    if (!latest || e.span.first > latest.day) latest = { n, day: e.span.first, mention: e.mention };
  }
}
