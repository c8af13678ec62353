// References to agenda items ("considered agenda item 2, entitled “Legislation and frameworks”")
// agree with the agenda the report adopts: the item exists, its number is given, and its title is
// quoted in the agenda's own words. Reports without an adopted agenda are not checked.

import type { DraftModel } from '../model';
import { inRanges, isProseLine, opaqueRanges } from '../prose';
import { lineSentences, sentenceAt } from '../parse/sentences';
import type { MessageData, Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';

interface AgendaItem {
  /** `3` or `1 (c)`. */
  label: string;
  title: string;
  line: number;
  range: TextRange;
}

interface Agenda {
  items: Map<string, AgendaItem>;
  /** Line of the sentence that adopts the agenda. */
  introLine: number;
  introParagraph?: number;
}

/**
 * The sentence that introduces the adopted agenda, ending with a colon: "… adopted the following
 * provisional agenda:", "… adopted its agenda (…), as follows:", "The agenda was as follows:".
 * The line's last sentence, as the model splits it; plain string tests, so that no pattern scans
 * a long line more than once.
 */
function isAgendaIntro(model: DraftModel, line: number): boolean {
  const t = model.lines[line].text.trimEnd();
  if (!t.endsWith(':')) return false;
  const spans = lineSentences(model, line);
  const sentence = t.slice(spans[spans.length - 1][0]).toLowerCase();
  if (!/\bagenda\b/.test(sentence)) return false;
  return /\b(?:adopted|approved)\b/.test(sentence) || sentence.endsWith('as follows:');
}
/** An agenda for a later session is not the one the report adopted. */
/** Any double quotation mark, straight or curly. */
const DOUBLE_QUOTE_RE = /["\u201C\u201D]/;

const LATER_AGENDA_RE = /\bagenda for (?:its|the) [\w-]+ session\b/i;
/**
 * A sentence that places its reference in another session or in a joint meeting before it ("at the previous
 * session, the Commission had considered agenda item 7", "the next session would include agenda item 6", "at
 * the joint meeting of the Executive Boards, agenda item 2") or right after it ("agenda item 7 of the previous
 * session") cites that session's or meeting's agenda, not the one this report adopts. Read outside quoted
 * titles, so that an item entitled "Provisional agenda for the next session" is still checked, and a later
 * clause ("…, and approved the provisional agenda for its next session") does not excuse the reference.
 */
const OTHER_AGENDA = String.raw`(?:(?:previous|preceding|last|past|prior|earlier|next|forthcoming|future|subsequent|later|upcoming) (?:regular |annual |substantive |special )?sessions?|joint meetings?)\b`;
const OTHER_AGENDA_BEFORE_RE = new RegExp(String.raw`\b` + OTHER_AGENDA, 'i');
const OTHER_AGENDA_AFTER_RE = new RegExp(String.raw`^agenda item(?: \d{1,3}(?: ?\([a-z]{1,2}\))?)?(?:,? entitled "",?)? (?:of|at|during|for) (?:its|the|a) ` + OTHER_AGENDA, 'i');

/** Title text without its list punctuation: "Opening of the meeting;" → "Opening of the meeting". */
function cleanTitle(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:[;:,.]|;? and| and)$/i, '')
    .replace(/[;:,.]$/, '')
    .trim();
}

/** Comparison key: case, spacing, quotation and apostrophe styles and final punctuation do not matter. */
function titleKey(s: string): string {
  return cleanTitle(s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—‑]/g, '-'))
    .toLowerCase()
    .replace(/^"|"$/g, '');
}

/** The item's title with any wrapped lines that follow it (a title ends with . ; or :). */
function itemTitle(model: DraftModel, line: number, markerEnd: number): { text: string; end: number } {
  const l = model.lines[line];
  let text = model.text.slice(markerEnd, l.end).trim();
  let end = l.end;
  for (let k = line + 1; k < model.lines.length && k <= line + 4 && !/[.;:]\s*$/.test(text); k++) {
    const kind = model.lineKinds[k];
    if (kind !== 'text' && kind !== 'continuation') break;
    text += ' ' + model.lines[k].text.trim();
    end = model.lines[k].end;
  }
  return { text, end };
}

function findAgenda(model: DraftModel): Agenda | undefined {
  for (const g of model.itemGroups) {
    if (g.kind !== 'number' || g.items.length < 2 || g.items[0].ordinal !== 1) continue;
    let i = g.items[0].line - 1;
    while (i >= 0 && model.lineKinds[i] === 'blank') i--;
    if (i < 0) continue;
    const intro = model.lines[i].text;
    if (!isAgendaIntro(model, i) || LATER_AGENDA_RE.test(intro)) continue;
    const items = new Map<string, AgendaItem>();
    for (const it of g.items) {
      const t = itemTitle(model, it.line, it.markerRange.end);
      items.set(it.label, { label: it.label, title: cleanTitle(t.text), line: it.line, range: { start: it.markerRange.end, end: t.end } });
    }
    // Sub-items: lettered items of the same paragraph, under the numbered item above them.
    const numbered = g.items;
    const lastLine = numbered[numbered.length - 1].line;
    for (const sg of model.itemGroups) {
      if (sg.kind !== 'letter' || sg.paragraph !== g.paragraph) continue;
      for (const sub of sg.items) {
        if (sub.line < numbered[0].line) continue;
        let parent = -1;
        for (let k = 0; k < numbered.length && numbered[k].line < sub.line; k++) parent = k;
        if (parent === -1) continue;
        // After the last item, only lines right below it (before any other text) belong to it.
        if (parent === numbered.length - 1 && sub.line - lastLine > 30) continue;
        const label = `${numbered[parent].label} (${sub.label})`;
        const t = itemTitle(model, sub.line, sub.markerRange.end);
        items.set(label, { label, title: cleanTitle(t.text), line: sub.line, range: { start: sub.markerRange.end, end: t.end } });
      }
    }
    return { items, introLine: i, introParagraph: g.paragraph >= 0 ? model.paragraphs[g.paragraph]?.number : undefined };
  }
  return undefined;
}

// "agenda item 1 (c), entitled “…”", "agenda item, entitled "…"", "agenda item 12". The title is
// read by hand up to its closing quotation mark, so the pattern itself stays short and linear.
const REF_RE = /\bagenda item(?: (\d{1,3})(?: ?\(([a-z]{1,2})\))?)?(?=[\s,.;:)])/g;
const ENTITLED_RE = /^,? entitled ([“"])/;

/** Finds closing quotation marks on one line; remembers the last answer so repeated searches stay linear. */
class QuoteFinder {
  private readonly next = new Map<string, number>();
  constructor(private readonly t: string) {}
  end(from: number, open: string): number {
    const close = open === '“' ? '”' : '"';
    const known = this.next.get(close);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = this.t.indexOf(close, from);
    this.next.set(close, found);
    return found;
  }
}

/** The quoted title after a reference (`, entitled “Criminalization”`), with its range in the text. */
function titleAfter(t: string, afterRef: number, quotes: QuoteFinder, lineStart: number): { title?: string; titleRange?: TextRange } {
  const ent = ENTITLED_RE.exec(t.slice(afterRef));
  if (!ent) return {};
  const ts = afterRef + ent[0].length;
  const te = quotes.end(ts, ent[1]);
  return te === -1 ? {} : { title: t.slice(ts, te), titleRange: { start: lineStart + ts, end: lineStart + te } };
}

/**
 * A session named by its ordinal ("sixty-fourth session", "64th session"). Before a reference, a session
 * other than the report's own places the reference in that session's agenda ("the Committee for Programme
 * and Coordination, at its sixty-fourth session, considered agenda item 3").
 */
const ORDINAL_SESSION_RE =
  /\b((?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)|\d{1,3}(?:st|nd|rd|th)) (?:regular |special |resumed |substantive |annual )?session\b/gi;

/** The report's own session, by its ordinal, from the title block and headings above the agenda and its intro. */
function ownSession(model: DraftModel, introLine: number): string | undefined {
  for (let i = 0; i <= introLine; i++) {
    const kind = model.lineKinds[i];
    if (i !== introLine && kind !== 'front' && kind !== 'heading') continue;
    ORDINAL_SESSION_RE.lastIndex = 0;
    const m = ORDINAL_SESSION_RE.exec(model.lines[i].text);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}

/** Whether the sentence around `at` names another session or a joint meeting, outside its quoted titles. */
function citesOtherAgenda(t: string, spans: ReadonlyArray<[number, number]>, at: number, own: string | undefined): boolean {
  const [s, e] = sentenceAt(spans, at);
  const unquote = (x: string): string => x.replace(/“[^”]*”|"[^"]*"/g, '""');
  const before = unquote(t.slice(s, at));
  if (OTHER_AGENDA_BEFORE_RE.test(before) || OTHER_AGENDA_AFTER_RE.test(unquote(t.slice(at, e)))) return true;
  if (own === undefined) return false;
  ORDINAL_SESSION_RE.lastIndex = 0;
  for (let m = ORDINAL_SESSION_RE.exec(before); m !== null; m = ORDINAL_SESSION_RE.exec(before)) if (m[1].toLowerCase() !== own) return true;
  return false;
}

function checkReferences(ctx: RuleContext, agenda: Agenda): void {
  const { model } = ctx;
  const own = ownSession(model, agenda.introLine);
  const opaque = opaqueRanges(model);
  const byTitle = new Map<string, AgendaItem>();
  for (const it of agenda.items.values()) if (!byTitle.has(titleKey(it.title))) byTitle.set(titleKey(it.title), it);
  // Which agenda the messages name: the one adopted in a numbered paragraph, or just the adopted one.
  const id = (base: string): string => (agenda.introParagraph !== undefined ? base : `${base}NoParagraph`);
  const where: MessageData = agenda.introParagraph !== undefined ? { paragraph: agenda.introParagraph } : {};

  for (let i = 0; i < model.lines.length; i++) {
    if (!isProseLine(model, i) || i === agenda.introLine) continue;
    const kind = model.lineKinds[i];
    if (kind === 'list-item') continue;
    const line = model.lines[i];
    const t = line.text;
    const quotes = new QuoteFinder(t);
    let spans: Array<[number, number]> | undefined;
    REF_RE.lastIndex = 0;
    for (let m = REF_RE.exec(t); m !== null; m = REF_RE.exec(t)) {
      const refStart = line.start + m.index;
      if (inRanges(opaque, refStart)) continue;
      const number = m[1];
      const letter = m[2];
      const label = number ? (letter ? `${number} (${letter})` : number) : undefined;
      const afterRef = m.index + m[0].length;
      const { title, titleRange } = titleAfter(t, afterRef, quotes, line.start);
      // A reference to another body's agenda ("agenda item 18 of the General Assembly") is not ours.
      if (!title && /^ of\b/.test(t.slice(afterRef))) continue;
      if (citesOtherAgenda(t, spans ??= lineSentences(model, i), m.index, own)) continue;
      const item = label ? agenda.items.get(label) : undefined;
      const numberRange: TextRange = { start: refStart + 'agenda item '.length, end: line.start + afterRef };

      if (title !== undefined && titleRange) {
        const key = titleKey(title);
        const byName = byTitle.get(key);
        if (!label) {
          if (byName) {
            const insertAt = refStart + 'agenda item'.length;
            ctx.report({
              messageId: id('noNumber'),
              data: { title: clip(title), item: byName.label, ...where },
              range: { start: refStart, end: insertAt },
              related: [{ range: byName.range, message: `Item ${byName.label} of the agenda` }],
              fixes: [{ title: `Insert the item number ${byName.label}`, edits: [{ range: { start: insertAt, end: insertAt }, newText: ` ${byName.label}` }], safety: 'unsafe' }],
            });
          } else {
            ctx.report({ messageId: id('noNumberUnknownTitle'), data: { title: clip(title), ...where }, range: { start: refStart, end: line.start + afterRef } });
          }
          continue;
        }
        if (item && titleKey(item.title) === key) continue;
        if (byName && (!item || titleKey(item.title) !== key)) {
          // The title names another item: the number is what is wrong.
          ctx.report({
            ...(item
              ? { messageId: id('titleOfOtherItem'), data: { label, agendaTitle: clip(item.title), title: clip(title), item: byName.label, ...where } }
              : { messageId: id('unknownItemTitleOfOther'), data: { label, title: clip(title), item: byName.label, ...where } }),
            range: numberRange,
            related: [{ range: byName.range, message: `Item ${byName.label} of the agenda` }],
            // Whether the number or the title is wrong is the drafter's call.
            fixes: [{ title: `Change the item number to ${byName.label}`, edits: [{ range: numberRange, newText: byName.label }], safety: 'unsafe' }],
          });
          continue;
        }
        if (item) {
          ctx.report({
            messageId: id('wrongTitle'),
            data: { label, agendaTitle: clip(item.title), title: clip(title), ...where },
            range: titleRange,
            related: [{ range: item.range, message: `Item ${label} of the agenda` }],
            // A title that quotes something itself would close the reference's quotation early once
            // written in (UN practice turns the inner marks into single ones); that rewrite is the drafter's.
            fixes: DOUBLE_QUOTE_RE.test(item.title) ? [] : [{ title: `Replace the title by the agenda's wording`, edits: [{ range: titleRange, newText: item.title }], safety: 'unsafe' }],
          });
          continue;
        }
      }
      if (label && !item) {
        const known = [...agenda.items.keys()].filter((k) => !k.includes('(')).length;
        ctx.report({
          messageId: id(letter ? 'unknownSubItem' : 'unknownItem'),
          data: { label, count: known, ...where },
          range: numberRange,
        });
      }
    }
  }
}

/** The messages, each in two forms: the agenda adopted in a numbered paragraph, or the adopted agenda. */
const MESSAGES: Record<string, string> = {
  noNumber: '"agenda item, entitled “{{title}}”" gives no item number; it is item {{item}} of AGENDA',
  noNumberUnknownTitle: '"agenda item, entitled “{{title}}”" gives no item number, and no item of AGENDA has that title',
  titleOfOtherItem: 'Agenda item {{label}} is "{{agendaTitle}}" in AGENDA; the title “{{title}}” is item {{item}}',
  unknownItemTitleOfOther: 'Agenda item {{label}} is not in AGENDA; the title “{{title}}” is item {{item}}',
  wrongTitle: 'The title of agenda item {{label}} is "{{agendaTitle}}" in AGENDA, not “{{title}}”',
  unknownItem: 'Agenda item {{label}} is not in AGENDA, which has items 1 to {{count}}',
  unknownSubItem: 'Agenda item {{label}} is not in AGENDA, which has items 1 to {{count}} and their sub-items',
};

function agendaMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, template] of Object.entries(MESSAGES)) {
    out[id] = template.replace('AGENDA', 'the agenda adopted in paragraph {{paragraph}}');
    out[`${id}NoParagraph`] = template.replace('AGENDA', 'the adopted agenda');
  }
  return out;
}

function clip(s: string): string {
  return s.length <= 60 ? s : `${s.slice(0, 57)}…`;
}

export const agendaReferenceRule: Rule = {
  meta: {
    id: 'agenda-reference',
    description: 'References to agenda items give the number and title of the agenda the report adopts',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['structure', 'cross-reference'],
    conventions: ['R46'],
    messages: agendaMessages(),
  },
  check(ctx) {
    const agenda = findAgenda(ctx.model);
    if (!agenda) return;
    checkReferences(ctx, agenda);
  },
};
