// The abbreviation rule's word scanner: where words start and end, and which words may be abbreviations.

// Words are read with a character-code scanner (`nextToken`): a word of ASCII letters, digits, hyphens,
// apostrophes and ampersands, or U.N. with its periods, as /U\.N\.(?![A-Za-z])|[A-Za-z0-9][A-Za-z0-9'’&-]*/g
// would match them.

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** A character that continues a word: ASCII letter or digit, ' ’ & - */
export function isTokenInner(c: number): boolean {
  return isAsciiAlnum(c) || c === 39 || c === 0x2019 || c === 38 || c === 45;
}

/** Where the word starting at `p` ends (`p` holds an ASCII letter or digit). */
export function tokenEnd(t: string, p: number): number {
  // U.N. not followed by a letter
  if (t.charCodeAt(p) === 85 && t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 78 && t.charCodeAt(p + 3) === 46 && !((t.charCodeAt(p + 4) | 32) >= 97 && (t.charCodeAt(p + 4) | 32) <= 122)) return p + 4;
  let q = p + 1;
  while (q < t.length && isTokenInner(t.charCodeAt(q))) q++;
  return q;
}

/**
 * Where a word may start that `mayBeAbbreviation` accepts: the regular expression finds them fast,
 * `isTokenStart` then drops those inside a longer word.
 */
export const CANDIDATE_RE = /[A-Z][A-Z0-9&.-]/g;

/**
 * Whether the scanner starts a word at `p` (an ASCII letter): no letter or digit before it in the
 * same run of word characters. (Candidates inside a word already read are skipped by the caller.)
 */
export function isTokenStart(t: string, p: number): boolean {
  let j = p - 1;
  for (; j >= 0; j--) {
    const c = t.charCodeAt(j);
    if (c !== 39 && c !== 0x2019 && c !== 38 && c !== 45) break;
  }
  return j < 0 || !isAsciiAlnum(t.charCodeAt(j));
}

/**
 * Whether a word can be an abbreviation or a title that is never abbreviated: a capital, then a
 * capital, digit, `&`, `.` (U.N.) or `-` (S-G). Every other word needs no further look.
 */
export function mayBeAbbreviation(t: string, p: number, q: number): boolean {
  const c0 = t.charCodeAt(p);
  if (c0 < 65 || c0 > 90 || q - p < 2) return false;
  const c1 = t.charCodeAt(p + 1);
  return (c1 >= 65 && c1 <= 90) || (c1 >= 48 && c1 <= 57) || c1 === 38 || c1 === 46 || c1 === 45;
}
