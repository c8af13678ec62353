// Character classes the parser and the rules share.

/** White space as `\s` and `String.prototype.trim` know it. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The space between two words of a line: a space, or the no-break space (narrow or not) Word keeps between words
 * that must stay on one line ("7\u00a0States", "UN\u00a02.0", "Mr.\u00a0Smith"), which reads the same.
 */
export function isWordSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}
