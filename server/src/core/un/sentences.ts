// Sentence spans inside one line of a draft (the corpus and most drafts keep a paragraph on one
// line). A full stop ends a sentence when a space and a capital, a digit or an opening quotation
// mark follow and the word before it is not an abbreviation (`No.`, `para.`, `Mr.`, `Add.`…).
// One pass per line; lookups by binary search.

const ABBREVIATIONS = new Set([
  'No', 'Nos', 'no', 'nos', 'para', 'paras', 'chap', 'chaps', 'sect', 'sects', 'art', 'arts', 'Art', 'Arts',
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mt', 'vol', 'Vol', 'p', 'pp', 'e.g', 'i.e', 'H.E', 'Add', 'Rev', 'Corr', 'Amend',
  'cf', 'viz', 'etc', 'approx', 'Distr', 'Jr', 'Sr', 'Prof', 'Amb', 'Gen', 'Rep', 'Supp', 'Co', 'Inc', 'Ltd', 'op', 'subpara',
  'subparas', 'fig', 'figs', 'resp', 'incl', 'U.S', 'U.N', 'a.m', 'p.m', 'res', 'Res', 'para', 'cent',
]);

/** Sentence spans of `line` as [start, end) pairs relative to the line, in order, covering it. */
export function sentenceSpans(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    // Closing quotation marks or parentheses may follow the stop: `… Justice”.` / `…).`
    let j = i + 1;
    while (j < line.length && (line[j] === '”' || line[j] === '"' || line[j] === ')' || line[j] === '’')) j++;
    if (j >= line.length) break;
    if (line.charCodeAt(j) !== 32 && line.charCodeAt(j) !== 9) continue;
    let k = j;
    while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
    const next = line[k];
    // Not before a figure: a UN sentence never begins with one (R26), a number after a stop is `No. 5`.
    if (next === undefined || !(/[A-Z“"‘(\[]/.test(next))) continue;
    if (c === 46 && isAbbreviation(line, i)) continue;
    out.push([start, j]);
    start = k;
  }
  out.push([start, line.length]);
  return out;
}

/** True when the period at `dot` ends an abbreviation or an initial (`No.`, `A.`, `e.g.`). */
function isAbbreviation(line: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w < 12 && /[A-Za-z.]/.test(line[w - 1])) w--;
  const word = line.slice(w, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital is an initial or a symbol component (`L.`); so is a dotted abbreviation.
  if (/^[A-Z]$/.test(word)) return true;
  return word.indexOf('.') !== -1 && /^[A-Za-z](?:\.[A-Za-z])+$/.test(word);
}

/** The sentence span of `spans` containing relative offset `pos`. */
export function sentenceAt(spans: ReadonlyArray<[number, number]>, pos: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo];
}
