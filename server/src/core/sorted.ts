// Searching sorted arrays: one binary search for every reader of sorted lines, paragraphs, spans and keys.

/**
 * The first k in [0, n) for which `test` holds, `test` being false then true along k (the array is sorted by what
 * it tests); n when it never holds. O(log n) calls of `test`.
 */
export function lowerBound(n: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
