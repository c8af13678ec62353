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

/** The report's own symbol, for a running head: the first one in its first lines. */
function symbolOf(text: string): string {
  const m = /\b([A-Z]{1,8}(?:\/[A-Z0-9.]+)*\/\d{1,4}(?:\/[A-Za-z0-9.]+)*)/.exec(text.slice(0, 800));
  return m ? m[1] : 'A/81/1';
}

/** One page's furniture as pdftotext gives it, in one of the layouts of UN documents (k chooses). */
function furniture(symbol: string, page: number, pages: number, k: number): string[] {
  const job = `26-0${1234 + page}`;
  switch (k % 6) {
    case 0: return [`\f${symbol}`];
    case 1: return [`${page}/${pages}`, '', `GE.${job} (E)`];
    case 2: return [`- ${page} -`];
    case 3: return [job, '', `\f${symbol}`];
    case 4: return [`GE.${job}`, `${page}/${pages}`, '\f'];
    default: return [`${page}/${pages}   ${job}`, `\f${symbol}`];
  }
}

const NOTE_LINE = /^\d{1,3} /;

/**
 * pdftotext's page furniture (a page number, a job number, the running head with the symbol, a form feed) between
 * two paragraphs after every 50 lines, set off by blank lines; never between two notes at a page's foot, which
 * stand together.
 */
export function pageFurniture(text: string): string {
  const lines = text.split('\n');
  const symbol = symbolOf(text);
  const pages = Math.ceil(lines.length / 50) + 1;
  const out: string[] = [];
  let since = 0;
  let page = 1;
  let notes = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    out.push(line);
    since++;
    if (/^_{5,}\s*$/.test(line)) notes = true;
    else if (notes && (line.trim() === '' || !NOTE_LINE.test(next ?? ''))) notes = false;
    if (next === undefined || since < 50 || (notes && NOTE_LINE.test(next))) continue;
    if (line.trim() !== '' && !(/[.:;]$/.test(line.trim()) && next.trim() !== '')) continue;
    page++;
    if (line.trim() !== '') out.push('');
    out.push(...furniture(symbol, page, pages, page), '');
    since = 0;
  }
  return out.join('\n');
}

/**
 * Lines longer than `keepUpTo` (without a tab or a table bar) broken at spaces to at most `width` columns. With
 * `hyphenate`, a long lower-case word that would open the next line is split instead, its first part ending the
 * line with a hyphen (`infor-` / `mation`), as pdftotext gives a word the printed page hyphenated.
 */
export function hardWrap(text: string, width = 72, keepUpTo = 80, hyphenate = false): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= keepUpTo || line.includes('\t') || line.includes('|')) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current === '' || current.length + 1 + word.length <= width) {
          current = current === '' ? word : `${current} ${word}`;
          continue;
        }
        const m = hyphenate ? /^[a-z]{8,}[.,;:]?$/.exec(word) : null;
        const room = width - current.length - 2;
        if (m && room >= 4) {
          const cut = Math.min(room, word.replace(/[.,;:]$/, '').length - 4);
          out.push(`${current} ${word.slice(0, cut)}-`);
          current = word.slice(cut);
        } else {
          out.push(current);
          current = word;
        }
      }
      if (current !== '') out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** `hardWrap` with words hyphenated at line ends, as pdftotext gives them. */
export function hyphenatedWrap(text: string, width = 72, keepUpTo = 80): string {
  return hardWrap(text, width, keepUpTo, true);
}
