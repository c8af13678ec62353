// Completion: the next paragraph number, section letter or chapter numeral at the start of a line.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionItemKind, Position, TextEdit } from 'vscode-languageserver';
import type { DraftModel } from '../core/index';
import { completionsAt } from '../core/completion';
import { toRange } from './conversions';

export function completions(doc: TextDocument, model: DraftModel, position: Position): CompletionItem[] {
  return completionsAt(model, doc.offsetAt(position)).map((s) => ({
    label: s.label,
    kind: s.kind === 'paragraph' ? CompletionItemKind.Value : CompletionItemKind.EnumMember,
    detail: s.detail,
    sortText: s.sortText,
    filterText: s.label,
    textEdit: TextEdit.replace(toRange(doc, s.range), s.insertText),
  }));
}
