// The one place where core data meets protocol data: offsets <-> positions, severities, line endings.
// The core speaks 0-based UTF-16 offsets with end-exclusive ranges; LSP positions are line/character in
// UTF-16 code units too (the default position encoding), so only the line split differs.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver';
import type * as core from '../core/index';

export function toRange(doc: TextDocument, r: core.TextRange): Range {
  return Range.create(doc.positionAt(r.start), doc.positionAt(r.end));
}

export function toOffsets(doc: TextDocument, r: Range): core.TextRange {
  const a = doc.offsetAt(r.start);
  const b = doc.offsetAt(r.end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

export function toSeverity(s: core.Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return DiagnosticSeverity.Information;
  }
}

/** The document's line ending: the first line break decides; `\n` when there is none. */
export function lineEnding(text: string): string {
  const i = text.indexOf('\n');
  if (i > 0 && text.charCodeAt(i - 1) === 13) return '\r\n';
  if (i === -1 && text.indexOf('\r') !== -1) return '\r';
  return '\n';
}

/** The core writes `\n` in new text; a CRLF document gets its own line ending back. */
export function adaptNewlines(newText: string, eol: string): string {
  if (eol === '\n' || newText.indexOf('\n') === -1) return newText;
  return newText.replace(/\r\n|\n/g, eol);
}

/** Core edits with newlines adapted to the document (still core offsets). */
export function adaptEdits(edits: readonly core.TextEdit[], eol: string): core.TextEdit[] {
  return edits.map((e) => ({ range: e.range, newText: adaptNewlines(e.newText, eol) }));
}

/** Core findings whose fixes write the document's line ending. */
export function adaptFindings(findings: readonly core.Finding[], eol: string): core.Finding[] {
  if (eol === '\n') return findings.slice();
  return findings.map((f) => ({ ...f, fixes: f.fixes.map((x) => ({ ...x, edits: adaptEdits(x.edits, eol) })) }));
}

export function toTextEdits(doc: TextDocument, edits: readonly core.TextEdit[]): TextEdit[] {
  return edits.map((e) => TextEdit.replace(toRange(doc, e.range), e.newText));
}
