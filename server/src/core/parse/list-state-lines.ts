// A list of States written one name a line under its head (`The following States joined the
// consensus:` / `Brazil;` / `Chile; and` / `the Netherlands.`, Markdown bullets too): where it runs
// and the name each line holds. It ends where the list says it ends (a final period) or where a line
// is not a name (prose, a heading, a numbered paragraph, another head), so text after it is not read.

import type { LineKind, ModelBase } from '../model';
import type { TextRange } from '../types';
import { periodAfterTitle } from '../un/list-entries';

/** What a line's text is: a State in some form, another text written as a name, or not a name. */
export type NameKind = 'state' | 'name' | 'none';

/** One line's name: its text (the line without bullet, a leading "and" and final punctuation) and where it stands. */
export interface LineName {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Lines that may hold an entry: the structure gives one name a line no marker of its own. */
const ENTRY_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['text', 'continuation', 'front']);

/** No list of States is longer: a bound on the walk, not a limit a real list reaches. */
const MAX_ENTRIES = 300;

/** Longer than this, a line is running text, not a name with a note. */
const MAX_LINE = 200;

/** How a line ends: `.` closes the list, `;`, `,` or `and` says another name follows, nothing says neither. */
type Ending = 'close' | 'more' | 'none';

interface EntryLine {
  readonly name: LineName;
  readonly ending: Ending;
  readonly range: TextRange;
  readonly bullet: boolean;
  readonly state: boolean;
}

/**
 * The names on the lines from `first`, one a line (one name standing alone on its line too); undefined
 * when line `first` does not open such a list (a run of names on one line, a table of names, a
 * wrapped sentence: the caller reads those). `kindOf` says what a line's text is.
 *
 * A line without final punctuation does not say whether the list goes on, and a title after the
 * list is written as a name too (`Agenda Item Three`): such a line is read when it is a State in
 * some form, or when the next line is one (a misspelled name between two of the list's).
 */
export function oneNameLines(model: ModelBase, first: number, kindOf: (s: string) => NameKind): { names: LineName[]; ranges: TextRange[] } | undefined {
  const names: LineName[] = [];
  const ranges: TextRange[] = [];
  let prev = entryLine(model, first, kindOf);
  let j = first;
  let ending: Ending = 'none';
  for (;;) {
    if (!prev || (prev.ending === 'none' && !prev.state && !stateFollows(model, j, kindOf))) break;
    ending = prev.ending;
    names.push(prev.name);
    ranges.push(prev.range);
    if (prev.ending === 'close' || names.length >= MAX_ENTRIES) break;
    let k = j + 1;
    // One blank line between entries (a loose Markdown list) when the list says it goes on: a
    // separator after the name, or bullets on both sides. A blank after a bare name ends the list.
    const blank = k < model.lines.length && model.lineKinds[k] === 'blank';
    if (blank) k++;
    const next = k < model.lines.length ? entryLine(model, k, kindOf) : undefined;
    if (!next || (blank && prev.ending !== 'more' && !(prev.bullet && next.bullet))) break;
    prev = next;
    j = k;
  }
  // One name with a separator after it and no name on the next line: the text goes on in a form
  // this does not read (a run of names wrapped onto the next line).
  if (names.length === 0 || (names.length === 1 && ending === 'more')) return undefined;
  return { names, ranges };
}

/** The line after `j` holds a State's name alone. */
function stateFollows(model: ModelBase, j: number, kindOf: (s: string) => NameKind): boolean {
  return j + 1 < model.lines.length && entryLine(model, j + 1, kindOf)?.state === true;
}

/** Line `i` when it holds one name and nothing else (a bullet and final punctuation aside). */
function entryLine(model: ModelBase, i: number, kindOf: (s: string) => NameKind): EntryLine | undefined {
  if (!ENTRY_KINDS.has(model.lineKinds[i])) return undefined;
  const line = model.lines[i];
  const cs = model.contentStarts[i] - line.start;
  const t = line.text;
  let e = t.length;
  while (e > cs && isBlank(t.charCodeAt(e - 1))) e--;
  if (e === cs || e - cs > MAX_LINE) return undefined;
  let ending: Ending = 'none';
  let b = e;
  if (b - cs > 4 && t.startsWith(' and', b - 4)) {
    ending = 'more';
    b -= 4;
    while (b > cs && isBlank(t.charCodeAt(b - 1))) b--;
    if (t.charAt(b - 1) === ',' || t.charAt(b - 1) === ';') b--;
  } else if (t.charAt(b - 1) === ',' || t.charAt(b - 1) === ';') {
    ending = 'more';
    b--;
  } else if (t.charAt(b - 1) === '.' && !periodAfterTitle(t.slice(Math.max(cs, b - 5), b - 1))) {
    ending = 'close';
    b--;
  }
  let a = cs;
  if (t.startsWith('and ', a)) a += 4;
  while (a < b && isBlank(t.charCodeAt(a))) a++;
  while (b > a && isBlank(t.charCodeAt(b - 1))) b--;
  const text = t.slice(a, b);
  const kind = text === '' || !oneName(text) ? 'none' : kindOf(text);
  if (kind === 'none') return undefined;
  return {
    name: { text, start: line.start + a, end: line.start + b },
    ending,
    range: { start: line.start + cs, end: line.start + e },
    bullet: cs > 0 && /^[ \t]*[-*+][ \t]/.test(t),
    state: kind === 'state',
  };
}

/**
 * No separator of names or sentences outside parentheses: no comma, semicolon, colon or tab, no
 * period before a space but after a title (`Mr. Kofi Mensah (Ghana)` is one entry).
 */
function oneName(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '\t') return false;
    else if (depth > 0) continue;
    else if (ch === ',' || ch === ';' || ch === ':') return false;
    else if (ch === '.' && s.charAt(i + 1) === ' ' && !periodAfterTitle(s.slice(Math.max(0, i - 4), i))) return false;
  }
  return true;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
