// Outline (textDocument/documentSymbol): the core's outline of chapters, sections and paragraphs as
// hierarchical document symbols, or as a flat list with container names for older clients.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { DraftModel } from '../core/index';
import { buildOutline, OutlineKind, OutlineNode } from '../core/outline';
import { toRange } from './conversions';

const KINDS: Record<OutlineKind, SymbolKind> = {
  annex: SymbolKind.Module,
  chapter: SymbolKind.Namespace,
  section: SymbolKind.Struct,
  heading: SymbolKind.Property,
  paragraph: SymbolKind.String,
};

function toSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  return {
    name: n.name || '(untitled)',
    detail: n.detail,
    kind: KINDS[n.kind],
    range: toRange(doc, n.range),
    selectionRange: toRange(doc, n.selectionRange),
    children: n.children.map((c) => toSymbol(doc, c)),
  };
}

export function documentSymbols(doc: TextDocument, model: DraftModel): DocumentSymbol[] {
  return buildOutline(model).map((n) => toSymbol(doc, n));
}

export function symbolInformation(doc: TextDocument, model: DraftModel): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (nodes: readonly OutlineNode[], container?: string): void => {
    for (const n of nodes) {
      out.push(SymbolInformation.create(n.name || '(untitled)', KINDS[n.kind], toRange(doc, n.range), doc.uri, container));
      walk(n.children, n.name);
    }
  };
  walk(buildOutline(model));
  return out;
}
