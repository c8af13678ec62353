// The CLI's view of findings: 1-based lines and columns (UTF-16 code units + 1), per file.
// Conversion from the core's 0-based offsets happens here and only here.

import { chosenFix, LineIndex, type Finding, type FixSafety, type Line, type Severity } from '../core/index';

export interface Position1 {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface CliRelated extends Position1 {
  readonly message: string;
}

/** One replacement of a fix, in 1-based lines and columns. */
export interface CliReplacement extends Position1 {
  readonly newText: string;
}

export interface CliFix {
  readonly title: string;
  readonly safety: FixSafety;
  readonly replacements: readonly CliReplacement[];
}

/** Where a finding on a .docx is, in Word's terms. */
export interface CliWordLocation {
  readonly part: 'document' | 'footnotes' | 'endnotes';
  /** 1-based paragraph number in its part (document order, table cells included). */
  readonly paragraph: number;
  readonly paraId?: string;
  /** 0-based offset in the paragraph's visible text (UTF-16 units). */
  readonly offset: number;
  /** The finding starts in the number Word draws, not in the paragraph's text. */
  readonly inNumber: boolean;
}

/** Maps a text-view offset to a Word location (given for .docx inputs). */
export type WordLocator = (offset: number) => { part: CliWordLocation['part']; paragraph: number; paraId?: string; offset: number; inLabel: boolean } | undefined;

/** `¶ 21`, `footnotes ¶ 3`: how people find a paragraph in Word. */
export function wordParagraphLabel(w: CliWordLocation): string {
  return w.part === 'document' ? `¶ ${w.paragraph}` : `${w.part} ¶ ${w.paragraph}`;
}

export interface CliFinding extends Position1 {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** The stable id of the message in its rule's `meta.messages`, and what fills it, when the rule gives one. */
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** A safe fix exists: `--fix` applies it. */
  readonly fixable: boolean;
  /** No safe fix, but an unsafe one: only `--fix --unsafe-fixes` applies it. */
  readonly unsafeFixable: boolean;
  readonly fixes: readonly CliFix[];
  readonly related: readonly CliRelated[];
  /** For a .docx: where the finding starts in Word's terms. */
  readonly word?: CliWordLocation;
}

export interface FileResult {
  /** Absolute path, or `<stdin>`. */
  readonly filePath: string;
  /** What people see: relative to the working directory when inside it. */
  readonly displayPath: string;
  readonly findings: readonly CliFinding[];
  /**
   * For a file served unchanged from the cache: its counts and JSON text, so that a cached run need not decode
   * its findings. A result with other findings is a new object without it (withFindings), never a spread copy.
   */
  readonly cached?: { readonly counts: Counts; readonly json: string };
}

/** The same file with other findings (filtered, or beyond a baseline): what was cached for it no longer applies. */
export function withFindings(r: FileResult, findings: readonly CliFinding[]): FileResult {
  return { filePath: r.filePath, displayPath: r.displayPath, findings };
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  unsafeFixable: number;
}

/** Whether `--fix` applies a fix to this finding (a safe one). */
export function isFixable(f: Finding): boolean {
  return chosenFix(f) !== undefined;
}

/** Converts core findings (offsets) into CLI findings (1-based lines and columns). */
export function toCliFindings(findings: readonly Finding[], lines: readonly Line[], locate?: WordLocator): CliFinding[] {
  const index = new LineIndex(lines);
  const span = (start: number, end: number): Position1 => {
    const s = index.positionAt(start);
    const e = index.positionAt(end);
    return { line: s.line + 1, column: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1 };
  };
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.messageId !== undefined ? { messageId: f.messageId, ...(f.data ? { data: f.data } : {}) } : {}),
    ...span(f.range.start, f.range.end),
    fixable: isFixable(f),
    unsafeFixable: !isFixable(f) && chosenFix(f, { unsafe: true }) !== undefined,
    fixes: f.fixes.map((x) => ({ title: x.title, safety: x.safety, replacements: x.edits.map((e) => ({ newText: e.newText, ...span(e.range.start, e.range.end) })) })),
    related: f.related.map((r) => ({ message: r.message, ...span(r.range.start, r.range.end) })),
    ...wordLocation(locate, f.range.start),
  }));
}

function wordLocation(locate: WordLocator | undefined, offset: number): { word?: CliWordLocation } {
  const w = locate?.(offset);
  if (!w) return {};
  return { word: { part: w.part, paragraph: w.paragraph + 1, ...(w.paraId !== undefined ? { paraId: w.paraId } : {}), offset: w.offset, inNumber: w.inLabel } };
}

/** The counts of the files' findings (a file served from the cache brings its own, its findings left undecoded). */
export function countFindings(results: readonly FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0, unsafeFixable: 0 };
  for (const r of results) {
    const add = r.cached ? r.cached.counts : countOf(r.findings);
    for (const k of ['errors', 'warnings', 'infos', 'fixable', 'unsafeFixable'] as const) c[k] += add[k];
  }
  return c;
}

/** The counts of one file's findings. */
export function countOf(findings: readonly CliFinding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0, unsafeFixable: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
    if (f.fixable) c.fixable++;
    else if (f.unsafeFixable) c.unsafeFixable++;
  }
  return c;
}

/** The exit status for a run: 2 when something could not be read, 1 for errors or too many warnings. */
export function exitCode(counts: Counts, unreadable: number, maxWarnings: number | undefined): 0 | 1 | 2 {
  if (unreadable > 0) return 2;
  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return 1;
  return 0;
}
