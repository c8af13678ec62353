// Roman numerals and letter labels, read and written, for headings and subparagraphs.

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a roman numeral (either case); 0 when it is not one. */
export function romanValue(s: string): number {
  if (s.length === 0 || s.length > 12) return 0;
  let total = 0;
  let prev = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const v = ROMAN[s[i].toLowerCase()];
    if (v === undefined) return 0;
    if (v < prev) total -= v;
    else {
      total += v;
      prev = v;
    }
  }
  return toRoman(total) === s.toUpperCase() ? total : 0;
}

/** Upper-case roman numeral for 1..3999. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** a = 1 … z = 26, then aa = 27 (as UN subparagraphs continue); 0 when not letters. */
export function letterValue(s: string): number {
  const lower = s.toLowerCase();
  if (!/^[a-z]{1,2}$/.test(lower)) return 0;
  if (lower.length === 2) return lower[0] === lower[1] ? 26 + (lower.charCodeAt(0) - 96) : 0;
  return lower.charCodeAt(0) - 96;
}

/** Inverse of `letterValue`, lower case. */
export function toLetter(n: number): string {
  if (n <= 26) return String.fromCharCode(96 + n);
  const c = String.fromCharCode(96 + n - 26);
  return c + c;
}
