// Writes findings into a copy of a Word package: each request becomes a comment on a range of text and,
// when it carries a fix, tracked changes the drafter can accept or reject. Only the paragraphs that get
// a mark, the comments part and (when there was none) its relationship and content type are written
// anew; every other zip entry is copied byte for byte. Positions come in as offsets into a part's XML
// (the reader maps text offsets to them), so this module never decides what text is visible.

import { SaxesParser } from 'saxes';
import { applyDeletions, liftMarkers, placeReferences, renderMark, vetChanges, type ChangeEdit, type Mark, type RevisionInfo } from './marks';
import { appendToCommentsPart, commentElements, locateCommentsPart, newCommentsPart, PackageShapeError, withCommentsContentType, type NewComment } from './comments-part';
import { entryContent, readRawZip, writeZip, ZipFormatError, type RawEntry } from './zip';
import { parseElement, placeMarker, serialize, XmlShapeError, type XmlElement, type XmlMarker } from './xml-tree';
import { lowerBound } from '../../core/sorted';

export { PackageShapeError, ZipFormatError, XmlShapeError };

/** A place in a part: an offset into its XML text (inside a w:t's text, or between elements of a paragraph). */
export interface XmlPoint {
  /** Zip entry name, such as `word/document.xml`. */
  readonly part: string;
  readonly offset: number;
  /** Put the mark at the start of the paragraph holding `offset` (after its properties) instead. */
  readonly paragraphStart?: boolean;
}

export interface FixEditRequest {
  readonly start: XmlPoint;
  readonly end: XmlPoint;
  readonly newText: string;
}

export interface AnnotationRequest {
  readonly start: XmlPoint;
  readonly end: XmlPoint;
  /** The comment's paragraphs, told whether the fix was written as tracked changes. */
  readonly comment: (fixApplied: boolean, refusedBecause: string | undefined) => readonly string[];
  /** A safe fix to write as tracked changes (all its edits, or none). */
  readonly fix?: readonly FixEditRequest[];
}

export interface AnnotateOptions {
  readonly author?: string;
  readonly initials?: string;
  readonly date: Date;
}

export interface AnnotateResult {
  readonly bytes: Uint8Array;
  readonly comments: number;
  /** Fixes written as tracked changes, and fixes left to the comment (with why). */
  readonly fixesApplied: number;
  readonly fixesRefused: readonly string[];
}

interface Span {
  readonly start: number;
  readonly end: number;
  tree?: XmlElement;
}

interface PartState {
  readonly entry: RawEntry;
  readonly xml: string;
  readonly bom: boolean;
  readonly spans: Span[];
}

export function annotatePackage(input: Uint8Array, requests: readonly AnnotationRequest[], options: AnnotateOptions): AnnotateResult {
  const zip = readRawZip(input);
  const byName = new Map(zip.entries.map((e) => [e.name, e]));
  const documentPart = mainDocumentPart(byName);
  let next = maxWordId(zip.entries, documentPart) + 1;
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const revisions: RevisionInfo = { author: options.author ?? 'undraft', date, nextId: () => next++ };

  const parts = new Map<string, PartState>();
  const partOf = (name: string): PartState => {
    let state = parts.get(name);
    if (!state) {
      const entry = byName.get(name);
      if (!entry) throw new PackageShapeError(`the package has no part ${name}`);
      const { xml, bom } = decodePart(entry);
      state = { entry, xml, bom, spans: paragraphSpans(xml) };
      parts.set(name, state);
    }
    return state;
  };

  const pending: Pending[] = [];
  const placements: { part: PartState; span: Span; offset: number; rank: number; order: number; mark: Mark }[] = [];
  const place = (point: XmlPoint, rank: number, mark: Mark) => {
    const part = partOf(point.part);
    const span = spanAt(part.spans, point.offset, point.part);
    const offset = point.paragraphStart ? paragraphContentStart(treeOf(part, span)) + span.start : point.offset;
    placements.push({ part, span, offset, rank, order: placements.length, mark });
  };
  const sameParagraph = (a: XmlPoint, b: XmlPoint) => a.part === b.part && spanAt(partOf(a.part).spans, a.offset, a.part) === spanAt(partOf(b.part).spans, b.offset, b.part);
  for (const request of requests) pending.push(placeRequest(request, next++, place, sameParagraph));
  placements.sort((a, b) => a.offset - b.offset || a.rank - b.rank || a.order - b.order);
  for (const p of placements) {
    const marker: XmlMarker<Mark> = { kind: 'marker', value: p.mark };
    placeMarker(treeOf(p.part, p.span), p.offset - p.span.start, marker);
  }
  const touched = [...parts.values()].flatMap((part) => part.spans.filter((s) => s.tree).map((s) => s.tree!));
  for (const tree of touched) liftMarkers(tree);
  for (const tree of touched) vetChanges(tree);
  for (const tree of touched) applyDeletions(tree, revisions);
  for (const tree of touched) placeReferences(tree);

  const replaced = new Map<string, Uint8Array>();
  for (const [name, part] of parts) replaced.set(name, encodePart(rewritePart(part, revisions), part.bom));

  const { comments, fixesApplied, fixesRefused } = commentsOf(pending);
  const added = addComments(byName, replaced, documentPart, commentElements(comments, { author: revisions.author, initials: options.initials ?? 'UD', date }));
  return { bytes: writeZip(zip, replaced, added), comments: comments.length, fixesApplied, fixesRefused };
}

interface Pending {
  readonly request: AnnotationRequest;
  readonly id: number;
  readonly edits: ChangeEdit[];
}

type Place = (point: XmlPoint, rank: number, mark: Mark) => void;

/**
 * Places one request's marks. Ranks order marks at one offset: a change's end (its insertion) before a
 * comment's end, so the comment covers the new text; then empty comments; then comment starts before
 * change starts, so a comment encloses its deletion; empty changes (insertions) last.
 */
function placeRequest(request: AnnotationRequest, id: number, place: Place, sameParagraph: (a: XmlPoint, b: XmlPoint) => boolean): Pending {
  const item: Pending = { request, id, edits: [] };
  const end = request.end.part === request.start.part ? request.end : request.start;
  const empty = end.offset === request.start.offset && !!end.paragraphStart === !!request.start.paragraphStart;
  place(request.start, empty ? 2 : 3, { type: 'comment-start', id });
  place(end, empty ? 2 : 1, { type: 'comment-end', id });
  for (const e of request.fix ?? []) {
    const edit: ChangeEdit = { newText: e.newText };
    item.edits.push(edit);
    const zero = e.start.offset === e.end.offset;
    const same = sameParagraph(e.start, e.end);
    if (!same) edit.refused = 'the edit spans paragraphs';
    if (/[\r\n\t]/.test(e.newText)) edit.refused = 'the new text holds a line break or tab';
    const applied = () => item.edits.every((x) => x.refused === undefined);
    place(e.start, zero ? 5 : 4, { type: 'change-start', edit });
    place(same ? e.end : e.start, zero ? 5 : 0, { type: 'change-end', edit, applied });
  }
  return item;
}

/** The comments to write, told whether their fix was written (all of its edits) or why not. */
function commentsOf(pending: readonly Pending[]): { comments: NewComment[]; fixesApplied: number; fixesRefused: string[] } {
  let fixesApplied = 0;
  const fixesRefused: string[] = [];
  const comments = pending.map((p) => {
    const refused = p.edits.find((e) => e.refused !== undefined)?.refused;
    if (p.edits.length > 0) {
      if (refused === undefined) fixesApplied++;
      else fixesRefused.push(refused);
    }
    return { id: p.id, paragraphs: p.request.comment(p.edits.length > 0 && refused === undefined, refused) };
  });
  return { comments, fixesApplied, fixesRefused };
}

function treeOf(part: PartState, span: Span): XmlElement {
  span.tree ??= parseElement(part.xml.slice(span.start, span.end));
  return span.tree;
}

function rewritePart(part: PartState, revisions: RevisionInfo): string {
  const out: string[] = [];
  let at = 0;
  for (const s of part.spans) {
    if (!s.tree) continue;
    if (s.tree.close === '') {
      // <w:p/> that now holds marks.
      s.tree.open = s.tree.open.replace(/\s*\/>$/, '>');
      s.tree.close = `</${s.tree.name}>`;
    }
    out.push(part.xml.slice(at, s.start), serialize(s.tree, (m) => renderMark(m.value as Mark, revisions)));
    at = s.end;
  }
  out.push(part.xml.slice(at));
  return out.join('');
}

/** Adds the comments to the comments part (creating it, its relationship and content type when missing). */
function addComments(byName: ReadonlyMap<string, RawEntry>, replaced: Map<string, Uint8Array>, documentPart: string, elements: string): { name: string; content: Uint8Array }[] {
  if (elements === '') return [];
  const relsName = documentPart.replace(/([^/]*)$/, '_rels/$1.rels');
  const rels = byName.get(relsName);
  if (!rels) throw new PackageShapeError(`the package has no ${relsName}`);
  const location = locateCommentsPart(decodePart(rels).xml, documentPart, (n) => byName.has(n));
  const existing = byName.get(location.part);
  if (existing) {
    const { xml, bom } = decodePart(existing);
    replaced.set(location.part, encodePart(appendToCommentsPart(xml, elements), bom));
    return [];
  }
  if (location.rels !== undefined) replaced.set(relsName, encodePart(location.rels, decodePart(rels).bom));
  const types = byName.get('[Content_Types].xml');
  if (!types) throw new PackageShapeError('the package has no [Content_Types].xml');
  const decoded = decodePart(types);
  const withType = withCommentsContentType(decoded.xml, location.part);
  if (withType !== decoded.xml) replaced.set('[Content_Types].xml', encodePart(withType, decoded.bom));
  return [{ name: location.part, content: encodePart(newCommentsPart(elements), false) }];
}

/** The main document part named by the package relationships (word/document.xml in every Word file). */
function mainDocumentPart(byName: ReadonlyMap<string, RawEntry>): string {
  const rels = byName.get('_rels/.rels');
  if (!rels) throw new PackageShapeError('not a Word document (no _rels/.rels)');
  for (const m of decodePart(rels).xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (target) return target.replace(/^\//, '');
  }
  throw new PackageShapeError('not a Word document (no main document relationship)');
}

/** The largest w:id in the document's XML parts, so new comment and revision ids clash with none. */
function maxWordId(entries: readonly RawEntry[], documentPart: string): number {
  const dir = documentPart.slice(0, documentPart.lastIndexOf('/') + 1);
  let max = 0;
  for (const e of entries) {
    if (!e.name.startsWith(dir) || !e.name.endsWith('.xml')) continue;
    for (const m of decodePart(e).xml.matchAll(/\bw:id="(\d{1,9})"/g)) max = Math.max(max, Number(m[1]));
  }
  return max;
}

function decodePart(entry: RawEntry): { xml: string; bom: boolean } {
  const bytes = entryContent(entry);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes[0] === 0xfe || bytes[0] === 0xff) throw new PackageShapeError(`${entry.name} is UTF-16, which this version does not rewrite`);
  try {
    return { xml: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), bom };
  } catch {
    throw new PackageShapeError(`${entry.name} is not valid UTF-8`);
  }
}

function encodePart(xml: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(xml);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Spans of the outermost w:p elements of a part, in order. */
export function paragraphSpans(xml: string): Span[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  parser.on('opentagstart', (tag) => {
    if (tag.name === 'w:p' && depth++ === 0) start = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:p' && --depth === 0) spans.push({ start, end: parser.position });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlShapeError(`the XML is not well formed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return spans;
}

function spanAt(spans: readonly Span[], offset: number, part: string): Span {
  const at = lowerBound(spans.length, (k) => spans[k].end > offset);
  if (at < spans.length && spans[at].start <= offset) return spans[at];
  throw new PackageShapeError(`offset ${offset} of ${part} is in no paragraph`);
}

/** Offset (in the paragraph's string) just after its properties: where its first run would go. */
function paragraphContentStart(p: XmlElement): number {
  const pPr = p.children.find((c): c is XmlElement => c.kind === 'element' && c.name === 'w:pPr');
  return pPr ? pPr.end : p.start + p.open.length;
}
