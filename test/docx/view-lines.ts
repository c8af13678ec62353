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
 * The body as the export has it: the text view's document paragraphs (paragraphs joined on one line
 * taken together), less those in floating tables (w:tblpPr) and text boxes, which Word's and
 * LibreOffice's plain-text exports leave out but the view keeps; `withBoxes` keeps the text boxes.
 */
export function bodyLines(d: WordDraft, withBoxes = false): string[] {
  const byOrdinal = new Map(d.document.paragraphs.map((p) => [p.ordinal, p]));
  const out: string[] = [];
  let line = '';
  const flush = () => {
    out.push(...lines(line));
    line = '';
  };
  for (const vp of d.view.paragraphs) {
    const p = byOrdinal.get(vp.ordinal);
    if (vp.part !== 'document' || !p || p.inFloatingTable || (p.inTextBox && !withBoxes)) continue;
    if (!vp.continuesLine) flush();
    line += d.view.text.slice(vp.lineStart, vp.textStart + vp.textLength);
  }
  flush();
  return out;
}
