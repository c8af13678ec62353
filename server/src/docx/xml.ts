// XML of a package part, read with saxes (namespace-aware, streaming, no DTD and so no entity expansion):
// a DOCTYPE is refused outright, names are given with canonical prefixes (w:, w14:, r:, mc:) whatever
// prefixes the file binds, and every parse error becomes a DocxError naming the part and the line.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DocxError } from './errors';

/** Namespace URIs → the prefix the reader uses for them (transitional and strict OOXML alike). */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.microsoft.com/office/word/2010/wordml', 'w14'],
  ['http://schemas.microsoft.com/office/word/2012/wordml', 'w15'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'rel'],
  ['http://schemas.openxmlformats.org/package/2006/content-types', 'ct'],
]);

/** `w:p` for a name in a known namespace, `{uri}local` otherwise, the bare local name when unqualified. */
export function canonicalName(uri: string, local: string): string {
  if (uri === '') return local;
  const prefix = PREFIXES.get(uri);
  return prefix === undefined ? `{${uri}}${local}` : `${prefix}:${local}`;
}

export interface XmlStart {
  /** Canonical name (see canonicalName). */
  readonly name: string;
  /** Attributes by canonical name. */
  readonly attrs: Attributes;
  readonly selfClosing: boolean;
  /** Offset (UTF-16 units) in the part's XML of the start tag's `<`. */
  readonly start: number;
  /** Offset (UTF-16 units) in the part's XML just after the start tag's `>`. */
  readonly end: number;
}

/** Attributes read by canonical name (`w:val`), resolved when asked: most are never read. */
export interface Attributes {
  get(name: string): string | undefined;
}

export interface XmlHandlers {
  open(tag: XmlStart): void;
  /** `end`: offset just after the end tag's `>` (the start tag's, for an empty element). */
  close(name: string, end: number): void;
  text?(text: string): void;
}

/**
 * Streams `xml` (the text of part `part`) to the handlers; throws DocxError on a DOCTYPE or malformed XML.
 * saxes runs without its namespace processing (twice as slow on a large document.xml); the prefixes are
 * resolved here, scope by scope, which Word's parts make cheap: they bind everything on the root element.
 */
export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const ns = new Namespaces(part);
  parser.on('doctype', () => {
    throw new DocxError(`${part} declares a DOCTYPE; Word never writes one and undraft refuses it (it could define entities that read other files)`);
  });
  parser.on('error', (e: Error) => {
    throw new DocxError(`${part} is not well-formed XML (line ${parser.line}, column ${parser.column}): ${shortReason(e.message)}`);
  });
  parser.on('opentag', (t: SaxesTagPlain) => {
    const end = parser.position;
    // '<' cannot occur inside a start tag, so the last one before its end opens it.
    const start = xml.lastIndexOf('<', end - 1);
    // Only a tag whose text says "xmlns" can declare a namespace: the others skip the attribute scan.
    const attrs = ns.open(t.attributes, mentionsXmlns(xml, start, end));
    handlers.open({ name: ns.element(t.name), attrs, selfClosing: t.isSelfClosing, start, end });
  });
  parser.on('closetag', (t: SaxesTagPlain) => {
    handlers.close(ns.element(t.name), parser.position);
    ns.close();
  });
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError(`${part} could not be read as XML: ${shortReason((e as Error).message)}`);
  }
}

/** Whether `xml[start, end)` contains "xmlns" (a bounded scan: an unbounded indexOf would be quadratic). */
function mentionsXmlns(xml: string, start: number, end: number): boolean {
  for (let i = start; i + 5 < end; i++) {
    if (xml.charCodeAt(i) === 120 /* x */ && xml.startsWith('xmlns', i)) return true;
  }
  return false;
}

interface Scope {
  readonly uris: Map<string, string>;
  /** Canonical prefix → the prefix this file binds to its namespace. */
  readonly rawPrefixes: Map<string, string>;
  readonly names: Map<string, string>;
}

function scope(uris: Map<string, string>): Scope {
  const rawPrefixes = new Map<string, string>();
  for (const [prefix, uri] of uris) {
    const canonical = PREFIXES.get(uri);
    if (canonical !== undefined && prefix !== '') rawPrefixes.set(canonical, prefix);
  }
  return { uris, rawPrefixes, names: new Map() };
}

class AttributeView implements Attributes {
  constructor(
    private readonly raw: Record<string, string>,
    private readonly scope: Scope,
  ) {}

  get(name: string): string | undefined {
    const colon = name.indexOf(':');
    if (colon < 0) return this.raw[name];
    const prefix = this.scope.rawPrefixes.get(name.slice(0, colon));
    return prefix === undefined ? undefined : this.raw[prefix + name.slice(colon)];
  }
}

/** Prefix bindings in scope, and the canonical name of every raw element name seen in each scope. */
class Namespaces {
  private readonly scopes: (Scope | undefined)[] = [];
  private current: Scope = scope(new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));

  constructor(private readonly part: string) {}

  /** Enters an element: takes its xmlns declarations and gives its attributes by canonical name. */
  open(attributes: Record<string, string>, mayDeclare: boolean): Attributes {
    let declared: Map<string, string> | undefined;
    if (mayDeclare) for (const key in attributes) {
      if (key.startsWith('xmlns') && (key.length === 5 || key[5] === ':')) (declared ??= new Map()).set(key === 'xmlns' ? '' : key.slice(6), attributes[key]);
    }
    if (declared) {
      this.scopes.push(this.current);
      this.current = scope(new Map([...this.current.uris, ...declared]));
    } else this.scopes.push(undefined);
    return new AttributeView(attributes, this.current);
  }

  close(): void {
    const outer = this.scopes.pop();
    if (outer) this.current = outer;
  }

  element(raw: string): string {
    const cached = this.current.names.get(raw);
    if (cached !== undefined) return cached;
    const colon = raw.indexOf(':');
    const prefix = colon < 0 ? '' : raw.slice(0, colon);
    const local = colon < 0 ? raw : raw.slice(colon + 1);
    const uri = this.current.uris.get(prefix);
    if (uri === undefined && prefix !== '') {
      throw new DocxError(`${this.part} is not well-formed XML: the prefix "${prefix}" of <${raw}> is not bound to a namespace`);
    }
    const name = canonicalName(uri ?? '', local);
    this.current.names.set(raw, name);
    return name;
  }
}

/** saxes prefixes its messages with the position; we give ours. */
function shortReason(message: string): string {
  return message.replace(/^[^:]*:\d+:\d+: /, '');
}

/** A small element tree for the small parts (styles, numbering, relationships, comments). */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Attributes;
  readonly children: XmlElement[];
  /** Text directly inside this element (w:t, w:delText, w:instrText...). */
  text: string;
}

/** Parses a whole part into a tree and returns its root element. */
export function parseTree(xml: string, part: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parseXml(xml, part, {
    open(tag) {
      const el: XmlElement = { name: tag.name, attrs: tag.attrs, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(t) {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    },
  });
  if (!root) throw new DocxError(`${part} has no root element`);
  return root;
}

/** The first child named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

/** All children named `name`. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** The `w:val` of the first child named `name`. */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs.get('w:val');
}

/** An on/off property (`<w:isLgl/>`, `<w:vanish w:val="0"/>`): present and not switched off. */
export function isOn(el: { readonly attrs: Attributes } | undefined): boolean {
  if (!el) return false;
  const v = el.attrs.get('w:val');
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}
