// The comments part and what points to it: appends undraft's comments to word/comments.xml (keeping
// every comment already there) or creates the part, its relationship from the main document and its
// content type. Edits are insertions before a closing tag, so the rest of each file stays as written.

import { escapeXml } from './xml-tree';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface NewComment {
  readonly id: number;
  /** One Word paragraph per entry. */
  readonly paragraphs: readonly string[];
}

export interface CommentMeta {
  readonly author: string;
  readonly initials: string;
  readonly date: string;
}

export class PackageShapeError extends Error {}

/** The w:comment elements for new comments. */
export function commentElements(comments: readonly NewComment[], meta: CommentMeta): string {
  const attrs = `w:author="${escapeXml(meta.author)}" w:date="${meta.date}" w:initials="${escapeXml(meta.initials)}"`;
  return comments
    .map((c) => {
      const paragraphs = c.paragraphs.map((text, i) => {
        const ref = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
        return `<w:p>${ref}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
      });
      return `<w:comment w:id="${c.id}" ${attrs}>${paragraphs.join('')}</w:comment>`;
    })
    .join('');
}

/** A new comments part holding `elements`. */
export function newCommentsPart(elements: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${elements}</w:comments>`;
}

/** The existing comments part with `elements` added after its last comment. */
export function appendToCommentsPart(xml: string, elements: string): string {
  const close = xml.lastIndexOf('</');
  const gt = close >= 0 ? xml.indexOf('>', close) : -1;
  if (close >= 0 && gt > close && xml.slice(close + 2, gt).trim().endsWith(':comments')) {
    if (xml.slice(close + 2, gt).trim() !== 'w:comments') throw new PackageShapeError('the comments part does not use the w: prefix Word writes');
    return xml.slice(0, close) + elements + xml.slice(close);
  }
  // <w:comments …/>: a part with no comment in it.
  const selfClosing = /<(\w+:)?comments\b[^>]*\/>/.exec(xml);
  if (selfClosing) {
    const tag = selfClosing[0];
    const name = tag.slice(1, tag.search(/[\s/]/));
    const at = selfClosing.index;
    return xml.slice(0, at) + tag.slice(0, -2).trimEnd() + '>' + elements + `</${name}>` + xml.slice(at + tag.length);
  }
  throw new PackageShapeError('the comments part has no comments element');
}

export interface CommentsPartLocation {
  /** The part name in the zip, such as `word/comments.xml`. */
  readonly part: string;
  /** The relationships file with a new relationship, when one had to be added. */
  readonly rels?: string;
}

/**
 * Where the main document's comments live, from its relationships (`word/_rels/document.xml.rels`):
 * the existing target, or `word/comments.xml` (another free name if that is taken) with a new
 * relationship whose id no other uses.
 */
export function locateCommentsPart(rels: string, documentPart: string, exists: (name: string) => boolean): CommentsPartLocation {
  const dir = documentPart.slice(0, documentPart.lastIndexOf('/') + 1);
  const ids = new Set<string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
    const id = attr('Id');
    if (id) ids.add(id);
    const type = attr('Type') ?? '';
    if (type.endsWith('/relationships/comments') && attr('TargetMode') !== 'External') {
      const target = attr('Target') ?? '';
      return { part: resolvePartName(dir, target) };
    }
  }
  let name = 'comments.xml';
  for (let n = 1; exists(dir + name); n++) name = `comments${n}.xml`;
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const relationship = `<Relationship Id="rId${k}" Type="${COMMENTS_REL}" Target="${name}"/>`;
  const close = rels.lastIndexOf('</Relationships>');
  if (close < 0) throw new PackageShapeError('the main document relationships part is malformed');
  return { part: dir + name, rels: rels.slice(0, close) + relationship + rels.slice(close) };
}

function resolvePartName(dir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** `[Content_Types].xml` with an override for the comments part, unless it has one. */
export function withCommentsContentType(types: string, part: string): string {
  if (types.includes(`PartName="/${part}"`)) return types;
  const close = types.lastIndexOf('</Types>');
  if (close < 0) throw new PackageShapeError('[Content_Types].xml is malformed');
  return types.slice(0, close) + `<Override PartName="/${part}" ContentType="${COMMENTS_TYPE}"/>` + types.slice(close);
}
