// Sorted, merged ranges for "is this offset inside any of them?" lookups by binary search
// (`inRanges` of the parser expects ranges that are sorted and disjoint).

import type { TextRange } from '../types';

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) out[out.length - 1] = { start: last.start, end: r.end };
    } else out.push({ start: r.start, end: r.end });
  }
  return out;
}
