// A Word draft as one file of a CLI run: read into its text view (docx/), checked by the core like any draft,
// plus the Word-only checks, with findings located by Word paragraph. A .docx is never rewritten by --fix.

import type { CheckOptions, SeveritySetting } from '../core/index';
import { checkWordDraft, WORD_CHECK_IDS } from '../docx/checks';
import type { WordDraft } from '../docx/read';
import { isWordPath, readWordFile } from '../docx/word-file';
import { describeError } from './files';
import { toCliFindings, type WordLocator } from './results';

export { isWordPath, WORD_CHECK_IDS };

export type WordRead = { readonly ok: true; readonly text: string; readonly locate: WordLocator; readonly draft: WordDraft } | { readonly ok: false; readonly reason: string };

/** A .docx read into its text view, with the map back to Word's paragraphs. */
export function readWord(file: string): WordRead {
  const r = readWordFile(file, undefined, describeError);
  if (!r.ok) return r;
  return { ok: true, text: r.draft.view.text, locate: r.draft.view.locate, draft: r.draft };
}

export interface WordCheck {
  readonly text?: string;
  readonly problem?: string;
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
  readonly findings?: ReturnType<typeof toCliFindings>;
}

/** Reads and checks one .docx as a job asks (printing its text view instead with --print-text). */
export function checkWordJob(file: string, displayPath: string, job: { readonly options: CheckOptions; readonly wordRules: Readonly<Record<string, SeveritySetting>>; readonly fixing: boolean; readonly printText: boolean }): WordCheck {
  const read = readWord(file);
  if (!read.ok) return { problem: read.reason, notes: [], warnings: [] };
  if (job.printText) return { text: read.text, notes: [], warnings: [], findings: [] };
  // A .docx is checked, not rewritten: its fixes are for Word's own review tools (--annotate --fix).
  const notes = job.fixing ? [`${displayPath}: a Word document is checked but not fixed (--fix and --fix-dry-run write text drafts only; --annotate --fix writes the safe fixes as tracked changes)`] : [];
  const { result, findings } = checkWordDraft(read.draft, job.options, job.wordRules);
  return { notes, warnings: result.warnings, findings: toCliFindings(findings, result.model.lines, read.locate) };
}
