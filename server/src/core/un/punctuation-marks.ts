// Punctuation marks on one line of text, each scan a single left-to-right pass: a mark doubled (`,,`),
// a space before a comma or a stop, no space after a full stop between sentences or after a
// subparagraph label (`(mm)Artificial`). Each repair is unique, so each fix is safe.

import type { Report } from '../rule';

/** True at offsets a scan must leave alone: symbols, link targets, comments, web addresses, code. */
export type Skip = (offset: number) => boolean;

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;
const STOP = 46;
const SPACE = 32;

const LETTER_RE = /\p{L}/u;
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;
/** What a word before a misplaced space may end with: a letter, a figure, a closing mark, a per cent sign. */
const WORD_END_RE = /[\p{L}\p{N})\]”’"%]/u;
/** What may follow a mark that ends a clause: a space, the end of the line, a closing quotation mark or parenthesis. */
const AFTER_MARK = new Set([SPACE, 9, 0x201d, 0x2019, 34, 41]);

function isMark(c: number): boolean {
  return c === COMMA || c === SEMICOLON || c === COLON || c === STOP;
}

/**
 * `,,` `;;` `::` and `..` that is not an ellipsis: one mark too many. Dots in a run of three or more
 * are an ellipsis or a leader; `..` before a slash is a path; `::` inside a token is code or an address.
 */
export function doubledMarks(line: string, base: number, skip: Skip, out: Report[]): void {
  for (let i = 0; i + 1 < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isMark(c) || line.charCodeAt(i + 1) !== c) continue;
    let end = i + 2;
    while (end < line.length && line.charCodeAt(end) === c) end++;
    const from = i;
    i = end - 1;
    if (c === STOP && (end - from > 2 || line.charCodeAt(end) === 47 || line.charCodeAt(end) === 92)) continue;
    if (c === COLON && end < line.length && line.charCodeAt(end) !== SPACE) continue;
    if (skip(base + from)) continue;
    const mark = line[from];
    const written = line.slice(from, end);
    out.push({
      messageId: 'doubled',
      data: { written, mark },
      range: { start: base + from, end: base + end },
      fixes: [{ title: `Delete the extra "${mark}"`, edits: [{ range: { start: base + from + 1, end: base + end }, newText: '' }], safety: 'safe' }],
    });
  }
}

/**
 * A space before `,` `;` `:` or `.` that ends a clause: `Nature , and`. Not a mark that starts a
 * number or a word (`.5`, `.org`), an ellipsis (`. . .`), a ratio (`1 : 50`), nor a space of French
 * typography (a no-break space before `:` or `;`).
 */
export function spacesBeforeMarks(line: string, base: number, skip: Skip, out: Report[]): void {
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isMark(c) || line.charCodeAt(i - 1) !== SPACE) continue;
    let s = i - 1;
    while (s > 0 && line.charCodeAt(s - 1) === SPACE) s--;
    if (s === 0 || !WORD_END_RE.test(line[s - 1])) continue;
    // A doubled mark after the space (`report ,,`) has both defects: the space is judged after the run.
    let r = i + 1;
    while (c !== STOP && r < line.length && line.charCodeAt(r) === c) r++;
    if (r < line.length && !AFTER_MARK.has(line.charCodeAt(r))) continue;
    if (c === STOP && (line.charCodeAt(s - 1) === STOP || line.charCodeAt(i + 2) === STOP)) continue;
    if (c === COLON && isDigit(line.charCodeAt(s - 1)) && isDigit(line.charCodeAt(i + 2))) continue;
    if (skip(base + s - 1) || skip(base + i)) continue;
    const word = lastWord(line, s);
    const mark = line[i];
    out.push({
      messageId: 'spaceBefore',
      data: { mark, word },
      range: { start: base + s, end: base + i + 1 },
      fixes: [{ title: `Remove the space before "${mark}"`, edits: [{ range: { start: base + s, end: base + i }, newText: '' }], safety: 'safe' }],
    });
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word that ends at `end` (at most 30 characters), for messages. */
function lastWord(line: string, end: number): string {
  let w = end;
  while (w > 0 && end - w < 30 && line.charCodeAt(w - 1) !== SPACE) w--;
  return line.slice(w, end);
}

/** Words that open a sentence and do not end a name: an article, a pronoun, a preposition, a conjunction. */
const SENTENCE_OPENERS = new Set([
  'The', 'This', 'These', 'That', 'Those', 'It', 'Its', 'In', 'On', 'At', 'As', 'An', 'A', 'He', 'She', 'They', 'We',
  'Their', 'His', 'Her', 'There', 'By', 'For', 'With', 'Following', 'After', 'Before', 'During', 'Several', 'Many',
  'Some', 'Other', 'Since', 'While', 'However', 'Furthermore', 'Moreover', 'Also', 'Such', 'Most', 'All', 'Each',
]);

/** A token that is an address, a file or code rather than words: `un.org/Docs`, `a@b.Org`, `x_y.Z`. */
function isTechnicalToken(line: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = line[k];
    if (ch === '@' || ch === '/' || ch === '\\' || ch === '_' || ch === '=' || ch === '<' || ch === '>') return true;
  }
  return false;
}

/**
 * A full stop between two sentences with no space: `session.The`. A lower-case word before the
 * stop and a capitalized word after it, so initials (`U.S.`), abbreviations (`e.g.`), decimals,
 * numbers (`No.1`), symbols (`E/CN.15`) and names written with a dot (`Farmer.Chat`) are not read
 * as sentence ends.
 */
export function missingSpacesAfterStops(line: string, base: number, skip: Skip, out: Report[]): void {
  for (let i = 2; i + 2 < line.length; i++) {
    if (line.charCodeAt(i) !== STOP) continue;
    if (!LOWER_RE.test(line[i - 1]) || !LOWER_RE.test(line[i - 2]) || !UPPER_RE.test(line[i + 1]) || !LOWER_RE.test(line[i + 2])) continue;
    let from = i;
    while (from > 0 && line.charCodeAt(from - 1) !== SPACE) from--;
    let to = i + 1;
    while (to < line.length && line.charCodeAt(to) !== SPACE) to++;
    if (isTechnicalToken(line, from, to) || skip(base + i)) continue;
    let w = i;
    while (w > from && LETTER_RE.test(line[w - 1])) w--;
    let n = i + 1;
    while (n < to && LETTER_RE.test(line[n])) n++;
    const before = line.slice(w, i);
    const after = line.slice(i + 1, n);
    // `Farmer.Chat`: a capitalized word on each side of the dot may be a name written with one, unless
    // the second word is one that opens sentences (`Committee.The`).
    if (UPPER_RE.test(line[w]) && !SENTENCE_OPENERS.has(after)) continue;
    out.push({
      messageId: 'spaceAfterStop',
      data: { before, after },
      range: { start: base + i, end: base + i + 1 },
      fixes: [{ title: 'Insert a space after the full stop', edits: [{ range: { start: base + i + 1, end: base + i + 1 }, newText: ' ' }], safety: 'safe' }],
    });
  }
}

/** The end of a subparagraph label `(a)`, `(iv)`, `(12)` opening `text` at `at`, or -1. */
export function labelEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 40) return -1;
  let j = at + 1;
  while (j < text.length && j - at <= 5 && /[a-z0-9]/.test(text[j])) j++;
  if (j === at + 1 || text.charCodeAt(j) !== 41) return -1;
  return j + 1;
}

/**
 * `(mm)Artificial`: a subparagraph label at the start of a line run into its text. A capital after the
 * label is always the text; a lower-case letter only when the neighbouring items write `(x) text`,
 * since `(s)he` or `(re)consider` may open a line of prose.
 */
export function labelWithoutSpace(line: string, content: number, base: number, neighbourLabelled: boolean, out: Report[]): void {
  const end = labelEnd(line, content);
  if (end === -1 || end >= line.length) return;
  const next = line[end];
  if (!UPPER_RE.test(next) && !(neighbourLabelled && LOWER_RE.test(next))) return;
  const label = line.slice(content, end);
  out.push({
    messageId: 'labelSpace',
    data: { label, next },
    range: { start: base + content, end: base + end + 1 },
    fixes: [{ title: 'Insert a space after the label', edits: [{ range: { start: base + end, end: base + end }, newText: ' ' }], safety: 'safe' }],
  });
}

/** Whether `line` opens at `content` with a label followed by a space: `(b) Adoption of the agenda`. */
export function opensWithSpacedLabel(line: string, content: number): boolean {
  const end = labelEnd(line, content);
  return end !== -1 && line.charCodeAt(end) === SPACE;
}
