// Hover: a UN document symbol explained component by component; a paragraph reference
// (`paragraph 21`, `para. 21`) shows where that paragraph stands and how it begins.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import type { DraftModel, Paragraph } from '../core/index';
import { findParagraph, paragraphRefAt, scopeAtLine } from '../core/navigation';
import { paragraphFirstLine, truncateText } from '../core/outline';
import { parseSymbol } from '../core/un/symbol';
import { toRange } from './conversions';

/** Longest paragraph text shown in a hover. */
const HOVER_TEXT_LENGTH = 300;

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}

export function symbolHover(doc: TextDocument, model: DraftModel, offset: number): Hover | null {
  const sym = model.symbols.find((s) => offset >= s.range.start && offset <= s.range.end);
  if (!sym) return null;
  const parsed = parseSymbol(sym.text);
  if (!parsed) return null;
  const rows = parsed.components.map((c) => `| \`${c.text}\` | ${escapeMarkdown(c.explanation)} |`);
  const value = [`**${escapeMarkdown(parsed.text)}**: ${escapeMarkdown(parsed.summary)}`, '', '| Component | Meaning |', '| --- | --- |', ...rows].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, sym.range) };
}

/** `IV. Organization of the meeting › B. Statements` for a paragraph. */
export function paragraphPlace(model: DraftModel, p: Paragraph): string {
  let chapter = '';
  let section = '';
  for (const h of model.headings) {
    if (h.line > p.line) break;
    if (h.kind === 'chapter' || h.kind === 'annex') {
      chapter = h.kind === 'chapter' ? `${h.label}. ${h.title}` : h.title;
      section = '';
    } else if (h.kind === 'section') section = `${h.label}. ${h.title}`;
  }
  return [chapter, section].filter((x) => x !== '').join(' › ');
}

export function paragraphHover(doc: TextDocument, model: DraftModel, offset: number, line: number): Hover | null {
  const at = paragraphRefAt(model, offset);
  if (!at) return null;
  const n = at.number.number;
  const p = findParagraph(model, n, scopeAtLine(model, line));
  let value: string;
  if (!p) value = `**Paragraph ${n}**: there is no paragraph ${n} in this report.`;
  else {
    const place = paragraphPlace(model, p);
    const text = truncateText(`${p.number}. ${paragraphFirstLine(model, p)}`, HOVER_TEXT_LENGTH);
    value = `**Paragraph ${n}**${place ? ` (${escapeMarkdown(place)})` : ''}, line ${p.line + 1}\n\n> ${escapeMarkdown(text)}`;
  }
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, at.number.range) };
}

export function hover(doc: TextDocument, model: DraftModel, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  return symbolHover(doc, model, offset) ?? paragraphHover(doc, model, offset, position.line);
}
