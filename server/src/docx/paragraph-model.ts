// The shapes paragraphs.ts reads a Word part into: paragraphs, runs and segments pointing back into the
// part's XML, tracked changes, comment anchors, note references and sections.

export type PartKind = 'document' | 'footnotes' | 'endnotes';

/** How tracked changes are read: as if all were rejected (the base text) or all accepted. */
export type ChangeView = 'rejected' | 'accepted';

export type SegmentKind = 'text' | 'delText' | 'tab' | 'break' | 'symbol' | 'hyphen' | 'noteRef';

export interface Segment {
  /** What it shows: the w:t text (entities decoded), `\t` for w:tab, `\n` for a line break, a note's mark... */
  text: string;
  readonly kind: SegmentKind;
  /** Offset of `text` in the paragraph's visible text. */
  offset: number;
  /**
   * Range in the part's XML string (UTF-16 units, end-exclusive): for `text` and `delText` the raw
   * content between the start and end tags (entities still encoded: see xmlOffsetAt); for the others
   * the element itself.
   */
  readonly xmlStart: number;
  readonly xmlEnd: number;
}

export interface Run {
  /** Range of the w:r element in the part's XML. */
  readonly xmlStart: number;
  xmlEnd: number;
  /** The run lies in a tracked deletion (`del`), insertion (`ins`), or is not changed. */
  readonly change?: 'del' | 'ins';
  readonly segments: Segment[];
}

export interface NumberingProps {
  readonly numId?: string;
  readonly ilvl?: number;
}

export interface DocxParagraph {
  readonly part: PartKind;
  /**
   * 0-based, document order in its part (the order of the w:p start tags, paragraphs in table cells and
   * text boxes included). PartParagraphs.paragraphs is in reading order, which differs only where a text
   * box is anchored in a paragraph joined to the next (its paragraphs follow the joined line).
   */
  readonly ordinal: number;
  readonly paraId?: string;
  readonly styleId?: string;
  /** The paragraph's own w:numPr (numbering may also come from its style). */
  readonly numPr?: NumberingProps;
  /** The visible text in the chosen change view. */
  text: string;
  readonly runs: readonly Run[];
  /** Range of the w:p element in the part's XML. */
  readonly xmlStart: number;
  readonly xmlEnd: number;
  readonly inTable: boolean;
  /** In a floating table (positioned on the page, w:tblpPr): LibreOffice's text export leaves these out. */
  readonly inFloatingTable: boolean;
  /** In a text box (w:txbxContent): read after the paragraph that anchors the box; plain-text exports leave it out. */
  readonly inTextBox: boolean;
  /**
   * The previous paragraph's mark does not exist in the change view (a tracked insertion of the mark, read
   * rejected; a tracked deletion, read accepted): this paragraph continues that paragraph's line.
   */
  readonly joinsPrevious: boolean;
  /** The paragraph's mark ends a section (its w:pPr holds a w:sectPr). */
  readonly sectionBreak: boolean;
  /** The w:id of the footnote or endnote the paragraph belongs to. */
  readonly noteId?: string;
}

export interface TrackedChange {
  readonly kind: 'insertion' | 'deletion' | 'move-from' | 'move-to' | 'paragraph-mark-insertion' | 'paragraph-mark-deletion';
  readonly id?: string;
  readonly author?: string;
  readonly date?: string;
  readonly part: PartKind;
  readonly paragraph: number;
  /** The text inserted or deleted (empty for a paragraph mark). */
  text: string;
}

export interface CommentAnchor {
  readonly commentId: string;
  readonly part: PartKind;
  /** The paragraph where the commented range starts (or holding the comment's reference). */
  readonly paragraph: number;
  /** Offset in that paragraph's visible text where the range starts. */
  readonly offset: number;
}

/** A footnote or endnote reference in the text; its mark is drawn by notes.ts once sections are known. */
export interface NoteReference {
  readonly type: 'footnote' | 'endnote';
  readonly id: string;
  /** The author typed the mark in the text that follows (w:customMarkFollows): no number is drawn. */
  readonly customMark: boolean;
  /** Index of the section holding it (sections end at each w:sectPr). */
  readonly section: number;
  paragraph: DocxParagraph | undefined;
  /** The segment that shows the mark (undefined when the reference is not in the view). */
  readonly segment: Segment | undefined;
}

/** A section's own note numbering (w:sectPr/w:footnotePr, w:endnotePr). */
export interface SectionNotes {
  footnote: NoteNumbering;
  endnote: NoteNumbering;
  /** The section follows on the same page (w:type continuous). */
  continuous?: boolean;
}

export interface NoteNumbering {
  format?: string;
  start?: number;
  restart?: string;
}

export interface PartParagraphs {
  readonly part: PartKind;
  readonly paragraphs: DocxParagraph[];
  readonly changes: TrackedChange[];
  readonly anchors: CommentAnchor[];
  readonly noteReferences: NoteReference[];
  /** One entry per section, in order (the document part only). */
  readonly sections: SectionNotes[];
}

