// What a seeded-recall injector is: it writes one defect of its kind into a clean paragraph of running
// text, at a place its random source picks, and says where the defect is so the test can look there.

export interface Injector {
  /** The id of the rule that must find the defect. */
  readonly rule: string;
  /** The kind of defect, as the recall table names it. */
  readonly name: string;
  /**
   * The paragraph with one defect written in, and an offset inside the defect (the finding's range must
   * contain it); undefined when the paragraph has no place for this defect.
   */
  inject(paragraph: string, random: () => number): { text: string; at: number } | undefined;
  /**
   * For a defect that only some paragraphs can hold (a list of States in alphabetical order): whether
   * this one can, so that the test draws from those paragraphs only. Absent: every paragraph can.
   */
  hasPlace?(paragraph: string): boolean;
}

/** A whole number in [0, n) from the random source. */
export function pick(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

export function choose<T>(random: () => number, items: readonly T[]): T {
  return items[pick(random, items.length)];
}

/** Offsets where a word of letters starts after a space: places to write something before a word. */
export function wordStarts(paragraph: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < paragraph.length; i++) {
    if (paragraph.charCodeAt(i - 1) === 32 && /[A-Za-z]/.test(paragraph.charAt(i))) out.push(i);
  }
  return out;
}

/** Writes `insert` before the word at a random word start; `at` is counted from the start of `insert`. */
export function insertBeforeWord(paragraph: string, random: () => number, insert: string, at: number): { text: string; at: number } | undefined {
  const starts = wordStarts(paragraph);
  if (starts.length === 0) return undefined;
  const p = choose(random, starts);
  return { text: paragraph.slice(0, p) + insert + paragraph.slice(p), at: p + at };
}
