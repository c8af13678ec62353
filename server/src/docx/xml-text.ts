// Raw XML character data and the text it stands for: decoding, and finding the raw offset of a
// character of a segment's text (entities and CRLF walked), so that an edit can split a w:t exactly.

import type { Segment } from './paragraph-model';

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Raw XML character data → text: the five named entities, character references, line ends normalized. */
export function decodeXmlText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

/**
 * Offset in the part's XML of the character at `offset` (0 ≤ offset ≤ text length) of a `text` or
 * `delText` segment: entities and CRLF in the raw content are walked, so a split there is exact.
 */
export function xmlOffsetAt(xml: string, segment: Segment, offset: number): number {
  if (segment.kind !== 'text' && segment.kind !== 'delText') return offset <= 0 ? segment.xmlStart : segment.xmlEnd;
  let raw = segment.xmlStart;
  for (let i = 0; i < offset && raw < segment.xmlEnd; i++) {
    const c = xml.charCodeAt(raw);
    if (c === 38 /* & */) {
      const semi = xml.indexOf(';', raw);
      if (decodeXmlText(xml.slice(raw, semi + 1)).length === 2) i++;
      raw = semi + 1;
    }
    else if (c === 13 && xml.charCodeAt(raw + 1) === 10) raw += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      raw += 2;
      i++;
    } else raw++;
  }
  return raw;
}
