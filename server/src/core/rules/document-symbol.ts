// UN document symbols (R5–R13, R18): each symbol well formed (slashes between components, `L.1`
// and `CRP.1` with a dot, `INF/1` and `RES/` with a slash, `Add.1`, four-digit years in ECOSOC
// series), documents of the meeting carrying the meeting's year, the report's own symbol in the
// masthead, and symbol references written one way (all linked or all plain) with real link
// targets; no space inside a symbol and one spelling per series (un/symbol-spelling.ts). The `/L.` ↔
// `Distr.: Limited` cross-check belongs to the masthead rule.

import { lineAtOffset } from '../text';
import type { DocumentSymbolRef, DraftModel, Link } from '../model';
import { inRanges } from '../parse/inline';
import type { Rule, RuleContext } from '../rule';
import type { Fix, TextEdit, TextRange } from '../types';
import { findOwnSymbol, type OwnSymbol } from '../un/own-symbol';
import { resolutionOrgan, resolutionSymbol } from '../un/resolutions';
import { lineSentences, sentenceAt } from '../parse/sentences';
import { scanWrittenSymbols, seriesSpellings, spacedSymbols } from '../un/symbol-spelling';
import { parseSymbol as parseSymbolUncached, splitDoubleSymbol, symbolProblems, type ParsedSymbol, type SymbolProblem } from '../un/symbol';

const UNDOCS = 'https://undocs.org/';

/** The address of a symbol: parentheses and spaces encoded, so that the Markdown link that holds it stays whole. */
function undocsAddress(symbol: string): string {
  return `${UNDOCS}${symbol.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')}`;
}

/** Slash, backslash or mixed tokens that start with an upper-case organ: candidates the parser may not take. */
const TOKEN_RE = /(?<![A-Za-z0-9./\\-])[A-Z]{1,10}(?:[\\/][A-Za-z0-9.*-]+)+/g;
/** `E-CN.15-2011-19`: hyphens for slashes. */
const HYPHEN_TOKEN_RE = /(?<![A-Za-z0-9./\\-])[A-Z]{1,10}(?:-[A-Za-z0-9.]+){2,12}(?![A-Za-z0-9.\/-])/g;
const BODY_PREFIXES = new Set(['CN', 'C', 'AC', 'CONF', 'WG', 'EG', 'SC', 'GC', 'Sub']);
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

/** Parsed symbols by text: a report cites the same symbols again and again (a bounded cache; results are not modified). */
const parsedCache = new Map<string, ParsedSymbol | undefined>();

function parseSymbol(text: string): ParsedSymbol | undefined {
  if (parsedCache.has(text)) return parsedCache.get(text);
  const parsed = parseSymbolUncached(text);
  if (parsedCache.size >= 4096) parsedCache.clear();
  parsedCache.set(text, parsed);
  return parsed;
}

interface Piece {
  readonly ref: DocumentSymbolRef;
  readonly text: string;
  readonly start: number;
}

/** Symbols shown to readers (link targets left out), double symbols split into their parts. */
function bodySymbols(model: DraftModel): Piece[] {
  const out: Piece[] = [];
  for (const ref of model.symbols) {
    if (ref.inTarget) continue;
    for (const [off, text] of splitDoubleSymbol(ref.text)) out.push({ ref, text, start: ref.range.start + off });
  }
  return out;
}

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

/** The corrected form of a symbol, or the symbol itself when nothing is certain to change. */
export function correctedSymbol(text: string, years?: Map<string, number[]>): string {
  const problems = symbolProblems(text, years ? (prefix) => years.get(prefix) : undefined);
  let out = '';
  let pos = 0;
  for (const p of problems) {
    if (p.expected === undefined) continue;
    out += text.slice(pos, p.start) + p.expected;
    pos = p.end;
  }
  return out + text.slice(pos);
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
        message: certain
          ? `"${p.text}" is not a well-formed document symbol: ${reasons}; expected "${fixedText}"`
          : `"${p.text}" is not a well-formed document symbol: ${reasons}`,
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
          message: `"${ctx.text.slice(p.start, end + m[0].length)}" writes a change to the text after a space; expected "${fixed}"`,
          range: { start: p.start, end: end + m[0].length },
          fixes: [{ title: `Write the symbol as "${fixed}"`, edits: [{ range: { start: end, end: end + m[0].length }, newText: `/${word}.${m[2]}` }], safety: 'safe' }],
        });
      }
    }
  }
}

/** Ranges no symbol check looks into: comments and link targets (each list sorted and disjoint). */
function skipRanges(model: DraftModel): { comments: TextRange[]; targets: TextRange[] } {
  return { comments: model.comments.map((c) => c.range), targets: model.links.map((l) => l.targetRange) };
}

function skipped(skip: { comments: TextRange[]; targets: TextRange[] }, offset: number): boolean {
  return inRanges(skip.comments, offset) || inRanges(skip.targets, offset);
}

/** True when `offset` sits in a URL: the whitespace-delimited word around it has `://` or `www.` before it. */
function inUrl(text: string, offset: number): boolean {
  let w = offset;
  while (w > 0 && offset - w < 300 && !/\s/.test(text[w - 1])) w--;
  const word = text.slice(w, offset);
  return word.indexOf('://') !== -1 || word.indexOf('www.') !== -1;
}

/** Near misses the parser does not take for symbols: backslashes, a space inside, hyphens for slashes. */
function checkNearMisses(ctx: RuleContext): void {
  const { text, model } = ctx;
  const skip = skipRanges(model);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    let tok = m[0];
    while (tok.length > 0 && /[.*-]/.test(tok[tok.length - 1])) tok = tok.slice(0, -1);
    if (skipped(skip, start) || inUrl(text, start)) continue;
    const end = start + tok.length;
    if (tok.indexOf('\\') !== -1) {
      const fixed = tok.replace(/\\/g, '/');
      if (!/\d/.test(fixed) || fixed.split('/').length < 3 || !parseSymbol(fixed)) continue;
      const better = correctedSymbol(fixed);
      ctx.report({
        message: `"${tok}" separates the components of a document symbol with backslashes; expected "${better}"`,
        range: { start, end },
        fixes: [{ title: `Write the symbol as "${better}"`, edits: [{ range: { start, end }, newText: better }], safety: 'safe' }],
      });
      continue;
    }
    // `E/CN 15/2011/19`: a body prefix, a space, its number, and the rest of the symbol.
    const comps = tok.split('/');
    const last = comps[comps.length - 1];
    if (comps.length >= 2 && BODY_PREFIXES.has(last)) {
      const rest = /^ (\d{1,3})(\/[A-Za-z0-9.]+)+/.exec(text.slice(end, end + 80));
      if (rest) {
        const fixed = `${tok}.${text.slice(end + 1, end + rest[0].length)}`;
        if (parseSymbol(fixed) && /\d/.test(fixed)) {
          ctx.report({
            message: `"${tok} ${text.slice(end + 1, end + rest[0].length)}" has a space inside a document symbol; expected "${fixed}"`,
            range: { start, end: end + rest[0].length },
            fixes: [{ title: `Write the symbol as "${fixed}"`, edits: [{ range: { start: end, end: end + 1 }, newText: '.' }], safety: 'safe' }],
          });
        }
      }
    }
  }
  HYPHEN_TOKEN_RE.lastIndex = 0;
  for (let m = HYPHEN_TOKEN_RE.exec(text); m !== null; m = HYPHEN_TOKEN_RE.exec(text)) {
    let tok = m[0];
    while (tok.endsWith('.')) tok = tok.slice(0, -1);
    const start = m.index;
    if (skipped(skip, start) || inUrl(text, start)) continue;
    const comps = tok.split('-');
    // Only what is clearly a symbol: a numbered body (`CN.15`) and a four-digit year or a number.
    if (!comps.slice(1).some((c) => /^[A-Z][A-Za-z]{0,5}\.\d{1,4}$/.test(c))) continue;
    if (!comps.slice(2).some((c) => /^\d{1,5}$/.test(c))) continue;
    const fixed = correctedSymbol(comps.join('/'));
    if (!parseSymbol(fixed)) continue;
    ctx.report({
      message: `"${tok}" separates the components of a document symbol with hyphens; expected "${fixed}"`,
      range: { start, end: start + tok.length },
      fixes: [{ title: `Write the symbol as "${fixed}"`, edits: [{ range: { start, end: start + tok.length }, newText: fixed }], safety: 'safe' }],
    });
  }
}

/** Descriptions that name a document of the meeting itself, whatever its type. */
const OWN_DOC_CONTEXT_RE = /list of participants|provisional agenda|annotated agenda/i;
/** Descriptions that name documents before the meeting: an earlier report may be among them. */
const BEFORE_IT_RE = /had before it|documents? before the/i;

/**
 * Documents of this meeting carry its year: in the series of the report's own symbol, a symbol
 * cited in the documentation section or as the agenda, the list of participants or the report
 * must say the same year (`UNODC/CCPCJ/EG.4/2018/…` in a 2018 meeting).
 */
function checkMeetingYear(ctx: RuleContext, pieces: readonly Piece[], own: OwnSymbol | undefined): void {
  const { model } = ctx;
  const ownParsed = own ? parseSymbol(own.text) : undefined;
  const masthead = model.masthead.symbols.map((s) => parseSymbol(splitDoubleSymbol(s.text)[0][1])).find((s) => s && s.year !== undefined);
  const reference = ownParsed && ownParsed.year !== undefined ? ownParsed : masthead;
  if (!reference || reference.year === undefined) return;
  const docSection = documentationLines(model);
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
    if (!context) continue;
    ctx.report({
      message: `"${p.text}" is cited as a document of this meeting but says ${s.year}; the meeting's documents in the series "${reference.seriesPrefix}/" say ${reference.year} (as "${reference.text}" does)`,
      range: { start: p.start, end: p.start + p.text.length },
    });
  }
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

function lineOf(model: DraftModel, offset: number): number {
  return lineAtOffset(model.lines, offset);
}

/**
 * The symbol the report says it was adopted under must head the masthead. In a final document the
 * masthead carries the final symbol and the text cites the draft it adopted (`…/L.1`): no finding.
 */
function checkOwnSymbol(ctx: RuleContext, own: OwnSymbol | undefined): void {
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
      message: `The masthead lacks the report's own symbol "${ownNorm}" (the symbol under which the text says the report is adopted)`,
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
    message: `The masthead symbol "${first.text}" does not match "${own.text}", the symbol under which the text says the report is adopted`,
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

/** Placeholder link targets, links pointing at another symbol, and references written two ways. */
function checkLinks(ctx: RuleContext, pieces: readonly Piece[]): void {
  const { model, text } = ctx;
  const mastStarts = new Set(model.masthead.symbols.map((s) => s.range.start));
  for (const link of model.links) {
    const target = link.target.trim();
    const label = link.text.trim();
    if (target === '#' || target === '') {
      const symbol = placeholderTarget(model, link);
      const fixes: Fix[] = symbol
        ? [{ title: `Point the link at ${undocsAddress(symbol)}`, edits: [{ range: link.targetRange, newText: undocsAddress(symbol) }], safety: 'safe' }]
        : [];
      ctx.report({
        message: symbol
          ? `The link "${text.slice(link.range.start, link.range.end)}" has a placeholder target "${target}"; expected "${undocsAddress(symbol)}"`
          : `The link "${text.slice(link.range.start, link.range.end)}" has a placeholder target "${target}"; give the address of the document`,
        range: link.range,
        fixes,
      });
      continue;
    }
    // `[A/79/437](https://undocs.org/A/79/436)`: the address names another symbol.
    // An optional language before the symbol is lower case (`/en/`); `TD/` is the symbol's organ.
    const u = /^https?:\/\/(?:www\.)?undocs\.org\/(?:(?:ar|en|es|fr|ru|zh)\/)?([^?#\s]+)$/.exec(target);
    const labelSymbol = parseSymbol(label) && splitDoubleSymbol(label).length === 1 ? label : undefined;
    if (u && labelSymbol) {
      let addressed = u[1];
      try {
        addressed = decodeURIComponent(addressed);
      } catch {
        // keep it as written
      }
      if (addressed.toLowerCase() !== labelSymbol.toLowerCase() && addressed.toLowerCase() !== correctedSymbol(labelSymbol).toLowerCase()) {
        const want = undocsAddress(correctedSymbol(labelSymbol));
        ctx.report({
          message: `The link "${label}" points at "${addressed}", another symbol; expected "${want}"`,
          range: link.range,
          // The label or the address may be the wrong one.
          fixes: [{ title: `Point the link at ${want}, the symbol its text shows`, edits: [{ range: link.targetRange, newText: want }], safety: 'unsafe' }],
        });
      }
    }
  }

  // All linked or all plain: the minority is reported (a tie favours links). Symbols of the
  // masthead and the title lines above the body are never links and are not counted.
  const frontEnd = model.masthead.frontEndLine > 0 ? model.lines[Math.min(model.masthead.frontEndLine, model.lines.length) - 1].next : 0;
  // Nor are the symbols of a resolution header, `[on the report of the Third Committee (A/78/481)]` (R42).
  const refs = pieces.filter(
    (p) => p.start === p.ref.range.start && !mastStarts.has(p.ref.range.start) && p.start >= frontEnd && !inResolutionHeader(model, p.start),
  );
  const linked = refs.filter((p) => p.ref.link !== -1);
  const plain = refs.filter((p) => p.ref.link === -1);
  if (linked.length === 0 || plain.length === 0) return;
  if (linked.length >= plain.length) {
    for (const p of plain) {
      const sym = p.ref.text;
      const target = undocsAddress(correctedSymbol(splitDoubleSymbol(sym)[0][1]));
      ctx.report({
        message: `"${sym}" is written as plain text while the other ${linked.length === 1 ? 'symbol is a link' : `${linked.length} symbols are links`}; link it as "[${sym}](${target})"`,
        range: p.ref.range,
        fixes: [{ title: `Link "${sym}" to ${target}`, edits: [{ range: p.ref.range, newText: `[${sym}](${target})` }], safety: 'safe' }],
      });
    }
  } else {
    for (const p of linked) {
      const link = model.links[p.ref.link];
      const exact = link.text === p.ref.text;
      ctx.report({
        message: `"${p.ref.text}" is a link while the other ${plain.length === 1 ? 'symbol is' : `${plain.length} symbols are`} plain text; write it as plain text`,
        range: link.range,
        fixes: exact ? [{ title: `Unlink "${p.ref.text}"`, edits: [{ range: link.range, newText: link.text }], safety: 'safe' }] : [],
      });
    }
  }
}

/** True when `offset` is on a resolution header line: `[on the report of the … Committee (A/78/481)]`. */
function inResolutionHeader(model: DraftModel, offset: number): boolean {
  const line = model.lines[lineOf(model, offset)];
  return /^\s*\[(?:on the report of|without reference to)\b/.test(line.text);
}

/** What a placeholder link stands for: its text when that is a symbol, or a resolution of a named organ. */
function placeholderTarget(model: DraftModel, link: Link): string | undefined {
  const label = link.text.trim();
  // A symbol has no spaces or parentheses; written into the target they would end the link early,
  // and the fix would be offered again on every pass.
  if (/[\s()]/.test(label)) return undefined;
  if (parseSymbol(label) && splitDoubleSymbol(label).length === 1 && /^[A-Z]/.test(label)) return correctedSymbol(label);
  if (!/^(?:E?S-)?\d{1,4}\/\d{1,4}$/.test(label)) return undefined;
  const li = lineOf(model, link.range.start);
  const line = model.lines[li];
  const spans = lineSentences(model, li);
  const rel = link.textRange.start - line.start;
  const [a, b] = sentenceAt(spans, rel);
  const sentence = line.text.slice(a, b);
  const organ = resolutionOrgan(sentence, rel - a, link.range.end - line.start - a);
  return organ ? resolutionSymbol(organ, label) : undefined;
}
