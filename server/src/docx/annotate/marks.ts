// Turns markers placed in a paragraph's tree into Word markup: runs and text elements are split where a
// marker falls (run properties copied to both halves), comment ranges and their reference runs are
// written, and a fix becomes a tracked deletion of the runs it covers plus a tracked insertion. The
// text a person sees is never changed: deleted runs keep their text as w:delText.

import { copyElement, escapeXml, rawNode, serialize, type XmlElement, type XmlMarker, type XmlNode } from './xml-tree';

/** One edit of a fix, written as a tracked change when it can be written safely. */
export interface ChangeEdit {
  readonly newText: string;
  /** Set while lifting markers: why this edit cannot be a tracked change. */
  refused?: string;
  /** Run properties for the inserted text, taken from the runs around it. */
  insertRPr?: string;
}

export type Mark =
  | { readonly type: 'comment-start'; readonly id: number }
  | { readonly type: 'comment-end'; readonly id: number }
  | { readonly type: 'comment-ref'; readonly id: number }
  | { readonly type: 'change-start'; readonly edit: ChangeEdit }
  | { readonly type: 'change-end'; readonly edit: ChangeEdit; readonly applied: () => boolean };

export interface RevisionInfo {
  readonly author: string;
  readonly date: string;
  /** The next free w:id for a revision (w:ins/w:del). */
  nextId(): number;
}

const TEXT_HOLDERS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText']);
/** Elements whose children may be runs and range marks, so a marker may stay among their children. */
const RUN_CONTAINERS = new Set(['w:p', 'w:hyperlink', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:sdtContent', 'w:fldSimple', 'w:dir', 'w:bdo']);
const TRACKED = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);
/** What a run may hold for its deletion to be tracked (text, tabs, breaks, hyphens, symbols). */
const DELETABLE_IN_RUN = new Set(['w:rPr', 'w:t', 'w:tab', 'w:br', 'w:cr', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym']);
/** Marks that may sit between deleted runs and stay as they are. */
const RANGE_MARKS = new Set(['w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:proofErr', 'w:permStart', 'w:permEnd']);

/** Appends without spreading (a paragraph may hold many nodes). */
function append(to: XmlNode[], nodes: readonly XmlNode[]): void {
  for (const n of nodes) to.push(n);
}

const isMarker = (n: XmlNode): n is XmlMarker<Mark> => n.kind === 'marker';
const markOf = (n: XmlNode): Mark | undefined => (n.kind === 'marker' ? (n.value as Mark) : undefined);

/**
 * Lifts every marker out of text elements and runs (splitting them) and out of any element that may
 * not hold range marks, so each marker sits among runs. Bottom-up, one pass over the tree.
 */
export function liftMarkers(el: XmlElement): void {
  const next: XmlNode[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') {
      next.push(c);
      continue;
    }
    liftMarkers(c);
    if (!c.children.some(isMarker)) next.push(c);
    else if (TEXT_HOLDERS.has(c.name)) append(next, splitText(c));
    else if (c.name === 'w:r') append(next, splitRun(c));
    else if (RUN_CONTAINERS.has(c.name)) next.push(c);
    else append(next, moveOut(c));
  }
  el.children = next;
}

function splitText(t: XmlElement): XmlNode[] {
  const open = `<${t.name} xml:space="preserve">`;
  return splitAtMarkers(t.children, (segment) =>
    segment.some((n) => n.kind === 'raw' && n.raw.length > 0) ? copyElement(t, open, segment) : undefined);
}

function splitRun(r: XmlElement): XmlNode[] {
  const rPr = r.children.find((n): n is XmlElement => n.kind === 'element' && n.name === 'w:rPr');
  const rPrText = rPr ? serialize(rPr) : '';
  return splitAtMarkers(r.children, (segment) =>
    segment.some((n) => n.kind === 'element' && n.name !== 'w:rPr')
      ? copyElement(r, r.open, segment[0] === rPr || !rPr ? segment : [rawNode(rPrText), ...segment])
      : undefined);
}

/**
 * An element's children cut at the range marks: the marks stand between copies of the element, each copy
 * made by `copy` from the children between two marks (undefined: nothing worth a copy there).
 */
function splitAtMarkers(children: readonly XmlNode[], copy: (segment: XmlNode[]) => XmlNode | undefined): XmlNode[] {
  const out: XmlNode[] = [];
  let segment: XmlNode[] = [];
  const flush = () => {
    const piece = copy(segment);
    if (piece) out.push(piece);
    segment = [];
  };
  for (const n of children) {
    if (isMarker(n)) {
      flush();
      out.push(n);
    } else segment.push(n);
  }
  flush();
  return out;
}

/** An element that may not hold range marks (math, a drawing): starts go before it, ends after it. */
function moveOut(el: XmlElement): XmlNode[] {
  const before: XmlNode[] = [];
  const after: XmlNode[] = [];
  const walk = (e: XmlElement) => {
    e.children = e.children.filter((n) => {
      const m = markOf(n);
      if (m) {
        if (m.type === 'comment-start' || m.type === 'change-start') before.push(n);
        else after.push(n);
        return false;
      }
      if (n.kind === 'element') walk(n);
      return true;
    });
  };
  walk(el);
  for (const n of before) refuse(n, 'the text is inside an object (math, a drawing)');
  for (const n of after) refuse(n, 'the text is inside an object (math, a drawing)');
  return [...before, el, ...after];
}

function refuse(n: XmlNode, why: string): void {
  const m = markOf(n);
  if (m && (m.type === 'change-start' || m.type === 'change-end') && !m.edit.refused) m.edit.refused = why;
}

/**
 * Checks each change's range after lifting (its two markers among the same runs, nothing but plain
 * runs and range marks between them, not inside another tracked change) and notes the run properties
 * the inserted text takes. `ancestors` are the elements above `el`.
 */
export function vetChanges(el: XmlElement, ancestors: readonly XmlElement[] = []): void {
  const open = new Map<ChangeEdit, number>();
  const tracked = TRACKED.has(el.name) || ancestors.some((a) => TRACKED.has(a.name));
  el.children.forEach((n, i) => {
    const m = markOf(n);
    if (m?.type === 'change-start') {
      open.set(m.edit, i);
      if (tracked) m.edit.refused ??= 'the text is inside a tracked change';
    } else if (m?.type === 'change-end') {
      const from = open.get(m.edit);
      if (from === undefined) m.edit.refused ??= 'the edit crosses a hyperlink, field or other element';
      else vetRange(el.children, from, i, m.edit);
    } else if (n.kind === 'element') vetChanges(n, [...ancestors, el]);
    // Runs too: a run's drawing may hold a text box, whose paragraphs hold their own changes.
  });
}

function vetRange(nodes: readonly XmlNode[], from: number, to: number, edit: ChangeEdit): void {
  let lastRun: XmlElement | undefined;
  for (let i = from + 1; i < to; i++) {
    const n = nodes[i];
    if (n.kind !== 'element') continue;
    if (n.name === 'w:r') {
      if (!n.children.every((c) => c.kind !== 'element' || DELETABLE_IN_RUN.has(c.name))) edit.refused ??= 'the text holds a field, note reference or object';
      lastRun = n;
    } else if (!RANGE_MARKS.has(n.name)) edit.refused ??= 'the edit crosses a hyperlink, field or other element';
  }
  const near = lastRun ?? nearestRun(nodes, from, -1) ?? nearestRun(nodes, to, 1);
  const rPr = near?.children.find((c): c is XmlElement => c.kind === 'element' && c.name === 'w:rPr');
  edit.insertRPr = rPr ? serialize(rPr) : '';
}

function nearestRun(nodes: readonly XmlNode[], from: number, step: 1 | -1): XmlElement | undefined {
  for (let i = from + step; i >= 0 && i < nodes.length; i += step) {
    const n = nodes[i];
    if (n.kind === 'element' && n.name === 'w:r') return n;
  }
  return undefined;
}

/**
 * Wraps what lies between each applied change's markers (runs, and range marks between them) in one
 * w:del, the runs' text turned into w:delText: one revision per edit, as Word writes it.
 */
export function applyDeletions(el: XmlElement, revisions: RevisionInfo): void {
  const ends = new Map<ChangeEdit, Extract<Mark, { type: 'change-end' }>>();
  for (const n of el.children) {
    const m = markOf(n);
    if (m?.type === 'change-end') ends.set(m.edit, m);
  }
  const next: XmlNode[] = [];
  let deleted: XmlNode[] | undefined;
  for (const n of el.children) {
    const m = markOf(n);
    if (m?.type === 'change-start' && ends.get(m.edit)?.applied()) {
      next.push(n);
      deleted = [];
      continue;
    }
    if (m?.type === 'change-end' && deleted) {
      if (deleted.some((d) => d.kind === 'element' && d.name === 'w:r')) next.push(deletion(deleted, revisions));
      else append(next, deleted);
      deleted = undefined;
    }
    if (deleted) deleted.push(n);
    else {
      if (n.kind === 'element') applyDeletions(n, revisions);
      next.push(n);
    }
  }
  if (deleted) append(next, deleted);
  el.children = next;
}

function deletion(nodes: readonly XmlNode[], revisions: RevisionInfo): XmlElement {
  const children = nodes.map((n) => (n.kind === 'element' && n.name === 'w:r' ? deletedRun(n) : n));
  const open = `<w:del w:id="${revisions.nextId()}" w:author="${escapeXml(revisions.author)}" w:date="${revisions.date}">`;
  return { kind: 'element', name: 'w:del', open, close: '</w:del>', children, start: -1, end: -1 };
}

function deletedRun(r: XmlElement): XmlElement {
  const children = r.children.map((c) => {
    if (c.kind !== 'element' || c.name !== 'w:t') return c;
    return { ...copyElement(c, '<w:delText' + c.open.slice('<w:t'.length), c.children), name: 'w:delText', close: c.close === '' ? '' : '</w:delText>' };
  });
  return copyElement(r, r.open, children);
}

/**
 * Adds a reference-run marker for every comment end: right after the end when it sits among the
 * paragraph's own children, else after the paragraph child that holds it (a reference run inside a
 * tracked deletion or a field result would be deleted or replaced with it).
 */
export function placeReferences(p: XmlElement): void {
  const next: XmlNode[] = [];
  for (const c of p.children) {
    next.push(c);
    const m = markOf(c);
    if (m?.type === 'comment-end') next.push(refMarker(m.id));
    else if (c.kind === 'element') {
      const ids: number[] = [];
      collectEnds(c, ids);
      for (const id of ids) next.push(refMarker(id));
    }
  }
  p.children = next;
}

function collectEnds(el: XmlElement, ids: number[]): void {
  if (el.name === 'w:p') {
    placeReferences(el); // a paragraph inside a text box keeps its own references
    return;
  }
  for (const c of el.children) {
    const m = markOf(c);
    if (m?.type === 'comment-end') ids.push(m.id);
    else if (c.kind === 'element') collectEnds(c, ids);
  }
}

function refMarker(id: number): XmlMarker<Mark> {
  return { kind: 'marker', value: { type: 'comment-ref', id } };
}

/** The markup of a marker once the tree is settled. */
export function renderMark(m: Mark, revisions: RevisionInfo): string {
  switch (m.type) {
    case 'comment-start':
      return `<w:commentRangeStart w:id="${m.id}"/>`;
    case 'comment-end':
      return `<w:commentRangeEnd w:id="${m.id}"/>`;
    case 'comment-ref':
      return `<w:r><w:commentReference w:id="${m.id}"/></w:r>`;
    case 'change-start':
      return '';
    case 'change-end': {
      if (!m.applied() || m.edit.newText === '') return '';
      const text = `<w:t xml:space="preserve">${escapeXml(m.edit.newText)}</w:t>`;
      return `<w:ins w:id="${revisions.nextId()}" w:author="${escapeXml(revisions.author)}" w:date="${revisions.date}"><w:r>${m.edit.insertRPr ?? ''}${text}</w:r></w:ins>`;
    }
  }
}
