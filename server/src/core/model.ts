// The document model of a draft: what the parser finds in one linear pass and every rule reads.
// Pure data; built by parse/index.ts. Offsets are UTF-16, 0-based, end-exclusive.

import type { TextRange } from './types';
import type { Line } from './text';

export type { Line } from './text';

/** A masthead field such as `Distr.: Limited`: the whole field and just its value. */
export interface MastheadField {
  readonly line: number;
  readonly range: TextRange;
  readonly value: string;
  readonly valueRange: TextRange;
}

/** The block above the title: document symbol(s), distribution, date, original language. */
export interface Masthead {
  /** Lines 0-based, inclusive; undefined when the draft has no masthead field at all. */
  readonly firstLine?: number;
  readonly lastLine?: number;
  readonly distribution?: MastheadField;
  readonly date?: MastheadField;
  readonly original?: MastheadField;
  /** Document symbols standing alone in the masthead (a line or a tab-separated cell of their own). */
  readonly symbols: readonly DocumentSymbolRef[];
  /** Line after which the body (title, chapters, paragraphs) begins; 0 when there is no front matter. */
  readonly frontEndLine: number;
}

export type HeadingKind = 'chapter' | 'section' | 'annex' | 'other';

/** A heading line: `I. Introduction`, `A. Opening of the meeting`, `Annex II`, `## Something`. */
export interface Heading {
  readonly kind: HeadingKind;
  /** 1 = chapter or annex, 2 = section, 3+ = other Markdown headings by their `#` count. */
  readonly level: number;
  /** The label as written (`IV`, `B`, `II` of `Annex II`); empty when unnumbered. */
  readonly label: string;
  /** The label's value: IV = 4, B = 2; 0 when unnumbered. */
  readonly ordinal: number;
  readonly title: string;
  readonly line: number;
  /** The heading text without Markdown markers. */
  readonly range: TextRange;
  /** Just the label (`IV`), without the period; empty range at the text start when unnumbered. */
  readonly labelRange: TextRange;
  /** 0 for the body; k for the k-th annex (numbering restarts inside each annex). */
  readonly scope: number;
  /** Written as `Chapter IV` with the title on a following line. */
  readonly chapterWord: boolean;
}

/** A numbered paragraph of the report: `21. Statements were made by …`. */
export interface Paragraph {
  readonly number: number;
  /** The digits only. */
  readonly numberRange: TextRange;
  /** From the number to the end of its last line (continuation lines included). */
  readonly range: TextRange;
  readonly line: number;
  readonly endLine: number;
  /** Text of the first line after the number. */
  readonly firstLineText: string;
  /** 0 for the body; k for the k-th annex. */
  readonly scope: number;
  /** Index into `headings` of the chapter (or annex) it stands in, or -1. */
  readonly chapter: number;
  /** The whole paragraph is in square brackets, `[15. …]` (anticipatory text in a draft). */
  readonly bracketed: boolean;
}

export type MarkerKind = 'number' | 'letter' | 'roman';

/** A list item or subparagraph: `1. Organizational matters:`, `(a) Opening of the meeting;`. */
export interface ListItem {
  readonly kind: MarkerKind;
  /** The label as written without punctuation: `3`, `c`, `iv`. */
  readonly label: string;
  readonly ordinal: number;
  /** Marker including its punctuation: `3.` or `(c)`. */
  readonly markerRange: TextRange;
  /** Just the label characters inside the marker. */
  readonly labelRange: TextRange;
  /** The item's whole line from the marker. */
  readonly range: TextRange;
  readonly line: number;
  /** The last ordinal of a range of labels one text covers: 3 for `(i)–(iii)`. */
  readonly through?: number;
}

/** Sibling items of one kind and level: a numbered list, or subparagraphs (a), (b)… of one parent. */
export interface ItemGroup {
  readonly kind: MarkerKind;
  /** 1 for a list or subparagraphs directly under a paragraph, 2 for items nested in those, … */
  readonly depth: number;
  /** Index into `paragraphs` of the paragraph the group belongs to, or -1. */
  readonly paragraph: number;
  readonly items: ListItem[];
}

/** A Markdown inline link `[text](target)`. */
export interface Link {
  readonly range: TextRange;
  readonly text: string;
  readonly textRange: TextRange;
  readonly target: string;
  readonly targetRange: TextRange;
}

/** An HTML comment `<!-- … -->`; `body` is the text between the markers, trimmed. */
export interface Comment {
  readonly range: TextRange;
  readonly body: string;
  readonly line: number;
  readonly endLine: number;
}

/** A pair of square brackets outside links and comments. `close` is -1 when never closed. */
export interface BracketPair {
  /** Offset of `[`, or -1 for a `]` that closes nothing. */
  readonly open: number;
  readonly close: number;
  /** How many brackets of the same line enclose this one (0 = outermost). */
  readonly depth: number;
}

/** A UN document symbol found in the text, e.g. `E/CN.15/2011/19`. */
export interface DocumentSymbolRef {
  readonly text: string;
  readonly range: TextRange;
  /** Index into `links` when the symbol is a link's text or inside it, else -1. */
  readonly link: number;
  /** Inside a link target (a URL), not shown to readers. */
  readonly inTarget: boolean;
}

/** Where the document's date was read from; `option` when the run set it (`--date`). */
export type DocumentDateSource = 'masthead' | 'date-line' | 'session' | 'official-records' | 'option';

/**
 * The date of the document: names and conventions in use on that date are not defects. The month
 * and day are missing when the document gives only a year (`Official Records, 1995`).
 */
export interface DocumentDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly source: DocumentDateSource;
  /** Where the text gives it; absent for `option`. */
  readonly range?: TextRange;
}

export type LineKind =
  | 'blank'
  | 'comment'
  | 'masthead'
  | 'front'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'subparagraph'
  | 'continuation'
  | 'text'
  | 'toc'
  | 'separator'
  | 'footnote'
  /** A line set beside the body (CheckOptions.asides: a Word text box): text, numbered or not, outside the report's structure. */
  | 'aside';

/** What an entry of a list names. */
export type EntryType = 'state' | 'organization' | 'person' | 'document' | 'placeholder' | 'other';

/** An enumeration after a colon (`inline`), one entry per line (`lines`), or numbered items and one-name paragraphs (`items`). */
export type ListForm = 'inline' | 'lines' | 'items';

/**
 * What the head of a list announces: `the following States:`, `In favour:`, `the following organizations …:`;
 * States attending (`attendance`), the members of a body, States parties, observers; sponsors, speakers, and a
 * list in the order its head states (`in the order of receipt of the reports`).
 */
export type ListHeadKind =
  | 'states'
  | 'attendance'
  | 'members'
  | 'states-parties'
  | 'observers'
  | 'vote'
  | 'regional-group'
  | 'sponsors'
  | 'speakers'
  | 'stated-order'
  | 'organizations'
  | 'documents'
  | 'other'
  | 'none';

export interface ListHead {
  readonly kind: ListHeadKind;
  /** A few words before the colon, for messages (`following States:`); empty when the list has no head. */
  readonly text: string;
}

/** One entry of a list: the name as written (after a leading "and", without final punctuation). */
export interface ListEntry {
  readonly range: TextRange;
  readonly type: EntryType;
  /**
   * Comparison key: case, spacing, a leading "the" and short/formal State names made equal, `(…)`
   * groups compared too. Undefined for a placeholder (`[...]`, `etc.`), which is never compared.
   */
  readonly key: string | undefined;
  /** ISO 3166 alpha-3 code of the State the entry names, or of a person's State in parentheses (`Lu Chuanying (China)`). */
  readonly state?: string;
  /** One entry per line: its line and its final punctuation (`;`, `; and`, `.`). */
  readonly line?: number;
  readonly terminator?: TextRange;
}

/** A list of names with its head and entries, read once by parse/lists.ts. */
export interface NameList {
  readonly form: ListForm;
  readonly head: ListHead;
  readonly entries: readonly ListEntry[];
  /** Line of the first entry. */
  readonly line: number;
}

/**
 * An entry of a list of States: `range` is what a fix replaces, `name` the written name judged. What the
 * entry names and its comparison key are read once, in `lists` (this reading's names are for judging).
 */
export interface StateListEntry {
  readonly range: TextRange;
  /**
   * The name, joined over wrapped lines: the entry without a note in parentheses after it
   * (`Brazil (on behalf of …)`); with a garbled parenthesis of the name's own (`Venezuela
   * (Bolivarian Republic)`), the part before it, while `range` keeps the whole entry.
   */
  readonly name: string;
  /** A person or body with the State in parentheses (`Mr. Jean Dupont (Chile)`): `range` and `name` are the State's. */
  readonly attribution: boolean;
}

/**
 * A list headed by States, a recorded vote or a regional group (`the following States:`,
 * `In favour:`), its entries split at State names ("Antigua and Barbuda" stays one), its text
 * followed over wrapped lines. `ranges` are the stretches of text it covers, one per line.
 *
 * A second reading of the text under such heads, beside `lists`, because the two must err in
 * opposite directions. `lists` takes a stretch only when every entry reads as a name (two or more:
 * after a colon split at semicolons or commas and a final "and", or one a line), since duplicate-entry
 * and list-order must not judge prose. This reading takes whatever follows a State head, since the names country-name reports
 * are the ones that do not read as names (`the former Yugoslav Republic of Macedonia`, `Cote
 * d'ivoire`), and a single one (`Abstaining: Uruguay.`); it splits cells of a table of names at tabs,
 * every "and" that is no part of a State name, drops footnote figures, follows hard-wrapped lines to
 * the end of the sentence, and gives each entry the name to judge apart from the range to replace.
 */
export interface StateList {
  readonly head: ListHead;
  readonly line: number;
  /** Line of the first entry: the head's line, or the next non-blank line when the names stand there. */
  readonly firstLine: number;
  readonly entries: readonly StateListEntry[];
  readonly ranges: readonly TextRange[];
}

/** What a line is to a reader of running text (prose rules read only running text and list entries). */
export type LineRole =
  | 'running-text'
  | 'list-entry'
  | 'title'
  | 'quotation'
  | 'table-row'
  | 'heading'
  | 'footnote'
  | 'masthead'
  | 'front'
  | 'contents'
  | 'comment'
  | 'separator'
  | 'blank';

/** A line's role and why the parser gave it (shared objects: compare `role`, show `reason`). */
export interface LineReading {
  readonly role: LineRole;
  readonly reason: string;
}

/** A note from the parser about input it could not read as intended; never an exception. */
export interface ParseProblem {
  readonly range: TextRange;
  readonly message: string;
}

export interface DraftModel {
  readonly text: string;
  readonly lines: readonly Line[];
  /** What each line is in the structure, by index. */
  readonly lineKinds: readonly LineKind[];
  /** What each line is to a reader of running text, with the reason (parse/line-roles.ts). */
  readonly lineReadings: readonly LineReading[];
  /** Offset where each line's content starts after indentation, `#` markers and `- ` bullets. */
  readonly contentStarts: readonly number[];
  readonly masthead: Masthead;
  /** The document's date, or undefined when none is found: the document is then taken as current. */
  readonly documentDate?: DocumentDate;
  readonly headings: readonly Heading[];
  /** Numbered paragraphs in document order, body and annexes alike (see `scope`). */
  readonly paragraphs: readonly Paragraph[];
  /** Numbered lists and subparagraph groups. */
  readonly itemGroups: readonly ItemGroup[];
  readonly links: readonly Link[];
  readonly comments: readonly Comment[];
  readonly brackets: readonly BracketPair[];
  readonly symbols: readonly DocumentSymbolRef[];
  /** Link targets (with their parentheses), comments and document symbols, sorted and merged: never prose. */
  readonly opaque: readonly TextRange[];
  /** Quoted spans (between “ ” or a pair of " on one line), quotes included, sorted. */
  readonly quotations: readonly TextRange[];
  /**
   * Sentences of every block of text (a line with its continuation lines), sorted; white space
   * between sentences belongs to none. One splitter for every rule: parse/sentences.ts.
   */
  readonly sentences: readonly TextRange[];
  /** Lists of names (States, organizations, speakers, documents, agenda items), in document order by kind of list. */
  readonly lists: readonly NameList[];
  /** Lists headed by States, votes or regional groups, split at State names (see `StateList`). */
  readonly stateLists: readonly StateList[];
  /** Line where the first annex begins, or the line count when there is none. */
  readonly annexStartLine: number;
  readonly problems: readonly ParseProblem[];
}

/** The model before its lists are read: what parse/lists.ts reads them from. */
export type ModelBase = Omit<DraftModel, 'lists' | 'stateLists' | 'lineReadings'>;
