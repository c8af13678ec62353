// Comparing a text view with a plain-text export "whitespace aside": non-blank lines, blanks trimmed.

import type { WordDraft } from '../../server/src/docx/read';

/** Non-blank lines, blanks (and the BOM) trimmed: "whitespace aside". */
export function lines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s+|\s+$/g, ''))
    .filter((l) => l !== '');
}

/**
 * The body as the export has it: the text view's document paragraphs, less those in floating tables
 * (w:tblpPr), which Word's and LibreOffice's plain-text exports leave out but the view keeps.
 */
export function bodyLines(d: WordDraft): string[] {
  const out: string[] = [];
  for (const vp of d.view.paragraphs) {
    if (vp.part !== 'document' || d.document.paragraphs[vp.ordinal].inFloatingTable) continue;
    out.push(...lines(d.view.text.slice(vp.lineStart, vp.textStart + vp.textLength)));
  }
  return out;
}

