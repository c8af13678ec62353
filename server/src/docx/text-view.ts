// The text view of a Word draft: one line a paragraph, its automatic number in front as Word draws it,
// the body first, then the footnotes and the endnotes under a separator line; and the map from an offset
// in that text back to the Word paragraph (part, ordinal, w14:paraId) and the offset in its visible text.
// Paragraphs joined by a mark the change view removes share one line, each keeping its own map entry.

import type { ListLabel } from './numbering';
import type { DocxParagraph, PartKind } from './paragraphs';
import { lowerBound } from '../core/sorted';

export interface ViewParagraph {
  readonly part: PartKind;
  readonly ordinal: number;
  readonly paraId?: string;
  readonly label?: ListLabel;
  /**
   * Offset in the view where the paragraph's line starts (its label, if any, comes first); for a paragraph
   * that continues the previous one's line (`continuesLine`), where its text starts.
   */
  readonly lineStart: number;
  /** Joined to the previous paragraph's line: the mark between them does not exist in the change view. */
  readonly continuesLine?: true;
  /** Offset in the view where the paragraph's visible text starts. */
  readonly textStart: number;
  readonly textLength: number;
}

/** A text-view offset in Word terms. */
export interface WordLocation {
  readonly part: PartKind;
  /** 0-based ordinal of the paragraph in its part (document order, table cells included). */
  readonly paragraph: number;
  readonly paraId?: string;
  /** Offset in the paragraph's visible text (0 when the view offset is in the number Word draws). */
  readonly offset: number;
  /** True when the view offset falls in the automatic number (or note label), not in the text. */
  readonly inLabel: boolean;
}

export interface TextView {
  readonly text: string;
  readonly paragraphs: readonly ViewParagraph[];
  /** The Word position of a view offset (the end of the text maps to the end of the last paragraph). */
  locate(offset: number): WordLocation | undefined;
}

export interface ViewInput {
  readonly paragraph: DocxParagraph;
  readonly label?: ListLabel;
}

/** Line under which the notes follow, as plain-text exports of UN documents print it. */
export const NOTES_SEPARATOR = '__________';

/**
 * Builds the view. Footnotes' and endnotes' first paragraphs get the note's mark in front (`marks`, by
 * `footnote:<id>`; a note without one, its order in the part).
 * Tab suffixes after a number are written as a space, as Word's own plain-text export writes them.
 */
export function buildTextView(body: readonly ViewInput[], footnotes: readonly DocxParagraph[], endnotes: readonly DocxParagraph[], marks: ReadonlyMap<string, string> = new Map()): TextView {
  const pieces: string[] = [];
  const paragraphs: ViewParagraph[] = [];
  let length = 0;
  const add = (p: DocxParagraph, prefix: string, label?: ListLabel) => {
    const previous = paragraphs[paragraphs.length - 1];
    const continues = p.joinsPrevious && previous !== undefined && previous.part === p.part;
    if (continues) prefix = '';
    else if (paragraphs.length > 0 || length > 0) {
      pieces.push('\n');
      length += 1;
    }
    const lineStart = length;
    pieces.push(prefix, p.text);
    length += prefix.length + p.text.length;
    const entry: ViewParagraph = { part: p.part, ordinal: p.ordinal, ...(p.paraId !== undefined ? { paraId: p.paraId } : {}), ...(label && !continues ? { label } : {}), ...(continues ? { continuesLine: true as const } : {}), lineStart, textStart: lineStart + prefix.length, textLength: p.text.length };
    paragraphs.push(entry);
  };
  for (const { paragraph, label } of body) add(paragraph, label ? labelPrefix(label) : '', label);
  for (const [type, notes] of [['footnote', footnotes], ['endnote', endnotes]] as const) {
    if (notes.length === 0) continue;
    pieces.push(length > 0 ? '\n\n' : '', NOTES_SEPARATOR);
    length += (length > 0 ? 2 : 0) + NOTES_SEPARATOR.length;
    let n = 0;
    let lastNote: string | undefined;
    for (const p of notes) {
      const first = p.noteId !== lastNote && !p.joinsPrevious;
      lastNote = p.noteId;
      if (first) n++;
      add(p, first ? `${marks.get(`${type}:${p.noteId}`) ?? n} ` : '');
    }
  }
  const text = pieces.join('');
  return { text, paragraphs, locate: (offset) => locate(paragraphs, offset) };
}

function labelPrefix(label: ListLabel): string {
  if (label.text === '') return '';
  return label.text + (label.suffix === '' ? '' : ' ');
}

function locate(paragraphs: readonly ViewParagraph[], offset: number): WordLocation | undefined {
  if (paragraphs.length === 0 || offset < 0) return undefined;
  // The last paragraph whose line starts at or before the offset.
  const at = lowerBound(paragraphs.length, (k) => paragraphs[k].lineStart > offset) - 1;
  if (at < 0) return undefined;
  const p = paragraphs[at];
  const inLabel = offset < p.textStart;
  const within = Math.min(Math.max(offset - p.textStart, 0), p.textLength);
  return { part: p.part, paragraph: p.ordinal, ...(p.paraId !== undefined ? { paraId: p.paraId } : {}), offset: within, inLabel };
}
