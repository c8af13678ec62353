// The paragraphs of a Word part (document.xml, footnotes.xml, endnotes.xml) in reading order, tables row by
// row, text boxes after the paragraph that anchors them, each with its visible text as runs of segments
// that point back into the part's XML, so that an offset in the text maps to an offset in the XML. Tracked
// changes are read one way for the whole run (`view`, rejected by default: see docs/word.md), paragraph
// marks included, and recorded, with the comments' anchors, for reporting.

import type { ChangeView, CommentAnchor, DocxParagraph, NoteReference, PartKind, PartParagraphs, Run, Segment, SectionNotes, SegmentKind, TrackedChange } from './paragraph-model';
import { ParagraphFlow } from './paragraph-flow';
import { CHANGE_KINDS, changeAttrs, closedParagraph, SEPARATOR_NOTES, sectionNotes, SKIPPED, type OpenParagraph, type SavedReading } from './paragraph-reading';
import { decodeXmlText } from './xml-text';
import { parseXml, isOn, type XmlStart } from './xml';

export type * from './paragraph-model';
export { decodeXmlText, xmlOffsetAt } from './xml-text';

/** Reads the paragraphs of one part. `xml` is the part's text; `partName` names it in error messages. */
export function readPartParagraphs(xml: string, part: PartKind, partName: string, view: ChangeView = 'rejected'): PartParagraphs {
  const walker = new Walker(xml, part, view);
  parseXml(xml, partName, walker);
  walker.finish();
  return { part, paragraphs: walker.paragraphs, changes: walker.changes, anchors: walker.anchors, noteReferences: walker.noteReferences, sections: walker.sections };
}

class Walker {
  private readonly flow = new ParagraphFlow();
  readonly paragraphs: DocxParagraph[] = this.flow.paragraphs;
  readonly changes: TrackedChange[] = [];
  readonly anchors: CommentAnchor[] = [];
  readonly noteReferences: NoteReference[] = [];
  readonly sections: SectionNotes[] = [{ footnote: {}, endnote: {} }];
  private readonly stack: string[] = [];
  private skipDepth = 0;
  /** Open tables, innermost last: true for a floating one (w:tblpPr). */
  private readonly tables: boolean[] = [];
  private ordinal = 0;
  private p: OpenParagraph | undefined;
  private run: Run | undefined;
  private runHidden = false;
  /** Open tracked-change elements, innermost last. */
  private readonly changeStack: TrackedChange[] = [];
  /** Per open field: true while in its instruction (between begin and separate). */
  private fields: boolean[] = [];
  /** Per open mc:AlternateContent: true once one of its mc:Choice is read (the rest and mc:Fallback are not). */
  private readonly alternates: boolean[] = [];
  /** Per open text box, what its anchoring paragraph was reading. */
  private readonly boxes: SavedReading[] = [];
  private noteId: string | undefined;
  private inSeparatorNote = false;
  private pendingAnchors: string[] = [];
  /** Note references in the open paragraph, by index in noteReferences. */
  private pendingRefs: number[] = [];
  /** Offset of the start tag's `<` of the element being read. */
  private tagStart = 0;

  constructor(
    private readonly xml: string,
    private readonly part: PartKind,
    private readonly view: ChangeView,
  ) {}

  open(tag: XmlStart): void {
    const name = tag.name;
    this.tagStart = tag.start;
    this.stack.push(name);
    if (this.skipDepth > 0 || SKIPPED.has(name) || this.alternateTaken(name)) {
      this.skipDepth++;
      return;
    }
    this.openElement(tag);
  }

  /** Markup compatibility: the first mc:Choice is read (every feature it requires is read as text), else the mc:Fallback. */
  private alternateTaken(name: string): boolean {
    if (name !== 'mc:Choice' && name !== 'mc:Fallback') return false;
    const n = this.alternates.length;
    if (n === 0 || this.alternates[n - 1]) return true;
    this.alternates[n - 1] = true;
    return false;
  }

  private openElement(tag: XmlStart): void {
    const name = tag.name;
    switch (name) {
      case 'w:footnote':
      case 'w:endnote':
        this.flow.boundary();
        this.noteId = tag.attrs.get('w:id');
        this.inSeparatorNote = SEPARATOR_NOTES.has(tag.attrs.get('w:type') ?? '');
        return;
      case 'w:tbl':
        this.flow.boundary();
        this.tables.push(false);
        return;
      case 'w:tr':
      case 'w:tc':
        this.flow.boundary();
        return;
      case 'mc:AlternateContent':
        this.alternates.push(false);
        return;
      case 'w:txbxContent':
        this.openTextBox();
        return;
      case 'w:tblpPr':
        if (this.stack[this.stack.length - 2] === 'w:tblPr' && this.tables.length > 0) this.tables[this.tables.length - 1] = true;
        return;
      case 'w:p':
        this.openParagraph(tag);
        return;
      case 'w:r':
        this.run = { xmlStart: this.tagStart, xmlEnd: tag.end, segments: [], ...(this.currentChange() ? { change: this.currentChange() } : {}) };
        this.runHidden = false;
        return;
      case 'w:ins':
      case 'w:del':
      case 'w:moveFrom':
      case 'w:moveTo':
        if (this.stack[this.stack.length - 2] === 'w:rPr' && this.stack[this.stack.length - 3] === 'w:pPr') this.paragraphMark(tag);
        else this.openChange(tag);
        return;
      case 'w:commentRangeStart':
      case 'w:commentReference':
        this.anchor(tag.attrs.get('w:id'));
        return;
      case 'w:fldChar':
        this.fieldChar(tag.attrs.get('w:fldCharType'));
        return;
      case 'w:type':
      case 'w:numFmt':
      case 'w:numStart':
      case 'w:numRestart':
        sectionNotes(this.stack, this.sections[this.sections.length - 1], tag);
        this.openProperty(tag);
        return;
      default:
        this.openProperty(tag);
    }
  }

  private openParagraph(tag: XmlStart): void {
    if (this.inSeparatorNote) return;
    this.p = {
      ordinal: this.ordinal++,
      text: '',
      runs: [],
      xmlStart: this.tagStart,
      inTable: this.tables.length > 0,
      inFloatingTable: this.tables.includes(true),
      inTextBox: this.flow.inTextBox(),
      joinsPrevious: this.flow.joinsPrevious(),
      markInView: true,
      ...(tag.attrs.get('w14:paraId') !== undefined ? { paraId: tag.attrs.get('w14:paraId') } : {}),
      ...(this.noteId !== undefined && this.part !== 'document' ? { noteId: this.noteId } : {}),
    };
    for (const id of this.pendingAnchors) this.anchors.push({ commentId: id, part: this.part, paragraph: this.p.ordinal, offset: 0 });
    this.pendingAnchors = [];
  }

  /** Paragraph and run properties, and the elements that show text. */
  private openProperty(tag: XmlStart): void {
    const parent = this.stack[this.stack.length - 2];
    const p = this.p;
    if (!p) return;
    if (parent === 'w:pPr' && tag.name === 'w:pStyle') p.styleId = tag.attrs.get('w:val');
    else if (parent === 'w:numPr' && this.stack[this.stack.length - 3] === 'w:pPr') {
      if (tag.name === 'w:numId') p.numId = tag.attrs.get('w:val');
      else if (tag.name === 'w:ilvl') p.ilvl = Number(tag.attrs.get('w:val'));
    } else if (parent === 'w:rPr' && tag.name === 'w:vanish' && isOn(tag)) this.runHidden = true;
    else if (parent === 'w:r') this.runContent(tag);
  }

  private noteReference(tag: XmlStart): void {
    const id = tag.attrs.get('w:id');
    if (id === undefined) return;
    const custom = tag.attrs.get('w:customMarkFollows');
    const customMark = custom !== undefined && custom !== '0' && custom !== 'false' && custom !== 'off';
    const shown = this.shows();
    const segment: Segment | undefined = shown ? { text: '', kind: 'noteRef', offset: this.p!.text.length, xmlStart: this.tagStart, xmlEnd: tag.end } : undefined;
    if (segment) this.push(segment);
    const type = tag.name === 'w:footnoteReference' ? 'footnote' : 'endnote';
    this.noteReferences.push({ type, id, customMark, section: this.sections.length - 1, paragraph: undefined, segment });
    this.pendingRefs.push(this.noteReferences.length - 1);
  }

  /** A tracked insertion or deletion of the paragraph mark itself: an inserted mark read rejected is no mark. */
  private paragraphMark(tag: XmlStart): void {
    if (!this.p) return;
    const inserted = tag.name === 'w:ins' || tag.name === 'w:moveTo';
    if (inserted === (this.view === 'rejected')) this.p.markInView = false;
    this.changes.push({
      kind: inserted ? 'paragraph-mark-insertion' : 'paragraph-mark-deletion',
      ...changeAttrs(tag),
      part: this.part,
      paragraph: this.p.ordinal,
      text: '',
    });
  }

  private runContent(tag: XmlStart): void {
    switch (tag.name) {
      case 'w:t':
      case 'w:delText':
        if (!tag.selfClosing) this.addText(tag.name === 'w:t' ? 'text' : 'delText', tag.end);
        return;
      case 'w:tab':
        this.addElement('\t', 'tab', tag);
        return;
      case 'w:br':
      case 'w:cr': {
        const type = tag.attrs.get('w:type');
        // A page or column break starts a new page, not a new line of text.
        if (type === undefined || type === 'textWrapping') this.addElement('\n', 'break', tag);
        return;
      }
      case 'w:noBreakHyphen':
        this.addElement('\u2011', 'hyphen', tag);
        return;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        this.noteReference(tag);
        return;
      case 'w:sym': {
        const code = parseInt(tag.attrs.get('w:char') ?? '', 16);
        if (Number.isFinite(code) && code > 0 && code < 0x110000) this.addElement(String.fromCodePoint(code), 'symbol', tag);
        return;
      }
    }
  }

  /** Is text at this point part of the chosen view? */
  private shows(): boolean {
    if (!this.p || !this.run || this.runHidden) return false;
    if (this.fields.length > 0 && this.fields[this.fields.length - 1]) return false;
    for (const c of this.changeStack) {
      const inserted = c.kind === 'insertion' || c.kind === 'move-to';
      if (inserted === (this.view === 'rejected')) return false;
    }
    return true;
  }

  private addText(kind: 'text' | 'delText', start: number): void {
    const end = this.xml.indexOf('<', start);
    const raw = this.xml.slice(start, end < 0 ? this.xml.length : end);
    const text = raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : decodeXmlText(raw);
    this.recordChangeText(text);
    if (!this.shows() || text === '') return;
    this.push({ text, kind, offset: this.p!.text.length, xmlStart: start, xmlEnd: start + raw.length });
  }

  private addElement(text: string, kind: SegmentKind, tag: XmlStart): void {
    this.recordChangeText(text);
    if (!this.shows()) return;
    // Word writes these elements empty; the range is the start tag.
    this.push({ text, kind, offset: this.p!.text.length, xmlStart: this.tagStart, xmlEnd: tag.end });
  }

  private push(seg: Segment): void {
    const p = this.p!;
    const run = this.run!;
    if (run.segments.length === 0) p.runs.push(run);
    run.segments.push(seg);
    p.text += seg.text;
  }

  private recordChangeText(text: string): void {
    const c = this.changeStack[this.changeStack.length - 1];
    if (c) c.text += text;
  }

  private currentChange(): 'del' | 'ins' | undefined {
    const c = this.changeStack[this.changeStack.length - 1];
    if (!c) return undefined;
    return c.kind === 'insertion' || c.kind === 'move-to' ? 'ins' : 'del';
  }

  private openChange(tag: XmlStart): void {
    const change: TrackedChange = { kind: CHANGE_KINDS[tag.name], ...changeAttrs(tag), part: this.part, paragraph: this.p?.ordinal ?? this.ordinal, text: '' };
    this.changeStack.push(change);
    this.changes.push(change);
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push(true);
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = false;
    else if (type === 'end') this.fields.pop();
  }

  /**
   * A text box's content is a story of its own, read after the paragraph that anchors it; a box in
   * text the view leaves out (an insertion read rejected, hidden text, a field's instruction) is left out too.
   */
  private openTextBox(): void {
    if (!this.shows()) {
      this.skipDepth++;
      return;
    }
    this.boxes.push({ p: this.p, run: this.run, runHidden: this.runHidden, fields: this.fields, pendingRefs: this.pendingRefs });
    this.p = undefined;
    this.run = undefined;
    this.runHidden = false;
    this.fields = [];
    this.pendingRefs = [];
    this.flow.openTextBox();
  }

  private closeTextBox(): void {
    const saved = this.boxes.pop();
    if (!saved) return;
    this.flow.closeTextBox();
    this.p = saved.p;
    this.run = saved.run;
    this.runHidden = saved.runHidden;
    this.fields = saved.fields;
    this.pendingRefs = saved.pendingRefs;
  }

  /** The end of the part: paragraphs waiting on a join that never came are placed. */
  finish(): void {
    this.flow.boundary();
  }

  private anchor(id: string | undefined): void {
    if (id === undefined) return;
    if (this.anchors.some((a) => a.commentId === id)) return;
    if (this.p) this.anchors.push({ commentId: id, part: this.part, paragraph: this.p.ordinal, offset: this.p.text.length });
    else this.pendingAnchors.push(id);
  }

  close(name: string, end: number): void {
    this.stack.pop();
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    switch (name) {
      case 'w:p':
        this.closeParagraph(end);
        return;
      case 'w:r':
        if (this.run) this.run.xmlEnd = end;
        this.run = undefined;
        return;
      case 'w:ins':
      case 'w:del':
      case 'w:moveFrom':
      case 'w:moveTo':
        // A paragraph mark's change (w:pPr/w:rPr/w:ins) opened none.
        if (this.stack[this.stack.length - 1] !== 'w:rPr' || this.stack[this.stack.length - 2] !== 'w:pPr') this.changeStack.pop();
        return;
      case 'w:tbl':
        this.tables.pop();
        this.flow.boundary();
        return;
      case 'w:tc':
      case 'w:body':
        this.flow.boundary();
        return;
      case 'mc:AlternateContent':
        this.alternates.pop();
        return;
      case 'w:txbxContent':
        this.closeTextBox();
        return;
      case 'w:sectPr':
        // A paragraph's section break ends the section after that paragraph's own text.
        if (this.stack[this.stack.length - 1] === 'w:pPr' && this.p) this.p.sectionBreak = true;
        else this.sections.push({ footnote: {}, endnote: {} });
        return;
      case 'w:footnote':
      case 'w:endnote':
        this.flow.boundary();
        this.noteId = undefined;
        this.inSeparatorNote = false;
    }
  }

  private closeParagraph(end: number): void {
    const p = this.p;
    if (!p) return;
    this.p = undefined;
    const paragraph = closedParagraph(p, this.part, end);
    this.flow.close(paragraph, p.markInView);
    for (const r of this.pendingRefs) this.noteReferences[r].paragraph = paragraph;
    this.pendingRefs = [];
    if (p.sectionBreak) this.sections.push({ footnote: {}, endnote: {} });
  }
}
