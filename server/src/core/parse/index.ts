// parseDraft: text in, DraftModel out, in a fixed number of linear passes. Never throws.

import type { DraftModel, LineKind, ModelBase, ParseProblem } from '../model';
import { lineAtOffset, LineIndex, splitLines, type Line } from '../text';
import type { TextRange } from '../types';
import { opaqueRanges, scanBrackets, scanComments, scanLinks, scanQuotations, scanSymbols } from './inline';
import { findDocumentDate } from './document-date';
import { isBlockQuote, readLineRoles } from './line-roles';
import { readLists, readStateLists } from './lists';
import { parseMasthead } from './masthead';
import { scanSentences } from './sentences';
import { parseStructure } from './structure';

/** `asides`: ranges of the text set beside the body (CheckOptions.asides). */
export function parseDraft(text: string, asides: readonly TextRange[] = []): DraftModel {
  const lines = splitLines(text);
  const index = new LineIndex(lines);
  const comments = scanComments(text, (o) => index.lineAt(o));
  const commentRanges = comments.map((c) => c.range);
  const links = scanLinks(lines, commentRanges);
  const linkBrackets = links.flatMap((l) => [
    { start: l.range.start, end: l.textRange.start },
    { start: l.textRange.end, end: l.textRange.end + 1 },
  ]);
  const skipForBrackets = [...commentRanges, ...linkBrackets].sort((a, b) => a.start - b.start);
  const brackets = scanBrackets(lines, skipForBrackets);
  const inlineQuotations = scanQuotations(lines);
  const symbols = scanSymbols(text, links, commentRanges);
  const structure = parseStructure(lines, asideLines(lines, asides));
  const masthead = parseMasthead(lines, structure.bodyStartLine, symbols);
  const lineKinds = structure.lineKinds;
  for (let i = masthead.firstLine ?? 0; masthead.lastLine !== undefined && i <= masthead.lastLine; i++) {
    if (lineKinds[i] === 'text') lineKinds[i] = 'masthead';
  }
  for (let i = 0; i < structure.bodyStartLine && i < lines.length; i++) if (lineKinds[i] === 'text') lineKinds[i] = 'front';
  for (const c of comments) {
    for (let i = c.line; i <= c.endLine; i++) {
      const l = lines[i];
      const inside = l.start + (l.text.length - l.text.trimStart().length) >= c.range.start && l.end <= c.range.end;
      if (inside && lineKinds[i] !== 'blank') lineKinds[i] = 'comment';
    }
  }

  const sentences = scanSentences(text, lines, lineKinds, structure.contentStarts);
  const quotations = withBlockQuotes(lines, lineKinds, inlineQuotations);

  const problems: ParseProblem[] = [];
  const last = comments[comments.length - 1];
  if (last && !text.startsWith('-->', last.range.end - 3)) {
    problems.push({ range: last.range, message: 'An HTML comment "<!--" is never closed with "-->"; the rest of the draft is treated as a comment.' });
  }
  const base: ModelBase = {
    text, lines, lineKinds, contentStarts: structure.contentStarts, masthead,
    documentDate: findDocumentDate(lines, masthead, structure.bodyStartLine), headings: structure.headings,
    paragraphs: structure.paragraphs, itemGroups: structure.itemGroups, links, comments, brackets, symbols, opaque: opaqueRanges(links, comments, symbols),
    quotations, sentences, annexStartLine: structure.annexStartLine, problems,
  };
  const lists = readLists(base);
  return { ...base, lists, stateLists: readStateLists(base), lineReadings: readLineRoles(base, lists) };
}

/** A mark per line that an aside covers whole (its text from the line's start to its end). */
function asideLines(lines: readonly Line[], asides: readonly TextRange[]): Uint8Array | undefined {
  if (asides.length === 0 || lines.length === 0) return undefined;
  const marks = new Uint8Array(lines.length);
  for (const a of asides) {
    for (let i = lineAtOffset(lines, a.start); i < lines.length && lines[i].start < a.end; i++) {
      if (lines[i].start >= a.start && lines[i].end <= a.end) marks[i] = 1;
    }
  }
  return marks;
}

/**
 * The quotations with the text of Markdown block quotes added (`> …` lines, as line-roles reads them): quoted text
 * is reproduced as its source wrote it, in a block as in quotation marks. Sorted and disjoint, as inRanges needs.
 */
function withBlockQuotes(lines: readonly Line[], lineKinds: readonly LineKind[], inline: TextRange[]): TextRange[] {
  const blocks: { start: number; end: number }[] = [];
  let previousQuoted = false;
  for (let i = 0; i < lines.length; i++) {
    const quoted = lineKinds[i] !== 'comment' && lineKinds[i] !== 'blank' && isBlockQuote(lines[i].text);
    if (quoted && previousQuoted) blocks[blocks.length - 1].end = lines[i].end;
    else if (quoted) blocks.push({ start: lines[i].start, end: lines[i].end });
    previousQuoted = quoted;
  }
  if (blocks.length === 0) return inline;
  // Union of two sorted lists of ranges, in one merge.
  const out: TextRange[] = [];
  let a = 0;
  let b = 0;
  while (a < inline.length || b < blocks.length) {
    const next = b >= blocks.length || (a < inline.length && inline[a].start <= blocks[b].start) ? inline[a++] : blocks[b++];
    const last = out[out.length - 1];
    if (last && next.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, next.end) };
    else out.push({ start: next.start, end: next.end });
  }
  return out;
}
