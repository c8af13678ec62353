// Go to definition: from a reference such as `paragraph 21` or `paras. 12–14` to the paragraph.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Location, LocationLink, Position } from 'vscode-languageserver';
import type { DraftModel } from '../core/index';
import { findParagraph, paragraphRefAt, scopeAtLine } from '../core/navigation';
import { toRange } from './conversions';

export function definition(doc: TextDocument, model: DraftModel, position: Position, linkSupport: boolean): Location[] | LocationLink[] | null {
  const at = paragraphRefAt(model, doc.offsetAt(position));
  if (!at) return null;
  const p = findParagraph(model, at.number.number, scopeAtLine(model, position.line));
  if (!p) return null;
  const target = toRange(doc, { start: p.numberRange.start, end: model.lines[p.line].end });
  const selection = toRange(doc, p.numberRange);
  if (linkSupport) return [LocationLink.create(doc.uri, target, selection, toRange(doc, at.number.range))];
  return [Location.create(doc.uri, selection)];
}
