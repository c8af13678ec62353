// UN document symbols (R5–R13, R18): each symbol well formed (slashes between components, `L.1`
// and `CRP.1` with a dot, `INF/1` and `RES/` with a slash, `Add.1`, four-digit years in ECOSOC
// series), documents of the meeting carrying the meeting's year, the report's own symbol in the
// masthead, and symbol references written one way (all linked or all plain) with real link
// targets; no space inside a symbol and one spelling per series (un/symbol-spelling.ts). The `/L.` ↔
// `Distr.: Limited` cross-check belongs to the masthead rule.

import type { Report, Rule, RuleContext } from '../rule';
import type { TextEdit } from '../types';
import { findOwnSymbol } from '../un/own-symbol';
import { scanWrittenSymbols, seriesSpellings, spacedSymbols } from '../un/symbol-spelling';
import { symbolProblems, type SymbolProblem } from '../un/symbol';
import { bodySymbols, correctedSymbol, parseSymbol, type Piece } from './document-symbol/symbols';
import { checkNearMisses } from './document-symbol/near-misses';
import { checkMeetingYear, checkOwnSymbol } from './document-symbol/own-symbol';
import { checkLinks } from './document-symbol/links';

export { correctedSymbol } from './document-symbol/symbols';

/** A change written after a space: `…/L.1 Add.1`. */
const SPACED_CHANGE_RE = /^ (Add|ADD|add|Corr|CORR|corr|Rev|REV|rev|Amend|AMEND|amend)\.?(\d{1,3})(?![A-Za-z0-9])/;

export const documentSymbolRule: Rule = {
  meta: {
    id: 'document-symbol',
    description: 'UN document symbols are well formed, agree with the meeting and the masthead, and are cited one way',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['symbols', 'masthead', 'links'],
    conventions: ['R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R13', 'R18'],
    messages: {
      malformedDot: '"{{symbol}}" is not a well-formed document symbol: "{{component}}" ({{meaning}}) takes its number after a dot; expected "{{expected}}"',
      malformedSlash: '"{{symbol}}" is not a well-formed document symbol: "{{component}}" ({{meaning}}) is followed by a slash; expected "{{expected}}"',
      malformedAddendum: '"{{symbol}}" is not a well-formed document symbol: an addendum is written "Add." and its number; expected "{{expected}}"',
      malformedAmendment: '"{{symbol}}" is not a well-formed document symbol: an amendment is written "Amend." and its number; expected "{{expected}}"',
      malformedCorrigendum: '"{{symbol}}" is not a well-formed document symbol: a corrigendum is written "Corr." and its number; expected "{{expected}}"',
      malformedRevision: '"{{symbol}}" is not a well-formed document symbol: a revision is written "Rev." and its number; expected "{{expected}}"',
      malformedBodyNumber: '"{{symbol}}" is not a well-formed document symbol: a subsidiary-body component is its prefix, a dot and its number; expected "{{expected}}"',
      malformedEcosocYear: '"{{symbol}}" is not a well-formed document symbol: the year in an Economic and Social Council symbol has four digits; expected "{{expected}}"',
      malformedEcosocYearUnsure: '"{{symbol}}" is not a well-formed document symbol: the year in an Economic and Social Council symbol has four digits',
      malformedSecurityCouncilYear: '"{{symbol}}" is not a well-formed document symbol: the year in a Security Council symbol has four digits; expected "{{expected}}"',
      malformedSecurityCouncilYearUnsure: '"{{symbol}}" is not a well-formed document symbol: the year in a Security Council symbol has four digits',
      malformedSeriesYear: '"{{symbol}}" is not a well-formed document symbol: the year in a "{{series}}/" symbol has four digits; expected "{{expected}}"',
      malformedSeveral: '"{{symbol}}" is not a well-formed document symbol: {{count}} of its components are written otherwise; expected "{{expected}}"',
      malformedSeveralUnsure: '"{{symbol}}" is not a well-formed document symbol: {{count}} of its components are written otherwise',
      spacedChange: '"{{written}}" writes a change to the text after a space; expected "{{expected}}"',
      placeholderTarget: 'The link "{{link}}" has a placeholder target "{{target}}"; expected "{{expected}}"',
      placeholderTargetUnknown: 'The link "{{link}}" has a placeholder target "{{target}}"; give the address of the document',
      linkOtherSymbol: 'The link "{{label}}" points at "{{addressed}}", another symbol; expected "{{expected}}"',
      plainAmongLinks: '"{{symbol}}" is written as plain text while the other symbol is a link; link it as "[{{symbol}}]({{target}})"',
      plainAmongLinksMany: '"{{symbol}}" is written as plain text while the other {{count}} symbols are links; link it as "[{{symbol}}]({{target}})"',
      linkAmongPlain: '"{{symbol}}" is a link while the other symbol is plain text; write it as plain text',
      linkAmongPlainMany: '"{{symbol}}" is a link while the other {{count}} symbols are plain text; write it as plain text',
      otherYear: '"{{symbol}}" is cited as a document of this meeting but says {{year}}; the meeting\'s documents in the series "{{series}}/" say {{expectedYear}} (as "{{reference}}" does)',
      mastheadLacksOwn: 'The masthead lacks the report\'s own symbol "{{symbol}}" (the symbol under which the text says the report is adopted)',
      mastheadOtherSymbol: 'The masthead symbol "{{symbol}}" does not match "{{own}}", the symbol under which the text says the report is adopted',
      backslashes: '"{{written}}" separates the components of a document symbol with backslashes; expected "{{expected}}"',
      spaceInside: '"{{written}}" has a space inside a document symbol; expected "{{expected}}"',
      hyphens: '"{{written}}" separates the components of a document symbol with hyphens; expected "{{expected}}"',
      spaced: 'A space inside the document symbol "{{written}}": write "{{expected}}"',
      spacedAsElsewhere: 'A space inside the document symbol "{{written}}": write "{{expected}}", as the report writes "{{other}}"',
      seriesSpelling: 'The symbol series "{{written}}" is written "{{usual}}" elsewhere in the report ({{count}} times): spell a series one way',
      seriesSpellingOnce: 'The symbol series "{{written}}" is written "{{usual}}" elsewhere in the report (1 time): spell a series one way',
    },
    options: [
      {
        name: 'meetingSeries',
        description: 'The series and year of the meeting\'s documents (`"UNODC/CCPCJ/EG.4/2018"`), used when neither the masthead nor the text gives the report\'s own symbol: documents of the meeting cited with another year in that series are reported. Empty: only the report\'s own symbol decides.',
        type: 'string',
        default: '',
        pattern: '^$|^[A-Z][A-Za-z0-9.-]*(?:/[A-Za-z0-9.-]+)*/(?:19|20|21)[0-9]{2}/?$',
        patternDescription: 'a symbol series ending in a four-digit year, such as "UNODC/CCPCJ/EG.4/2018"',
      },
    ],
  },
  check(ctx) {
    const model = ctx.model;
    const body = bodySymbols(model);
    const own = findOwnSymbol(model);
    checkForms(ctx, body);
    checkNearMisses(ctx);
    checkMeetingYear(ctx, body, own);
    checkOwnSymbol(ctx, own);
    checkLinks(ctx, body);
    const written = scanWrittenSymbols(model);
    for (const r of [...spacedSymbols(written), ...seriesSpellings(written)]) ctx.report(r);
  },
};

/** Four-digit years seen per series prefix (`UNODC/CCPCJ/EG.4` → [2018]). */
function seriesYears(pieces: readonly Piece[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of pieces) {
    const s = parseSymbol(p.text);
    if (!s || s.year === undefined) continue;
    const list = out.get(s.seriesPrefix) ?? [];
    if (!list.includes(s.year)) list.push(s.year);
    out.set(s.seriesPrefix, list);
  }
  return out;
}

/** The change words of `Add.1`, `Amend.1`, `Corr.1`, `Rev.1` by their message ids. */
const CHANGE_IDS: Readonly<Record<string, string>> = { Add: 'malformedAddendum', Amend: 'malformedAmendment', Corr: 'malformedCorrigendum', Rev: 'malformedRevision' };

/** The message id and data of a malformed symbol: one per kind of problem, `malformedSeveral` for more than one. */
function malformedMessage(symbol: string, problems: readonly SymbolProblem[], expected: string | undefined): Pick<Report, 'messageId' | 'data'> {
  const sure: Record<string, string> = expected === undefined ? {} : { expected };
  const unsure = expected === undefined ? 'Unsure' : '';
  if (problems.length > 1) return { messageId: `malformedSeveral${unsure}`, data: { symbol, count: problems.length, ...sure } };
  const [x] = problems;
  switch (x.kind) {
    case 'dotNumber': return { messageId: 'malformedDot', data: { symbol, component: x.component ?? '', meaning: x.meaning ?? '', ...sure } };
    case 'slashNumber': return { messageId: 'malformedSlash', data: { symbol, component: x.component ?? '', meaning: x.meaning ?? '', ...sure } };
    case 'change': return { messageId: CHANGE_IDS[x.component ?? ''], data: { symbol, ...sure } };
    case 'bodyNumber': return { messageId: 'malformedBodyNumber', data: { symbol, ...sure } };
    case 'ecosocYear': return { messageId: `malformedEcosocYear${unsure}`, data: { symbol, ...sure } };
    case 'securityCouncilYear': return { messageId: `malformedSecurityCouncilYear${unsure}`, data: { symbol, ...sure } };
    case 'seriesYear': return { messageId: 'malformedSeriesYear', data: { symbol, series: x.series ?? '', ...sure } };
  }
}

function checkForms(ctx: RuleContext, pieces: readonly Piece[]): void {
  const years = seriesYears(pieces);
  const seen = new Map<string, SymbolProblem[]>(); // the same symbol has the same problems throughout
  for (const p of pieces) {
    let problems = seen.get(p.text);
    if (!problems) {
      problems = symbolProblems(p.text, (prefix) => years.get(prefix));
      seen.set(p.text, problems);
    }
    if (problems.length > 0) {
      const edits: TextEdit[] = problems
        .filter((x) => x.expected !== undefined)
        .map((x) => ({ range: { start: p.start + x.start, end: p.start + x.end }, newText: x.expected as string }));
      const fixedText = correctedSymbol(p.text, years);
      const certain = edits.length === problems.length;
      ctx.report({
        ...malformedMessage(p.text, problems, certain ? fixedText : undefined),
        range: { start: p.start, end: p.start + p.text.length },
        // Separators and capitals are form; a two-digit year widened from the series' other symbols is a guess.
        fixes: edits.length > 0 ? [{ title: `Write the symbol as "${fixedText}"`, edits, safety: problems.some((x) => x.guessed) ? 'unsafe' : 'safe' }] : [],
      });
    }
    // `…/L.1 Add.1`: the change is a component of its own, after a slash.
    const end = p.start + p.text.length;
    if (end === p.ref.range.end && p.ref.link === -1) {
      const m = SPACED_CHANGE_RE.exec(ctx.text.slice(end, end + 12));
      if (m) {
        const word = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
        const fixed = `${p.text}/${word}.${m[2]}`;
        ctx.report({
          messageId: 'spacedChange',
          data: { written: ctx.text.slice(p.start, end + m[0].length), expected: fixed },
          range: { start: p.start, end: end + m[0].length },
          fixes: [{ title: `Write the symbol as "${fixed}"`, edits: [{ range: { start: end, end: end + m[0].length }, newText: `/${word}.${m[2]}` }], safety: 'safe' }],
        });
      }
    }
  }
}
