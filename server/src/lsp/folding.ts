// Folding ranges: chapters, sections, annexes, multi-line paragraphs, the masthead and long comments,
// as the core computes them.

import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { DraftModel } from '../core/index';
import { foldingRanges } from '../core/folding';

export function folding(model: DraftModel): FoldingRange[] {
  return foldingRanges(model).map((r) => ({
    startLine: r.startLine,
    endLine: r.endLine,
    kind: r.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
  }));
}
