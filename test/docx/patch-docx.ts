// Editing one XML part of a .docx built by the `docx` library, for fixtures the library cannot write
// (numbering instances without overrides, tracked paragraph marks, DrawingML text boxes).

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The package with `part` replaced by `edit(part)`; throws when the part is missing or the edit changes nothing. */
export function patchPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Buffer {
  const files = unzipSync(bytes);
  const entry = files[part];
  if (!entry) throw new Error(`the fixture has no ${part}`);
  const before = strFromU8(entry);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${part} changed nothing: the fixture is not what it says`);
  files[part] = strToU8(after);
  return Buffer.from(zipSync(files));
}

/** Replaces the one w:r whose text is exactly `marker` with `xml`; throws unless there is exactly one. */
export function replaceMarkerRun(xml: string, marker: string, replacement: string): string {
  const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g)].filter((m) => m[0].includes(`>${marker}</w:t>`));
  if (runs.length !== 1) throw new Error(`${runs.length} runs hold the marker ${marker}`);
  const m = runs[0];
  return xml.slice(0, m.index) + replacement + xml.slice(m.index! + m[0].length);
}

/** Adds `rPrInner` to the paragraph mark's properties (w:pPr/w:rPr) of the one paragraph holding the text `text`. */
export function markParagraph(xml: string, text: string, rPrInner: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  if (at < 0 || xml.indexOf(`>${text}</w:t>`, at + 1) >= 0) throw new Error(`not exactly one paragraph holds ${text}`);
  const open = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const afterOpen = xml.indexOf('>', open) + 1;
  if (xml.startsWith('<w:pPr>', afterOpen)) {
    const close = xml.indexOf('</w:pPr>', afterOpen);
    return xml.slice(0, close) + `<w:rPr>${rPrInner}</w:rPr>` + xml.slice(close);
  }
  return xml.slice(0, afterOpen) + `<w:pPr><w:rPr>${rPrInner}</w:rPr></w:pPr>` + xml.slice(afterOpen);
}
