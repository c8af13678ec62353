// Word comments (comments.xml): who wrote each, when, and what it says, for the reports of what a draft
// still carries; where each is anchored comes from the paragraph walk (paragraphs.ts).

import { children, parseTree, type XmlElement } from './xml';

export interface WordComment {
  readonly id: string;
  readonly author?: string;
  readonly initials?: string;
  readonly date?: string;
  /** The comment's text, its paragraphs joined by newlines. */
  readonly text: string;
}

export function readComments(xml: string | undefined, part = 'word/comments.xml'): WordComment[] {
  if (xml === undefined) return [];
  const out: WordComment[] = [];
  for (const c of children(parseTree(xml, part), 'w:comment')) {
    const id = c.attrs.get('w:id');
    if (id === undefined) continue;
    const author = c.attrs.get('w:author');
    const initials = c.attrs.get('w:initials');
    const date = c.attrs.get('w:date');
    const paragraphs: string[] = [];
    collectParagraphs(c, paragraphs);
    const comment: WordComment = { id, ...(author !== undefined ? { author } : {}), ...(initials !== undefined ? { initials } : {}), ...(date !== undefined ? { date } : {}), text: paragraphs.join('\n') };
    out.push(comment);
  }
  return out;
}

function collectParagraphs(el: XmlElement, out: string[]): void {
  for (const c of el.children) {
    if (c.name === 'w:p') out.push(textOf(c));
    else collectParagraphs(c, out);
  }
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (c.name === 'w:t') s += c.text;
    else if (c.name === 'w:tab') s += '\t';
    else if (c.name !== 'w:delText' && c.name !== 'w:instrText') s += textOf(c);
  }
  return s;
}
