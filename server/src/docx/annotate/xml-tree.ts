// A lossless tree of one piece of WordprocessingML (a paragraph): every element keeps its open and close
// tags as written and everything between tags stays raw, so serializing an untouched tree gives back the
// exact characters. The annotator edits only the nodes it splits or adds; the rest of the part is
// never re-written. Parsed with saxes (the reader's XML parser), positions are string indices.

import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly kind: 'element';
  readonly name: string;
  /** The open tag as written (`<w:r w:rsidR="00A1">`), or the whole empty-element tag. */
  open: string;
  /** The close tag as written; '' for an empty-element tag (`<w:tab/>`). */
  close: string;
  children: XmlNode[];
  /** Offsets in the parsed string where the element starts (`<`) and ends (after `>`). */
  readonly start: number;
  readonly end: number;
}

/** Character data, comments, CDATA or processing instructions between tags, as written. */
export interface XmlRaw {
  readonly kind: 'raw';
  raw: string;
  start: number;
  end: number;
}

/** A point the annotator placed in the tree; it becomes markup when the tree is written. */
export interface XmlMarker<T> {
  readonly kind: 'marker';
  readonly value: T;
}

export type XmlNode = XmlElement | XmlRaw | XmlMarker<unknown>;

export class XmlShapeError extends Error {}

/** Parses one element (with its content) of well-formed XML; the string must hold exactly that element. */
export function parseElement(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, fragment: true, position: true });
  const stack: { el: XmlElement; contentFrom: number }[] = [];
  let root: XmlElement | undefined;
  let last = 0;
  const addRaw = (to: number) => {
    if (to > last && stack.length > 0) stack[stack.length - 1].el.children.push({ kind: 'raw', raw: xml.slice(last, to), start: last, end: to });
    last = Math.max(last, to);
  };
  let tagStart = 0;
  parser.on('opentagstart', () => {
    tagStart = xml.lastIndexOf('<', parser.position - 1);
    addRaw(tagStart);
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { kind: 'element', name: tag.name, open: xml.slice(tagStart, parser.position), close: '', children: [], start: tagStart, end: parser.position };
    if (stack.length > 0) stack[stack.length - 1].el.children.push(el);
    else root = el;
    last = parser.position;
    if (!tag.isSelfClosing) stack.push({ el, contentFrom: parser.position });
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const closeStart = xml.lastIndexOf('</', parser.position - 1);
    addRaw(closeStart);
    const top = stack.pop()!;
    top.el.close = xml.slice(closeStart, parser.position);
    (top.el as { end: number }).end = parser.position;
    last = parser.position;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlShapeError(`the XML is not well formed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!root) throw new XmlShapeError('no element found');
  return root;
}

/** Writes a tree back; markers are turned into markup by `marker`. */
export function serialize(node: XmlNode, marker: (m: XmlMarker<unknown>) => string = () => ''): string {
  const out: string[] = [];
  const walk = (n: XmlNode) => {
    if (n.kind === 'raw') out.push(n.raw);
    else if (n.kind === 'marker') out.push(marker(n));
    else {
      out.push(n.open);
      for (const c of n.children) walk(c);
      out.push(n.close);
    }
  };
  walk(node);
  return out.join('');
}

/**
 * Puts `marker` at `offset` (an index into the string the tree was parsed from): inside raw text when
 * the offset falls in it (splitting the raw node), else between the children of the deepest element
 * whose content holds the offset. Offsets inside a tag are refused.
 */
export function placeMarker(root: XmlElement, offset: number, marker: XmlMarker<unknown>): void {
  let el = root;
  if (offset < contentStart(root) || offset > contentEnd(root)) throw new XmlShapeError(`offset ${offset} is outside the element's content`);
  for (;;) {
    let i = 0;
    let descended = false;
    for (; i < el.children.length; i++) {
      const c = el.children[i];
      if (c.kind === 'marker') continue;
      if (offset <= c.start) break;
      if (offset >= c.end) continue;
      if (c.kind === 'raw') {
        const at = offset - c.start;
        const after: XmlRaw = { kind: 'raw', raw: c.raw.slice(at), start: offset, end: c.end };
        c.raw = c.raw.slice(0, at);
        c.end = offset;
        el.children.splice(i + 1, 0, marker, after);
        return;
      }
      if (offset < contentStart(c) || offset > contentEnd(c)) throw new XmlShapeError(`offset ${offset} falls inside the tag of ${c.name}`);
      el = c;
      descended = true;
      break;
    }
    if (descended) continue;
    // Markers already at this offset stay before the new one: callers place in the order they want.
    while (i < el.children.length && el.children[i].kind === 'marker') i++;
    el.children.splice(i, 0, marker);
    return;
  }
}

function contentStart(el: XmlElement): number {
  return el.start + el.open.length;
}

function contentEnd(el: XmlElement): number {
  return el.end - el.close.length;
}

/** A raw node made by the annotator (no source offsets). */
export function rawNode(raw: string): XmlRaw {
  return { kind: 'raw', raw, start: -1, end: -1 };
}

/** A new element whose open and close tags are given; for copies of split elements. */
export function copyElement(el: XmlElement, open: string, children: XmlNode[]): XmlElement {
  return { kind: 'element', name: el.name, open, close: el.close, children, start: -1, end: -1 };
}

/** Escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else out += ch;
  }
  return out;
}
