// Changes of layout that real exports make to a report without changing what it says, for the metamorphic
// precision test (wrap-invariance.test.ts): Word's text export (soft hyphens, zero-width spaces, no-break spaces,
// non-breaking hyphens, straight quotation marks) and pdftotext's (page furniture, words hyphenated at a line end).

/** Every lower-case word of eight letters or more, with an optional hyphen (U+00AD) in its middle, as Word keeps one. */
export function softHyphens(text: string): string {
  return text.replace(/\b([a-z]{4,})([a-z]{4,})\b/g, '$1\u00ad$2');
}

/** A zero-width space after every slash (where Word lets a symbol or an address break) and at the end of every seventh line. */
export function zeroWidthSpaces(text: string): string {
  let k = 0;
  return text
    .replace(/\//g, '/\u200b')
    .split('\n')
    .map((l) => (l.trim() !== '' && ++k % 7 === 0 ? `${l}\u200b` : l))
    .join('\n');
}

const TIED_AFTER = /\b(Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.|para\.|paras\.|p\.|pp\.|No\.|Nos\.|art\.|arts\.) (?=\S)/g;
const TIED_BEFORE_NUMBER = /\b(annex|annexes|chapter|chapters|section|article|articles|paragraph|paragraphs|rule|rules|item|items|resolution|resolutions|decision|decisions|volume|part) (?=[0-9IVX(])/g;

/**
 * No-break spaces where authors tie words together: after a title or a reference's abbreviation (`Mr.\u00a0Smith`,
 * `para.\u00a012`), in `per\u00a0cent` and `United\u00a0Nations`, before the number of an annex, article or item, and
 * on either side of a figure standing as a word (`14\u00a0observer States`, `on\u00a04\u00a0March`). A figure glued to
 * a word or a stop is a note's reference mark, which keeps its space.
 */
export function noBreakSpaces(text: string): string {
  return text
    .replace(TIED_AFTER, '$1\u00a0')
    .replace(/\bper cent\b/g, 'per\u00a0cent')
    .replace(/\bUnited Nations\b/g, 'United\u00a0Nations')
    .replace(TIED_BEFORE_NUMBER, '$1\u00a0')
    .replace(/([ (])(\d[\d,.]*) (?=\S)/g, '$1$2\u00a0')
    .replace(/(\S) (?=\d)/g, '$1\u00a0');
}

/** Every hyphen between two letters as a non-breaking hyphen (U+2011): `follow‑up`, `Timor‑Leste`. */
export function noBreakHyphens(text: string): string {
  return text.replace(/(\p{L})-(?=\p{L})/gu, '$1\u2011');
}

/** Curly quotation marks and apostrophes straight, throughout (an export without "smart quotes"). */
export function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Apostrophes and single quotation marks straight throughout, double quotation marks left curly. */
export function straightApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'");
}
