// What the e2e tests know about their seed-like draft, test/e2e/workspace/draft-report.md. No `vscode` import:
// shared by the in-editor suites and the Playwright UI test.

export const DRAFT_FILE = 'draft-report.md';

/** Paragraph 11 of the draft lists the States that made statements, with "China" twice (like paragraph 21 of the seed). */
export const STATES_PARAGRAPH_START = '11. Statements were made by experts of the following States: ';
export const LISTED_STATES = ['Argentina', 'China', 'Fiji', 'Kenya', 'Norway', 'Peru', 'Senegal', 'Thailand', 'Canada', 'Chile'];
export const REPEATED_STATE = 'China';

export const CHAPTERS = ['I', 'II', 'III', 'IV', 'V'];
export const CHAPTER_TITLES = ['Introduction', 'Recommendations', 'Summary of deliberations', 'Organization of the meeting', 'Adoption of the report'];
/** Section letters per chapter numeral. */
export const SECTIONS: Record<string, string[]> = { III: ['A', 'B', 'C'], IV: ['A', 'B', 'C', 'D', 'E'] };

export interface StatesParagraph {
  /** 0-based line number. */
  line: number;
  text: string;
  /** Offset of the line's first character in the document. */
  offset: number;
}

export function findStatesParagraph(documentText: string): StatesParagraph | undefined {
  const lines = documentText.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].replace(/\r$/, '');
    if (text.startsWith(STATES_PARAGRAPH_START)) return { line: i, text, offset };
    offset += lines[i].length + 1;
  }
  return undefined;
}

/** Offsets (in the document) of every whole-word occurrence of `word` in the paragraph. */
export function occurrencesIn(paragraph: StatesParagraph, word: string): number[] {
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = paragraph.text.indexOf(word, from);
    if (at < 0) return found;
    const before = paragraph.text[at - 1] ?? ' ';
    const after = paragraph.text[at + word.length] ?? ' ';
    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after)) found.push(paragraph.offset + at);
    from = at + word.length;
  }
}

/**
 * Reads the list of States of paragraph 11 ("A, B, C and D.") and returns what is wrong with it: a State listed
 * twice or missing, an empty item, a list that does not end "X and Y.". An empty array means a well-formed list
 * naming each expected State exactly once.
 */
export function statesListProblems(paragraphText: string, expected: readonly string[] = LISTED_STATES): string[] {
  const problems: string[] = [];
  if (!paragraphText.startsWith(STATES_PARAGRAPH_START)) return [`paragraph does not start with "${STATES_PARAGRAPH_START}"`];
  let list = paragraphText.slice(STATES_PARAGRAPH_START.length);
  if (!list.endsWith('.')) problems.push('the list does not end with a period');
  list = list.replace(/\.$/, '');
  const parts = list.split(', ');
  const last = parts.pop() ?? '';
  const lastPair = last.split(' and ');
  if (lastPair.length !== 2) problems.push(`the list does not end "X and Y" (last part: "${last}")`);
  const items = [...parts, ...lastPair].map((s) => s.trim());
  if (items.some((s) => s === '')) problems.push(`the list has an empty item: "${list}"`);
  for (const state of expected) {
    const n = items.filter((s) => s === state).length;
    if (n !== 1) problems.push(`"${state}" is listed ${n} times`);
  }
  for (const item of items) {
    if (item !== '' && !expected.includes(item)) problems.push(`unexpected item "${item}"`);
  }
  return problems;
}
