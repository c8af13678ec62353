// Which documents are checked, and the check of one document version. Stateless in effect: every
// handler asks the server's Analyses for the analysis of the document's current text; the last result per
// document is kept only so that diagnostics, code actions and hovers of one version share one run of the core.
// A Word draft's read-only view (scheme undraft-word) gets the Word-only checks too, when the host can read
// the .docx (a WordDraftSource, Node only): the same findings the CLI gives for that file.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../config/errors';
import { checkDraft, CheckResult, Finding } from '../core/index';
import { DETECT_LINES, looksLikeUnReport } from '../core/detect';
import { checkWordDraft } from '../docx/checks';
import type { WordDraft } from '../docx/read';
import { WORD_VIEW_SCHEME } from '../protocol';
import { adaptFindings, lineEnding } from './conversions';
import { checkOptions, Settings, wordCheckRules } from './settings';

export const UN_REPORT_LANGUAGE = 'un-report';

export type Decision = { readonly check: true } | { readonly check: false; readonly reason: string; readonly configError?: ConfigError; readonly configUri?: string };

/**
 * Whether a document is checked under these settings, and why not when it is not: a document the
 * project config leaves out is not, nor one whose project config is broken (never silent defaults).
 */
export function decide(languageId: string, text: string, s: Settings): Decision {
  const d = decideByKind(languageId, text, s);
  if (!d.check || !s.project) return d;
  const e = s.project.error;
  if (e) return { check: false, reason: `the project configuration is invalid: ${s.project.errorReason ?? e.message}`, configError: e, ...(s.project.errorUri ? { configUri: s.project.errorUri } : {}) };
  if (s.project.ignored) return { check: false, reason: `the project configuration leaves it out: ${s.project.ignored}` };
  return d;
}

function decideByKind(languageId: string, text: string, s: Settings): Decision {
  if (!s.enable) return { check: false, reason: 'undraft.enable is false' };
  if (languageId === UN_REPORT_LANGUAGE) return { check: true };
  if (s.documents === 'none') return { check: false, reason: 'undraft.documents is "none": only UN Report documents are checked' };
  if (s.documents === 'all') return { check: true };
  if (looksLikeUnReport(text)) return { check: true };
  return { check: false, reason: `not a UN report: no "Distr.:" line or document symbol in the first ${DETECT_LINES} lines (undraft.documents is "auto")` };
}

/** The Word draft behind a view, when the .docx on disk still reads as this text (else the view is stale). */
export type WordDraftSource = (viewUri: string, text: string) => WordDraft | undefined;

/** A read-only text view of a .docx (client/src/wordView.ts): its fixes cannot be applied to the file. */
export function isWordView(uri: string): boolean {
  return uri.startsWith(`${WORD_VIEW_SCHEME}:`);
}

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly eol: string;
  readonly settings: Settings;
  readonly result: CheckResult;
  /** The findings, with fixes that write the document's line ending. */
  readonly findings: readonly Finding[];
}

/** One server's analyses: the last per document, and the Word drafts behind views where the host reads files. */
export class Analyses {
  private readonly last = new Map<string, Analysis>();

  /** Without a WordDraftSource (a browser), a Word view gets the core's findings only. */
  constructor(private readonly wordDrafts?: WordDraftSource) {}

  /** Runs the core on the document's current text (or reuses the run for this version and settings). */
  analyze(doc: TextDocument, settings: Settings): Analysis {
    const hit = this.last.get(doc.uri);
    if (hit && hit.version === doc.version && hit.settings === settings) return hit;
    const text = doc.getText();
    const eol = lineEnding(text);
    // The Word draft behind a view reads as the view's text (else the source gives none): its check is the CLI's.
    const draft = isWordView(doc.uri) ? this.wordDrafts?.(doc.uri, text) : undefined;
    const word = draft ? checkWordDraft(draft, checkOptions(settings), wordCheckRules(settings)) : undefined;
    const result = word?.result ?? checkDraft(text, checkOptions(settings));
    const a: Analysis = { uri: doc.uri, version: doc.version, text, eol, settings, result, findings: adaptFindings(word?.findings ?? result.findings, eol) };
    this.last.set(doc.uri, a);
    return a;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  forgetAll(): void {
    this.last.clear();
  }
}

/**
 * Re-checks a text with the analysis' settings and line ending: the `check` the fixer's fixAll needs.
 * The analysed text itself is not checked again (its findings are at hand).
 */
export function recheck(a: Pick<Analysis, 'settings' | 'eol' | 'text' | 'findings'>, only?: readonly string[]): (text: string) => readonly Finding[] {
  const options = { ...checkOptions(a.settings), only };
  return (text) => {
    if (text === a.text && !only) return a.findings;
    return adaptFindings(checkDraft(text, options).findings, a.eol);
  };
}
