// Reading a Word draft end to end: package → styles and numbering → paragraphs of the body, footnotes and
// endnotes → the text view the rules check, with the comments and tracked changes it still carries.

import { readComments, type WordComment } from './comments';
import { drawNoteMarks } from './notes';
import { NumberingCounter, readNumbering } from './numbering';
import { openDocx, DEFAULT_LIMITS, type DocxLimits, type DocxPackage } from './package';
import { readPartParagraphs, type ChangeView, type CommentAnchor, type PartParagraphs, type TrackedChange } from './paragraphs';
import { readStyles } from './styles';
import { buildTextView, type TextView, type ViewInput } from './text-view';
import type { TextRange } from '../core/types';

export interface WordDraft {
  readonly view: TextView;
  readonly document: PartParagraphs;
  readonly footnotes?: PartParagraphs;
  readonly endnotes?: PartParagraphs;
  readonly comments: readonly WordComment[];
  readonly anchors: readonly CommentAnchor[];
  readonly changes: readonly TrackedChange[];
  readonly pkg: DocxPackage;
  /** The view's lines read from text boxes (CheckOptions.asides): set beside the body, not numbered with it. */
  readonly asides: readonly TextRange[];
}

export interface ReadOptions {
  readonly limits?: DocxLimits;
  readonly view?: ChangeView;
}

/** Reads a .docx's bytes; throws DocxError when they are not a readable Word document. */
export function readWordDraft(bytes: Uint8Array, options: ReadOptions = {}): WordDraft {
  const pkg = openDocx(bytes, options.limits ?? DEFAULT_LIMITS);
  const view = options.view ?? 'rejected';
  const styles = readStyles(pkg.related('styles'), pkg.relatedName('styles'));
  const numbering = readNumbering(pkg.related('numbering'), styles, pkg.relatedName('numbering'));
  const document = readPartParagraphs(pkg.part(pkg.mainPart)!, 'document', pkg.mainPart, view);
  const notes = (type: 'footnotes' | 'endnotes') => {
    const xml = pkg.related(type);
    return xml === undefined ? undefined : readPartParagraphs(xml, type, pkg.relatedName(type)!, view);
  };
  const footnotes = notes('footnotes');
  const endnotes = notes('endnotes');
  const marks = drawNoteMarks(document, pkg.related('settings'), pkg.relatedName('settings'));
  const counter = new NumberingCounter(numbering, styles);
  // Text boxes are a story of their own: their lists count apart from the body's, all boxes together (as
  // Word's text-frame story, and LibreOffice, number them).
  const boxCounter = new NumberingCounter(numbering, styles);
  const body: ViewInput[] = document.paragraphs.map((paragraph) => {
    // An empty paragraph that only carries a section break shows no number and takes none (as Word exports it).
    if (paragraph.sectionBreak && paragraph.text === '') return { paragraph };
    // A paragraph joined to the one before (their mark rejected) is part of it, numbered with it.
    if (paragraph.joinsPrevious) return { paragraph };
    const label = (paragraph.inTextBox ? boxCounter : counter).next({ ...(paragraph.styleId !== undefined ? { styleId: paragraph.styleId } : {}), ...paragraph.numPr });
    return label ? { paragraph, label } : { paragraph };
  });
  const textView = buildTextView(body, footnotes?.paragraphs ?? [], endnotes?.paragraphs ?? [], marks);
  const inBox = new Set(document.paragraphs.filter((p) => p.inTextBox).map((p) => p.ordinal));
  const parts = [document, footnotes, endnotes].filter((p): p is PartParagraphs => p !== undefined);
  return {
    view: textView,
    document,
    ...(footnotes ? { footnotes } : {}),
    ...(endnotes ? { endnotes } : {}),
    comments: readComments(pkg.related('comments'), pkg.relatedName('comments')),
    anchors: parts.flatMap((p) => p.anchors),
    changes: parts.flatMap((p) => p.changes),
    pkg,
    asides: textBoxLines(textView, inBox),
  };
}

/** The view's ranges of body paragraphs in text boxes, a line each (a paragraph joined to a boxed one extends its range). */
function textBoxLines(view: TextView, inBox: ReadonlySet<number>): TextRange[] {
  const out: TextRange[] = [];
  let previousBoxed = false;
  for (const p of view.paragraphs) {
    const boxed = p.part === 'document' && inBox.has(p.ordinal);
    const end = p.textStart + p.textLength;
    if (boxed && p.continuesLine && previousBoxed) out[out.length - 1] = { start: out[out.length - 1].start, end };
    else if (boxed) out.push({ start: p.lineStart, end });
    previousBoxed = boxed;
  }
  return out;
}
