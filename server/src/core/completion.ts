// Completion as plain data: at the start of a line, the next paragraph number, the next section
// letter in the current chapter and the next chapter numeral, from what precedes the cursor.

import type { DraftModel, Heading } from './model';
import { toLetter, toRoman } from './parse/numerals';
import { LineIndex } from './text';
import type { TextRange } from './types';

export type CompletionKind = 'paragraph' | 'section' | 'chapter';

export interface CompletionSuggestion {
  readonly kind: CompletionKind;
  /** `22.`, `C.`, `VI.` */
  readonly label: string;
  /** What replaces `range`: the label and a space. */
  readonly insertText: string;
  /** The characters already typed that the suggestion replaces (may be empty). */
  readonly range: TextRange;
  readonly detail: string;
  /** Order of the suggestions: paragraph, section, chapter. */
  readonly sortText: string;
}

// Indentation, an optional Markdown heading marker, then what has been typed of the label.
const LINE_START_RE = /^([ \t]*)(#{1,6}[ \t]+)?([0-9A-Z]{0,7})$/;

export function completionsAt(model: DraftModel, offset: number): CompletionSuggestion[] {
  const index = new LineIndex(model.lines);
  const lineNo = index.lineAt(offset);
  const line = model.lines[lineNo];
  const before = model.text.slice(line.start, Math.min(offset, line.end));
  const m = LINE_START_RE.exec(before);
  if (!m) return [];
  const typed = m[3];
  const range = { start: offset - typed.length, end: offset };
  const heading = !!m[2];
  const digits = typed !== '' && /^\d+$/.test(typed);
  const letters = typed !== '' && /^[A-Z]+$/.test(typed);
  if (typed !== '' && !digits && !letters) return [];

  // Everything that stands before this line, in this line's scope (the body or one annex).
  const priorHeadings = model.headings.filter((h) => h.line < lineNo);
  let scope = 0;
  for (const h of priorHeadings) if (h.kind === 'annex') scope = h.scope;
  const inScope = priorHeadings.filter((h) => h.scope === scope);
  const out: CompletionSuggestion[] = [];

  if (!heading && !letters) {
    let last = 0;
    for (const p of model.paragraphs) if (p.line < lineNo && p.scope === scope) last = p.number;
    const n = last + 1;
    out.push({
      kind: 'paragraph', label: `${n}.`, insertText: `${n}. `, range, sortText: '1',
      detail: last === 0 ? 'First numbered paragraph' : `Next paragraph after paragraph ${last}`,
    });
  }
  if (!digits) {
    let chapter: Heading | undefined;
    let section: Heading | undefined;
    for (const h of inScope) {
      if (h.kind === 'chapter') {
        chapter = h;
        section = undefined;
      } else if (h.kind === 'section') section = h;
    }
    if (chapter) {
      const next = (section?.ordinal ?? 0) + 1;
      const letter = next <= 26 ? toLetter(next).toUpperCase() : '';
      if (letter) {
        out.push({
          kind: 'section', label: `${letter}.`, insertText: `${letter}. `, range, sortText: '2',
          detail: section ? `Next section of chapter ${chapter.label} after section ${section.label}` : `First section of chapter ${chapter.label}`,
        });
      }
    }
    const roman = toRoman((chapter?.ordinal ?? 0) + 1);
    if (roman) {
      out.push({
        kind: 'chapter', label: `${roman}.`, insertText: `${roman}. `, range, sortText: '3',
        detail: chapter ? `Next chapter after chapter ${chapter.label}` : 'First chapter',
      });
    }
  }
  return out;
}
