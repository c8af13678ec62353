// What each line is for a reader of running text, and why: running text, a heading, a published
// title or document name, a quotation, a table row, a footnote, a list entry, the masthead…
// Built once from the structure's line kinds and the lists; editorial rules read it through prose.ts.

import type { LineKind, LineReading, LineRole, ModelBase, NameList } from '../model';
import { endsWithLeadingAbbreviation, lineSentences } from './sentences';
import { holdsCellTab } from './markers';
import { isSpaceCode } from './text-chars';

/** One shared reading per role and reason: no allocation per line. */
const readings = new Map<string, LineReading>();
function reading(role: LineRole, reason: string): LineReading {
  const key = `${role}|${reason}`;
  let r = readings.get(key);
  if (!r) readings.set(key, (r = Object.freeze({ role, reason })));
  return r;
}

const BY_KIND: Partial<Record<LineKind, LineReading>> = {
  blank: reading('blank', 'nothing but white space'),
  comment: reading('comment', 'inside an HTML comment'),
  masthead: reading('masthead', 'between the first and the last masthead field'),
  front: reading('front', 'above the first heading or numbered paragraph'),
  toc: reading('contents', 'a contents entry with leaders or page numbers'),
  separator: reading('separator', 'the line of underscores above the footnotes'),
  heading: reading('heading', 'a chapter, section, annex or subheading'),
  footnote: reading('footnote', 'below the footnote separator'),
};

const TEXT_READING: Partial<Record<LineKind, LineReading>> = {
  paragraph: reading('running-text', 'a numbered paragraph'),
  continuation: reading('running-text', 'the continuation of a paragraph wrapped over lines'),
  subparagraph: reading('running-text', 'a subparagraph'),
  text: reading('running-text', 'a line of text of its own'),
  aside: reading('running-text', 'a line set beside the body (a text box)'),
};

const DOCS_LIST = reading('title', 'an entry of a list introduced by "… the following documents:"');
const DOCUMENT_ENTRY = reading('title', 'an entry or row that names a document (its symbol)');
const NAME_ENTRY = reading('title', 'a short numbered entry without the punctuation of a sentence (a name)');
const TAB_ROW = reading('table-row', 'cells separated by tabs');
const PIPE_ROW = reading('table-row', 'a Markdown table row');
const BLOCK_QUOTE = reading('quotation', 'a Markdown block quote');
const LIST_ITEM = reading('list-entry', 'a numbered item of a list');
const LINE_ENTRY = reading('list-entry', 'one entry of a list written one per line');

/** A list entry that names a document: a symbol in parentheses at its end, or a symbol opening a table row. */
const DOCUMENT_ENTRY_RE = /\([A-Z]{1,10}\/[^()]*\)[;.,]?(?: and)?\s*$|^[A-Z]{1,10}\/\S+\t/;

/** A short numbered entry without the punctuation of a sentence: a name in a list of organizations. */
const NAME_ENTRY_MAX_WORDS = 15;

/** The reading of every line, by index. */
export function readLineRoles(model: ModelBase, lists: readonly NameList[]): LineReading[] {
  const { lines, lineKinds } = model;
  const perLineEntry = new Uint8Array(lines.length);
  for (const l of lists) if (l.form === 'lines') for (const e of l.entries) if (e.line !== undefined) perLineEntry[e.line] = 1;
  const out = new Array<LineReading>(lines.length);
  let inDocsList = false;
  for (let i = 0; i < lines.length; i++) {
    const kind = lineKinds[i];
    const text = lines[i].text;
    if (kind === 'paragraph' || kind === 'heading') inDocsList = introducesDocuments(model, i);
    const structural = BY_KIND[kind];
    if (structural) {
      out[i] = structural;
      continue;
    }
    out[i] = titleReading(model, i, inDocsList) ?? tableRow(model, i) ?? (isBlockQuote(text) ? BLOCK_QUOTE : undefined)
      ?? (kind === 'list-item' ? LIST_ITEM : perLineEntry[i] ? LINE_ENTRY : (TEXT_READING[kind] as LineReading));
  }
  return out;
}

/** Published titles and names, left alone by editorial rules. */
function titleReading(model: ModelBase, i: number, inDocsList: boolean): LineReading | undefined {
  const kind = model.lineKinds[i];
  const text = model.lines[i].text;
  if (kind === 'subparagraph' || kind === 'list-item' || kind === 'text') {
    if (inDocsList) return DOCS_LIST;
    if (DOCUMENT_ENTRY_RE.test(text)) return DOCUMENT_ENTRY;
  }
  if ((kind === 'paragraph' || kind === 'list-item') && model.lineKinds[i + 1] !== 'continuation' && !endsLikeSentence(text) && hasAtMostWords(text, NAME_ENTRY_MAX_WORDS)) return NAME_ENTRY;
  return undefined;
}

/**
 * Tab-separated cells or a `|` row: the one test of a table row. The tab a text export sets after a
 * paragraph's number or a subparagraph's letter (`4.<TAB>Mr. Jordan said …`, `(a)<TAB>…`) separates no
 * cells: the line is running text, as the structure reader already takes it (`holdsCellTab`).
 */
export function tableRow(model: Pick<ModelBase, 'lines' | 'contentStarts'>, i: number): LineReading | undefined {
  const t = model.lines[i].text;
  if (holdsCellTab(t)) return TAB_ROW;
  const c = model.contentStarts[i] - model.lines[i].start;
  return t.charCodeAt(c) === 124 /* | */ ? PIPE_ROW : undefined;
}

/** `/^[ \t]{0,3}>/`: a Markdown block quote line. */
export function isBlockQuote(t: string): boolean {
  let i = 0;
  while (i < 3 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  return t.charCodeAt(i) === 62;
}

/** "The Expert Group had before it the following documents:": the line's last sentence names documents and ends with a colon. */
function introducesDocuments(model: ModelBase, i: number): boolean {
  const line = model.lines[i].text;
  let e = line.length;
  while (e > 0 && isSpaceCode(line.charCodeAt(e - 1))) e--;
  if (line.charCodeAt(e - 1) !== 58 /* : */) return false;
  const spans = lineSentences(model, i);
  return /\bdocuments?\b/.test(line.slice(spans[spans.length - 1][0], e));
}

/**
 * Whether the line ends like a sentence, as /[.;:!?]["”’)]?\s*$/ tests it: read backwards from the end. The period
 * of an abbreviation that leads into the next word (`Sales No.` / `E.95.XIII.18`) ends none: the line was wrapped.
 */
export function endsLikeSentence(text: string): boolean {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const isStop = (c: number): boolean => c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
  const last = text.charCodeAt(e - 1);
  if (isStop(last)) return last !== 46 || !endsWithLeadingAbbreviation(text);
  return (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && isStop(text.charCodeAt(e - 2));
}

/** Whether the text has at most `max` words separated by white space (stops counting past `max`). */
export function hasAtMostWords(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return false;
    inWord = !space;
  }
  return true;
}
