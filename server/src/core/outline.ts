// The report's outline as plain data: annexes, chapters, sections, other headings and numbered
// paragraphs, nested by level. The language server turns it into document symbols; folding uses it too.

import type { DraftModel, Heading, Paragraph } from './model';
import type { TextRange } from './types';

export type OutlineKind = 'annex' | 'chapter' | 'section' | 'heading' | 'paragraph';

export interface OutlineNode {
  readonly kind: OutlineKind;
  /** What a reader sees in the Outline: `IV. Organization of the meeting`, `21. Statements were made by…`. */
  readonly name: string;
  /** A short extra, e.g. the paragraphs a chapter holds (`paras. 20–30`). */
  readonly detail: string;
  /** From the heading or paragraph number to the end of its last non-blank line. */
  readonly range: TextRange;
  /** The heading text or the paragraph's first line: what the editor selects. */
  readonly selectionRange: TextRange;
  readonly startLine: number;
  readonly endLine: number;
  readonly children: OutlineNode[];
}

/** Longest paragraph name before it is cut at a word boundary and ends in `…`. */
export const PARAGRAPH_NAME_LENGTH = 60;

interface Open {
  node: MutableNode;
  level: number;
}

interface MutableNode extends OutlineNode {
  range: TextRange;
  endLine: number;
  detail: string;
}

/** Cuts `text` to at most `max` characters at a word boundary, ending in `…` when cut. */
export function truncateText(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let cut = t.lastIndexOf(' ', max - 1);
  if (cut < max / 2) cut = max - 1;
  return t.slice(0, cut).replace(/[\s,;:]+$/, '') + '…';
}

function headingLevel(h: Heading): number {
  if (h.kind === 'annex') return 0;
  if (h.kind === 'chapter') return 1;
  if (h.kind === 'section') return 2;
  return Math.max(3, h.level);
}

function headingName(h: Heading): string {
  if (h.kind === 'chapter' || h.kind === 'section') return h.title ? `${h.label}. ${h.title}` : `${h.label}.`;
  if (h.kind === 'other' && h.label) return `${h.label}. ${h.title}`;
  return h.title;
}

/** The paragraph's first line as a reader sees it: Markdown links shown as their text. */
export function paragraphFirstLine(model: DraftModel, p: Paragraph): string {
  const line = model.lines[p.line];
  const at = p.firstLineText === '' ? -1 : line.text.indexOf(p.firstLineText, p.numberRange.end - line.start);
  if (at === -1) return p.firstLineText.replace(/^\s+/, '');
  const from = line.start + at;
  const to = from + p.firstLineText.length;
  let out = '';
  let pos = from;
  for (const l of model.links) {
    if (l.range.end <= from) continue;
    if (l.range.start >= to) break;
    if (l.range.start < pos || l.range.end > to) continue;
    out += model.text.slice(pos, l.range.start) + l.text;
    pos = l.range.end;
  }
  out += model.text.slice(pos, to);
  return out.replace(/^\s+/, '');
}

function paragraphName(model: DraftModel, p: Paragraph): string {
  return truncateText(`${p.number}. ${paragraphFirstLine(model, p)}`, PARAGRAPH_NAME_LENGTH);
}

/** The last line of each paragraph including the lists and subparagraphs that belong to it. */
function paragraphEndLines(model: DraftModel): number[] {
  const ends = model.paragraphs.map((p) => p.endLine);
  for (const g of model.itemGroups) {
    if (g.paragraph < 0 || g.paragraph >= ends.length) continue;
    const last = g.items[g.items.length - 1];
    if (last && last.line > ends[g.paragraph]) ends[g.paragraph] = last.line;
  }
  return ends;
}

export function buildOutline(model: DraftModel): OutlineNode[] {
  const lines = model.lines;
  const kinds = model.lineKinds;
  // lastContent[i]: the last non-blank line at or before i (or -1).
  const lastContent: number[] = new Array(lines.length);
  let lc = -1;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'blank') lc = i;
    lastContent[i] = lc;
  }
  const endOfLine = (line: number): number => lines[line].end;

  const roots: MutableNode[] = [];
  const stack: Open[] = [];
  const close = (beforeLine: number): void => {
    const top = stack.pop() as Open;
    const last = Math.max(top.node.startLine, lastContent[Math.max(0, beforeLine - 1)] ?? top.node.startLine);
    top.node.endLine = Math.max(top.node.endLine, last);
    top.node.range = { start: top.node.range.start, end: Math.max(top.node.range.end, endOfLine(top.node.endLine)) };
  };
  const add = (node: MutableNode): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
  };

  const paraEnds = paragraphEndLines(model);
  let hi = 0;
  let pi = 0;
  const headings = model.headings;
  const paragraphs = model.paragraphs;
  while (hi < headings.length || pi < paragraphs.length) {
    const takeHeading = pi >= paragraphs.length || (hi < headings.length && headings[hi].line <= paragraphs[pi].line);
    if (takeHeading) {
      const h = headings[hi++];
      const level = headingLevel(h);
      while (stack.length > 0 && stack[stack.length - 1].level >= level) close(h.line);
      const line = lines[h.line];
      const node: MutableNode = {
        kind: h.kind === 'other' ? 'heading' : h.kind,
        name: headingName(h),
        detail: '',
        range: { start: Math.min(h.range.start, line.start + (line.text.length - line.text.trimStart().length)), end: h.range.end },
        selectionRange: h.range,
        startLine: h.line,
        endLine: h.line,
        children: [],
      };
      add(node);
      stack.push({ node, level });
    } else {
      const idx = pi++;
      const p = paragraphs[idx];
      const endLine = paraEnds[idx];
      const start = p.bracketed ? p.numberRange.start - 1 : p.numberRange.start;
      const node: MutableNode = {
        kind: 'paragraph',
        name: paragraphName(model, p),
        detail: '',
        range: { start, end: Math.max(p.range.end, endOfLine(endLine)) },
        selectionRange: { start, end: lines[p.line].end },
        startLine: p.line,
        endLine,
        children: [],
      };
      add(node);
    }
  }
  while (stack.length > 0) close(lines.length);
  for (const r of roots) setDetails(r);
  return roots;
}

/** Fills in each heading's `paras. a–b` from the paragraphs it holds; returns [first, last] numbers. */
function setDetails(node: MutableNode): [number, number] | undefined {
  if (node.kind === 'paragraph') {
    const n = Number(/^\d+/.exec(node.name)?.[0] ?? NaN);
    return Number.isFinite(n) ? [n, n] : undefined;
  }
  let span: [number, number] | undefined;
  for (const c of node.children) {
    const s = setDetails(c as MutableNode);
    if (!s) continue;
    span = span ? [span[0], s[1]] : s;
  }
  if (span) node.detail = span[0] === span[1] ? `para. ${span[0]}` : `paras. ${span[0]}–${span[1]}`;
  return span;
}
