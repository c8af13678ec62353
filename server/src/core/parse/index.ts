// parseDraft: text in, DraftModel out, in a fixed number of linear passes. Never throws.

import type { DraftModel, ModelBase, ParseProblem } from '../model';
import { lineAtOffset, LineIndex, splitLines, type Line } from '../text';
import type { TextRange } from '../types';
import { opaqueRanges, scanBrackets, scanComments, scanLinks, scanQuotations, scanSymbols } from './inline';
import { findDocumentDate } from './document-date';
import { readLineRoles } from './line-roles';
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
  const quotations = scanQuotations(lines);
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
