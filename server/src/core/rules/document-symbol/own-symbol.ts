// Agreement of the report's own symbols: documents of the meeting carry the meeting's year, and the
// symbol the text says the report is adopted under heads the masthead.

import type { DraftModel } from '../../model';
import type { RuleContext } from '../../rule';
import { stringOption } from '../../rule-options';
import type { OwnSymbol } from '../../un/own-symbol';
import { lineSentences, sentenceAt } from '../../parse/sentences';
import { splitDoubleSymbol } from '../../un/symbol';
import { correctedSymbol, lineOf, parseSymbol, type Piece } from './symbols';

/** Descriptions that name a document of the meeting itself, whatever its type. */
const OWN_DOC_CONTEXT_RE = /list of participants|provisional agenda|annotated agenda/i;
/** Descriptions that name documents before the meeting: an earlier report may be among them. */
const BEFORE_IT_RE = /had before it|documents? before the/i;
/** A description that names another session or meeting by its place: `its previous session`, `the next meeting`. */
const RELATIVE_SESSION_RE = /\b(?:previous|preceding|last|next|forthcoming|following|future|earlier|former|past|subsequent)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:sessions?|meetings?)\b/i;
/** A session named by its ordinal: `its fifty-fourth session`, `the twenty-first special session`. */
const ORDINAL_SESSION_RE = /\b((?:[a-z]+-)?[a-z]+(?:th|st|nd|rd))[ \u00a0]+(?:(?:regular|special|resumed|reconvened|ordinary|extraordinary|substantive)[ \u00a0]+)?session\b/gi;
/** How many lines at the top of the document may name the session the report is of. */
const FRONT_LINES = 40;

/**
 * Documents of this meeting carry its year: in the series of the report's own symbol, a symbol
 * cited in the documentation section or as the agenda, the list of participants or the report
 * must say the same year (`UNODC/CCPCJ/EG.4/2018/…` in a 2018 meeting).
 */
export function checkMeetingYear(ctx: RuleContext, pieces: readonly Piece[], own: OwnSymbol | undefined): void {
  const { model } = ctx;
  const ownParsed = own ? parseSymbol(own.text) : undefined;
  const masthead = model.masthead.symbols.map((s) => parseSymbol(splitDoubleSymbol(s.text)[0][1])).find((s) => s && s.year !== undefined);
  const reference = ownParsed && ownParsed.year !== undefined ? ownParsed : (masthead ?? configuredSeries(ctx));
  if (!reference || reference.year === undefined) return;
  const docSection = documentationLines(model);
  const thisSession = sessionOrdinal(model);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const s = parseSymbol(p.text);
    if (!s || s.year === undefined || s.year === reference.year || s.seriesPrefix !== reference.seriesPrefix) continue;
    const line = lineOf(model, p.start);
    // In a documentation list, only the papers of a session (INF/, CRP., L., WP., the agenda /1)
    // must be this session's: the report of an earlier meeting may be listed beside them.
    const sessionPaper = s.components.some((c) => (c.kind === 'series' && c.text === 'INF') || (c.kind === 'special' && /^(?:CRP|L|WP)\./.test(c.text)))
      || (s.components[s.components.length - 1].kind === 'serial' && s.components[s.components.length - 1].text === '1');
    let context = docSection.has(line) && sessionPaper;
    if (!context) {
      // The description just before the symbol, back to the sentence start or the previous symbol.
      const l = model.lines[line];
      const [a] = sentenceAt(lineSentences(model, line), p.start - l.start);
      let from = l.start + a;
      const prev = pieces[i - 1];
      if (prev && prev.start + prev.text.length > from && prev.start + prev.text.length <= p.start) from = prev.start + prev.text.length;
      const description = model.text.slice(Math.max(from, p.start - 160), p.start);
      context = OWN_DOC_CONTEXT_RE.test(description) || (sessionPaper && BEFORE_IT_RE.test(description));
    }
    if (!context || namesOtherSession(model, line, p.start, thisSession)) continue;
    ctx.report({
      messageId: 'otherYear',
      data: { symbol: p.text, year: s.year, series: reference.seriesPrefix, expectedYear: reference.year, reference: reference.text },
      range: { start: p.start, end: p.start + p.text.length },
    });
  }
}

/** The ordinal of the session the report is of, as its front matter names it (`Fifty-fifth session`), lower-cased. */
function sessionOrdinal(model: DraftModel): string | undefined {
  const end = Math.min(model.lines.length, model.paragraphs.length > 0 ? model.paragraphs[0].line : FRONT_LINES, FRONT_LINES);
  for (let i = 0; i < end; i++) {
    ORDINAL_SESSION_RE.lastIndex = 0;
    const m = ORDINAL_SESSION_RE.exec(model.lines[i].text);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}

/**
 * The symbol's sentence, up to it, names another session: a relative one (`its previous session`) or one by
 * an ordinal that is not this report's (`the provisional agenda for its fifty-fourth session`; any ordinal
 * when the report does not say its own). Its documents carry that session's year.
 */
function namesOtherSession(model: DraftModel, line: number, at: number, thisSession: string | undefined): boolean {
  const l = model.lines[line];
  const [a] = sentenceAt(lineSentences(model, line), at - l.start);
  const before = model.text.slice(Math.max(l.start + a, at - 200), at);
  if (RELATIVE_SESSION_RE.test(before)) return true;
  ORDINAL_SESSION_RE.lastIndex = 0;
  for (let m = ORDINAL_SESSION_RE.exec(before); m !== null; m = ORDINAL_SESSION_RE.exec(before)) {
    if (m[1].toLowerCase() !== thisSession) return true;
  }
  return false;
}

/** The meeting's series and year from the rule's option `meetingSeries` (`UNODC/CCPCJ/EG.4/2018`), read as a symbol of it. */
function configuredSeries(ctx: RuleContext): ReturnType<typeof parseSymbol> {
  const series = stringOption(ctx, 'meetingSeries').replace(/\/+$/, '');
  if (series === '') return undefined;
  const parsed = parseSymbol(`${series}/1`);
  return parsed && parsed.year !== undefined ? { ...parsed, text: series } : undefined;
}

/** Lines of a section or chapter whose heading is about documentation. */
function documentationLines(model: DraftModel): Set<number> {
  const out = new Set<number>();
  const hs = model.headings;
  for (let i = 0; i < hs.length; i++) {
    if (!/^documentation\b|^documents\b/i.test(hs[i].title.trim())) continue;
    let end = model.lines.length;
    for (let j = i + 1; j < hs.length; j++) {
      if (hs[j].level <= hs[i].level) {
        end = hs[j].line;
        break;
      }
    }
    for (let l = hs[i].line + 1; l < end; l++) out.add(l);
  }
  return out;
}

/**
 * The symbol the report says it was adopted under must head the masthead. In a final document the
 * masthead carries the final symbol and the text cites the draft it adopted (`…/L.1`): no finding.
 */
export function checkOwnSymbol(ctx: RuleContext, own: OwnSymbol | undefined): void {
  const { model } = ctx;
  if (!own) return;
  const ownNorm = correctedSymbol(own.text);
  const mast = model.masthead.symbols.flatMap((s) => splitDoubleSymbol(s.text).map(([, t]) => t));
  if (mast.some((t) => correctedSymbol(t) === ownNorm)) return;
  const related = [{ range: own.ref.range, message: `The report is adopted under "${own.text}" here.` }];
  if (mast.length === 0) {
    const at = mastheadInsertionPoint(model);
    if (at === undefined) return;
    const anchor = model.masthead.distribution?.range ?? model.masthead.original?.range ?? { start: at, end: at };
    ctx.report({
      messageId: 'mastheadLacksOwn',
      data: { symbol: ownNorm },
      range: anchor,
      related,
      // A line the draft lacks, read from the text's own account of itself: the drafter confirms it.
      fixes: [{ title: `Add "${ownNorm}" to the masthead`, edits: [{ range: { start: at, end: at }, newText: `${ownNorm}\n` }], safety: 'unsafe' }],
    });
    return;
  }
  const parsedOwn = parseSymbol(ownNorm);
  const general = model.masthead.distribution?.value.toLowerCase() === 'general';
  if (parsedOwn?.limited && general) return; // a final report citing its draft
  const first = model.masthead.symbols[0];
  ctx.report({
    messageId: 'mastheadOtherSymbol',
    data: { symbol: first.text, own: own.text },
    range: first.range,
    related,
  });
}

/** Start of the masthead's first line: where a missing symbol goes, as a line of its own. */
function mastheadInsertionPoint(model: DraftModel): number | undefined {
  const first = model.masthead.firstLine;
  if (first === undefined) return undefined;
  return model.lines[first].start;
}
