// Folding ranges as plain data: the masthead block, annexes, chapters, sections, other headings,
// paragraphs that span several lines (continuation lines, lists, subparagraphs) and multi-line comments.

import type { DraftModel } from './model';
import { buildOutline, OutlineNode } from './outline';

export interface FoldRange {
  /** 0-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'region' | 'comment';
}

export function foldingRanges(model: DraftModel, outline: readonly OutlineNode[] = buildOutline(model)): FoldRange[] {
  const out: FoldRange[] = [];
  const m = model.masthead;
  if (m.firstLine !== undefined && m.lastLine !== undefined && m.lastLine > m.firstLine) {
    out.push({ startLine: m.firstLine, endLine: m.lastLine, kind: 'region' });
  }
  const walk = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.endLine > n.startLine) out.push({ startLine: n.startLine, endLine: n.endLine, kind: 'region' });
      walk(n.children);
    }
  };
  walk(outline);
  for (const c of model.comments) {
    if (c.endLine > c.line) out.push({ startLine: c.line, endLine: c.endLine, kind: 'comment' });
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}
