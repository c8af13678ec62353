// Paragraph styles as numbering needs them (styles.xml): each style's numbering (numId, level) through
// its basedOn chain, the default paragraph style, and the numbering styles an abstract list links to.

import { child, childVal, children, parseTree } from './xml';

export interface StyleNumbering {
  readonly numId: string;
  readonly ilvl?: number;
}

export interface Styles {
  /** The style a paragraph without w:pStyle has. */
  readonly defaultParagraphStyle?: string;
  /** The numbering a paragraph style gives, basedOn chain followed (numId "0" switches it off). */
  numberingOf(styleId: string): StyleNumbering | undefined;
  /** numId given by a numbering style (the target of w:numStyleLink). */
  numIdOfNumberingStyle(styleId: string): string | undefined;
}

interface StyleDef {
  readonly basedOn?: string;
  readonly numId?: string;
  readonly ilvl?: number;
}

export function readStyles(xml: string | undefined, part = 'word/styles.xml'): Styles {
  const defs = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | undefined;
  if (xml !== undefined) {
    for (const style of children(parseTree(xml, part), 'w:style')) {
      const id = style.attrs.get('w:styleId');
      if (id === undefined) continue;
      const type = style.attrs.get('w:type') ?? 'paragraph';
      if (type === 'paragraph' && (style.attrs.get('w:default') === '1' || style.attrs.get('w:default') === 'true')) defaultParagraphStyle = id;
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      const ilvl = childVal(numPr, 'w:ilvl');
      defs.set(id, { basedOn: childVal(style, 'w:basedOn'), numId: childVal(numPr, 'w:numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) });
    }
  }
  const cache = new Map<string, StyleNumbering | undefined>();
  const numberingOf = (styleId: string): StyleNumbering | undefined => {
    if (cache.has(styleId)) return cache.get(styleId);
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    // basedOn chains can loop in damaged files: stop at the first repeat.
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = defs.get(id)?.basedOn) {
      seen.add(id);
      const d = defs.get(id);
      if (!d) break;
      if (ilvl === undefined && d.ilvl !== undefined && Number.isInteger(d.ilvl)) ilvl = d.ilvl;
      if (numId === undefined && d.numId !== undefined) numId = d.numId;
    }
    const result = numId === undefined || numId === '0' ? undefined : { numId, ...(ilvl === undefined ? {} : { ilvl }) };
    cache.set(styleId, result);
    return result;
  };
  return {
    defaultParagraphStyle,
    numberingOf,
    numIdOfNumberingStyle: (styleId) => defs.get(styleId)?.numId,
  };
}
