// UN document symbols (R5–R13, R18): each symbol well formed (slashes between components, `L.1`
// and `CRP.1` with a dot, `INF/1` and `RES/` with a slash, `Add.1`, four-digit years in ECOSOC
// series), documents of the meeting carrying the meeting's year, the report's own symbol in the
// masthead, and symbol references written one way (all linked or all plain) with real link
// targets; no space inside a symbol and one spelling per series (un/symbol-spelling.ts). The `/L.` ↔
// `Distr.: Limited` cross-check belongs to the masthead rule.

import type { Rule, RuleContext } from '../rule';
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
      malformed: '"{{symbol}}" is not a well-formed document symbol: {{reasons}}; expected "{{expected}}"',
      malformedUnsure: '"{{symbol}}" is not a well-formed document symbol: {{reasons}}',
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
      const reasons = problems.map((x) => x.reason).join('; ');
      ctx.report({
        ...(certain ? { messageId: 'malformed', data: { symbol: p.text, reasons, expected: fixedText } } : { messageId: 'malformedUnsure', data: { symbol: p.text, reasons } }),
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
