// From findings on a Word draft's text view to annotation requests: each finding's range is taken back
// through the reader's map (text view → paragraph → segment → offset in the part's XML); a finding on an
// automatic number, which is no text, is anchored at its paragraph's start. With fixes asked for, the
// safe fix the core's fixer would choose becomes tracked changes; other fixes are only described.

import { chooseFixEdits, chosenFix, type Finding, type Fix } from '../../core/index';
import { xmlOffsetAt, type DocxParagraph, type PartKind, type Segment } from '../paragraphs';
import type { WordDraft } from '../read';
import type { AnnotationRequest, FixEditRequest, XmlPoint } from './annotate';

export interface FindingsOptions {
  /** Write the chosen safe fixes as tracked changes (`--annotate --fix`). */
  readonly trackedFixes: boolean;
}

/** One request per finding, in the findings' order. */
export function annotationRequests(draft: WordDraft, findings: readonly Finding[], options: FindingsOptions): AnnotationRequest[] {
  const map = new XmlMap(draft);
  const chosen = options.trackedFixes ? new Set(chooseFixEdits(findings)) : new Set<unknown>();
  return findings.map((f) => {
    const note = map.noteReference(f.range.start);
    const start = note?.start ?? map.point(f.range.start, 'start', f.range.start === f.range.end);
    const end = note?.end ?? (f.range.end === f.range.start ? start : map.point(f.range.end, 'end', false));
    const safe = chosenFix(f);
    const written = safe && safe.edits.every((e) => chosen.has(e)) ? trackedEdits(map, safe) : undefined;
    return {
      start,
      end,
      comment: (applied, why) => commentText(f, safe, written !== undefined && 'refused' in written ? written.refused : why, applied, note?.kind),
      ...(written && !('refused' in written) ? { fix: written } : {}),
    };
  });
}

/** The fix's edits as XML ranges, or why they cannot be tracked changes (an edit on an automatic number...). */
function trackedEdits(map: XmlMap, fix: Fix): FixEditRequest[] | { refused: string } {
  const out: FixEditRequest[] = [];
  for (const e of fix.edits) {
    const zero = e.range.start === e.range.end;
    if (map.inLabel(e.range.start) || (!zero && map.inLabel(e.range.end - 1))) return { refused: 'it changes an automatic number, which is not text' };
    const start = map.point(e.range.start, 'start', zero);
    out.push({ start, end: zero ? start : map.point(e.range.end, 'end', false), newText: e.newText });
  }
  return out;
}

function commentText(f: Finding, safe: Fix | undefined, refused: string | undefined, applied: boolean, note: 'footnote' | 'endnote' | undefined): string[] {
  const lines = [`${f.ruleId}: ${note ? `(in the ${note}) ` : ''}${f.message}`];
  if (applied && safe) lines.push(`Fixed as a tracked change (accept or reject it): ${safe.title}.`);
  else if (safe) lines.push(`Suggested fix: ${safe.title}.${refused ? ` (Not written as a tracked change: ${refused}.)` : ''}`);
  else {
    const unsafe = f.fixes.find((x) => x.edits.length > 0);
    if (unsafe) lines.push(`Suggested fix, to check before applying (it changes what the text says): ${unsafe.title}.`);
  }
  return lines;
}

/** Text-view offsets → points in the parts' XML. */
class XmlMap {
  private readonly byPart = new Map<PartKind, { name: string; xml: string; paragraphs: Map<number, DocxParagraph> }>();
  /** Where each note's reference mark is in the main document, by kind and note id. */
  private readonly noteRefs = new Map<string, { start: number; end: number }>();

  constructor(private readonly draft: WordDraft) {
    const parts = [draft.document, draft.footnotes, draft.endnotes];
    for (const p of parts) {
      if (!p) continue;
      const name = p.part === 'document' ? draft.pkg.mainPart : draft.pkg.relatedName(p.part)!;
      this.byPart.set(p.part, { name, xml: draft.pkg.part(name)!, paragraphs: new Map(p.paragraphs.map((x) => [x.ordinal, x])) });
    }
    const body = this.byPart.get('document')!.xml;
    for (const m of body.matchAll(/<w:(foot|end)noteReference\b[^>]*>/g)) {
      const id = /\bw:id="([^"]*)"/.exec(m[0])?.[1];
      const key = `${m[1]}notes:${id}`;
      if (id !== undefined && !this.noteRefs.has(key)) this.noteRefs.set(key, { start: m.index!, end: m.index! + m[0].length });
    }
  }

  /**
   * For an offset in a footnote or endnote, the range of the note's reference mark in the body.
   * Comments go there: LibreOffice (7.4) refuses to open a file with a comment inside a note, and
   * the drafter finds the note from its mark.
   */
  noteReference(offset: number): { start: XmlPoint; end: XmlPoint; kind: 'footnote' | 'endnote' } | undefined {
    const loc = this.draft.view.locate(offset);
    if (!loc || loc.part === 'document') return undefined;
    const noteId = this.byPart.get(loc.part)?.paragraphs.get(loc.paragraph)?.noteId;
    const ref = this.noteRefs.get(`${loc.part}:${noteId}`);
    const body = this.byPart.get('document')!;
    const kind = loc.part === 'footnotes' ? 'footnote' : 'endnote';
    if (!ref) {
      // A note no mark in the body points to: the start of the body.
      const first = body.paragraphs.values().next().value;
      if (!first) return undefined;
      const point: XmlPoint = { part: body.name, offset: first.xmlStart, paragraphStart: true };
      return { start: point, end: point, kind };
    }
    return { start: { part: body.name, offset: ref.start }, end: { part: body.name, offset: ref.end }, kind };
  }

  inLabel(offset: number): boolean {
    return this.draft.view.locate(offset)?.inLabel ?? true;
  }

  /**
   * The point of a view offset. At a boundary between two segments a start goes into the next one and
   * an end stays after the previous one, so a range never takes in what lies between (a note
   * reference, hidden inserted text); an empty range (`insertion`) takes the end's point for both.
   */
  point(offset: number, side: 'start' | 'end', insertion: boolean): XmlPoint {
    const loc = this.draft.view.locate(offset);
    const part = loc ? this.byPart.get(loc.part) : undefined;
    const paragraph = loc && part ? part.paragraphs.get(loc.paragraph) : undefined;
    if (!loc || !part || !paragraph) {
      // Past the text (a separator line of the view): the last paragraph of the body.
      const body = this.byPart.get('document')!;
      const last = [...body.paragraphs.values()].pop()!;
      return { part: body.name, offset: last.xmlStart, paragraphStart: true };
    }
    if (loc.inLabel) return { part: part.name, offset: paragraph.xmlStart, paragraphStart: true };
    const segment = findSegment(paragraph, loc.offset, insertion ? 'end' : side);
    if (!segment) return { part: part.name, offset: paragraph.xmlStart, paragraphStart: true };
    return { part: part.name, offset: xmlOffsetAt(part.xml, segment, loc.offset - segment.offset) };
  }
}

function findSegment(p: DocxParagraph, offset: number, side: 'start' | 'end'): Segment | undefined {
  let previous: Segment | undefined;
  for (const run of p.runs) {
    for (const s of run.segments) {
      const end = s.offset + s.text.length;
      if (side === 'start' ? offset < end : offset <= end) {
        // A start at the very end of the paragraph, or an end at its very start, uses that segment's edge.
        return offset >= s.offset ? s : (previous ?? s);
      }
      previous = s;
    }
  }
  return previous;
}
