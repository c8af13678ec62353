// What the part walker (paragraphs.ts) keeps while reading: the open paragraph and what a text box
// saves of it, the elements it skips or reads as tracked changes, and the pure steps it takes on them.

import type { DocxParagraph, PartKind, Run, SectionNotes, TrackedChange } from './paragraph-model';
import type { XmlStart } from './xml';

export const CHANGE_KINDS: Readonly<Record<string, TrackedChange['kind']>> = {
  'w:ins': 'insertion',
  'w:del': 'deletion',
  'w:moveFrom': 'move-from',
  'w:moveTo': 'move-to',
};

/**
 * Containers whose content is not text (OLE objects, field instructions, former properties...). Drawings
 * (w:drawing, w:pict) are walked for their text boxes only: they hold no other w:t.
 */
export const SKIPPED = new Set(['w:object', 'w:instrText', 'w:delInstrText', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange']);

/** Note types that are not notes (the separators Word draws above the notes). */
export const SEPARATOR_NOTES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export interface OpenParagraph {
  ordinal: number;
  paraId?: string;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  text: string;
  runs: Run[];
  xmlStart: number;
  inTable: boolean;
  inFloatingTable: boolean;
  inTextBox: boolean;
  joinsPrevious: boolean;
  /** False once a tracked change removes the paragraph's mark in this view. */
  markInView: boolean;
  noteId?: string;
  sectionBreak?: boolean;
}

/** What the anchoring paragraph was reading when a text box opened inside it. */
export interface SavedReading {
  readonly p: OpenParagraph | undefined;
  readonly run: Run | undefined;
  readonly runHidden: boolean;
  readonly fields: boolean[];
  readonly pendingRefs: number[];
}

/** The paragraph as the part's reading keeps it, once its end tag (ending at `end`) is read. */
export function closedParagraph(p: OpenParagraph, part: PartKind, end: number): DocxParagraph {
  const numPr = p.numId !== undefined || p.ilvl !== undefined ? { ...(p.numId !== undefined ? { numId: p.numId } : {}), ...(p.ilvl !== undefined && Number.isInteger(p.ilvl) ? { ilvl: p.ilvl } : {}) } : undefined;
  const paragraph: DocxParagraph = {
    part,
    ordinal: p.ordinal,
    ...(p.paraId !== undefined ? { paraId: p.paraId } : {}),
    ...(p.styleId !== undefined ? { styleId: p.styleId } : {}),
    ...(numPr ? { numPr } : {}),
    text: p.text,
    runs: p.runs,
    xmlStart: p.xmlStart,
    xmlEnd: end,
    inTable: p.inTable,
    inFloatingTable: p.inFloatingTable,
    inTextBox: p.inTextBox,
    joinsPrevious: p.joinsPrevious,
    sectionBreak: p.sectionBreak === true,
    ...(p.noteId !== undefined ? { noteId: p.noteId } : {}),
  };
  return paragraph;
}

/** Note numbering of the section being read (w:sectPr/w:footnotePr or w:endnotePr); `stack` ends with the tag's name. */
export function sectionNotes(stack: readonly string[], section: SectionNotes, tag: XmlStart): void {
  const n = stack.length;
  if (stack[n - 2] === 'w:sectPr' && tag.name === 'w:type') section.continuous = tag.attrs.get('w:val') === 'continuous';
  if (stack[n - 3] !== 'w:sectPr') return;
  const notes = stack[n - 2] === 'w:footnotePr' ? section.footnote : stack[n - 2] === 'w:endnotePr' ? section.endnote : undefined;
  const val = tag.attrs.get('w:val');
  if (!notes || val === undefined) return;
  if (tag.name === 'w:numFmt') notes.format = val;
  else if (tag.name === 'w:numStart') notes.start = Number(val);
  else notes.restart = val;
}

export function changeAttrs(tag: XmlStart): { id?: string; author?: string; date?: string } {
  const id = tag.attrs.get('w:id');
  const author = tag.attrs.get('w:author');
  const date = tag.attrs.get('w:date');
  return { ...(id !== undefined ? { id } : {}), ...(author !== undefined ? { author } : {}), ...(date !== undefined ? { date } : {}) };
}

