// Code actions: quick fixes for the findings at the cursor, fix-all per rule and for the document,
// directive comments that silence a rule, the rule's documentation, and `source.fixAll.undraft`
// for fix-on-save. Fix-all and fix-on-save apply safe fixes only; the quick-fix menu offers every fix,
// an unsafe one under its own title and never preferred. Every edit comes out of the core's fixer (applyEdits / fixAll) and is sent as a
// TextDocumentEdit carrying the document version, so the editor refuses it on a changed document.
// A Word draft's read-only view gets no edits: each fix is an action that says how to make it in Word (the
// client's command), or a disabled action saying so.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, CodeActionParams, Command, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { applyEdits, chosenFix, fixAll, Finding, lineAtOffset, ruleDocsUrl, TextEdit as CoreEdit } from '../core/index';
import { Analysis, isWordView, recheck } from './analysis';
import { toOffsets, toTextEdits } from './conversions';
import { toDiagnostic } from './diagnostics';
import { diffEdits } from './textDiff';

export const FIX_ALL_KIND = 'source.fixAll.undraft';

export interface EditOptions {
  /** The client applies TextDocumentEdits (versioned); otherwise plain `changes` are sent. */
  readonly documentChanges: boolean;
}

export interface ActionOptions extends EditOptions {
  /** The command id that opens a rule's documentation (client-side in VS Code, server-side elsewhere). */
  readonly showDocsCommand: string;
  /** The client resolves code actions: fix-all quick fixes get their edits only when chosen. */
  readonly resolveEdits: boolean;
  /** The client shows disabled code actions with their reason (codeAction.disabledSupport). */
  readonly disabledSupport?: boolean;
  /** The client's command that says how to make a Word view's fix in Word (protocol WORD_FIX_COMMAND), if it has one. */
  readonly wordFixCommand?: string;
}

/** Why a Word view's fixes are not edits, and how to make them (docs/word.md). */
export const WORD_VIEW_READ_ONLY =
  'This is the read-only text view of a Word document: make the fixes in Word. `undraft --annotate --fix draft.docx --output draft.checked.docx` writes a copy with the safe fixes as tracked changes to accept or reject in Word.';
const WORD_VIEW_UNSAFE =
  'This is the read-only text view of a Word document: make this change in Word if it is right (it changes what the text says). `undraft --annotate draft.docx --output draft.checked.docx` suggests it in a Word comment.';

/** What a lazily resolved fix-all action carries. */
export interface FixAllData {
  readonly uri: string;
  readonly version: number;
  readonly only?: readonly string[];
}

/** Does an action of kind `actual` answer a request for `requested`? (`source` matches `source.fixAll.undraft`.) */
export function kindMatches(requested: string, actual: string): boolean {
  return requested === '' || actual === requested || actual.startsWith(`${requested}.`);
}

export function workspaceEdit(doc: TextDocument, edits: readonly CoreEdit[], opts: EditOptions): WorkspaceEdit {
  const lspEdits = toTextEdits(doc, edits);
  if (opts.documentChanges) {
    return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(doc.uri, doc.version), lspEdits)] };
  }
  return { changes: { [doc.uri]: lspEdits } };
}

/**
 * Fix-all results per analysis (one document version and settings) and rule selection: a full fixer
 * run costs 100 ms and more on a large draft, and clients without codeAction/resolve ask for it with
 * every code-action request.
 */
const fixAllCache = new WeakMap<Analysis, Map<string, { edits: CoreEdit[]; fixes: number }>>();

/** The edits (against the analysed text) that apply every safe fix, through the core's fixAll. */
export function fixAllEdits(a: Analysis, only?: readonly string[]): { edits: CoreEdit[]; fixes: number } {
  let perRules = fixAllCache.get(a);
  if (!perRules) fixAllCache.set(a, (perRules = new Map()));
  const key = only ? only.join(' ') : '*';
  const hit = perRules.get(key);
  if (hit) return hit;
  const result = fixAll(a.text, recheck(a, only));
  const answer = { edits: diffEdits(a.text, result.text), fixes: result.fixesApplied };
  perRules.set(key, answer);
  return answer;
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.range.start <= end && f.range.end >= start;
}

/** `<!-- undraft-disable-next-line … -->` above the finding's line, merged into one already there. */
export function disableLineEdit(a: Analysis, f: Finding): CoreEdit {
  const lines = a.result.model.lines;
  const lineNo = lineAtOffset(lines, f.range.start);
  const line = lines[lineNo];
  const indent = line.text.slice(0, line.text.length - line.text.trimStart().length);
  const prev = lineNo > 0 ? lines[lineNo - 1] : undefined;
  const merged = prev ? mergeDirective(prev.text, 'undraft-disable-next-line', f.ruleId) : undefined;
  if (prev && merged !== undefined) return { range: { start: prev.start, end: prev.end }, newText: merged };
  return { range: { start: line.start, end: line.start }, newText: `${indent}<!-- undraft-disable-next-line ${f.ruleId} -->${a.eol}` };
}

/** `<!-- undraft-disable … -->` as the first line (merged into one already there). */
export function disableFileEdit(a: Analysis, ruleId: string): CoreEdit {
  const first = a.result.model.lines[0];
  const merged = mergeDirective(first.text, 'undraft-disable', ruleId);
  if (merged !== undefined) return { range: { start: first.start, end: first.end }, newText: merged };
  return { range: { start: 0, end: 0 }, newText: `<!-- undraft-disable ${ruleId} -->${a.eol}` };
}

/**
 * When `lineText` is exactly one directive comment of this kind naming some rules, the same comment
 * with `ruleId` added (reason kept); otherwise undefined.
 */
export function mergeDirective(lineText: string, kind: string, ruleId: string): string | undefined {
  const t = lineText.trim();
  if (!t.startsWith('<!--') || !t.endsWith('-->') || t.indexOf('-->') !== t.length - 3) return undefined;
  const body = t.slice(4, -3).trim();
  if (!body.startsWith(kind) || !/^[ \t]/.test(body.slice(kind.length))) return undefined;
  const rest = body.slice(kind.length).trim();
  const dash = rest.indexOf('--');
  const list = (dash === -1 ? rest : rest.slice(0, dash)).split(/[\s,]+/).filter((r) => r !== '');
  if (list.length === 0) return undefined;
  const reason = dash === -1 ? '' : ` ${rest.slice(dash).trim()}`;
  if (!list.includes(ruleId)) list.push(ruleId);
  const indent = lineText.slice(0, lineText.length - lineText.trimStart().length);
  return `${indent}<!-- ${kind} ${list.join(', ')}${reason} -->`;
}

export function codeActions(doc: TextDocument, a: Analysis, params: CodeActionParams, opts: ActionOptions): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kindMatches(k, kind));
  if (isWordView(doc.uri)) return wordViewActions(doc, a, params, opts);
  const out: CodeAction[] = [];

  if (only && wants(FIX_ALL_KIND)) {
    const { edits } = fixAllEdits(a);
    if (edits.length > 0) {
      out.push({ title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits, opts) });
    }
  }
  if (!wants(CodeActionKind.QuickFix)) return out;

  const { start, end } = toOffsets(doc, params.range);
  const here = a.findings.filter((f) => overlaps(f, start, end));
  if (here.length === 0) return out;

  const fixableByRule = new Map<string, number>();
  for (const f of a.findings) if (chosenFix(f)) fixableByRule.set(f.ruleId, (fixableByRule.get(f.ruleId) ?? 0) + 1);
  const seen = new Set<string>();
  const once = (key: string): boolean => (seen.has(key) ? false : (seen.add(key), true));
  const tail: CodeAction[] = [];

  for (const f of here) {
    const diagnostic = toDiagnostic(doc, f);
    const preferred = chosenFix(f);
    f.fixes.forEach((fix) => {
      // The one fixer validates the fix's edits (in range, not overlapping) before they are sent.
      const applied = applyEdits(a.text, fix.edits).applied;
      if (applied.length === 0) return;
      out.push({
        // An unsafe fix says what the person decides ("Accept the bracketed text").
        title: fix === preferred ? `Fix this ${f.ruleId} problem` : fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix === preferred,
        edit: workspaceEdit(doc, applied, opts),
      });
    });
    if ((fixableByRule.get(f.ruleId) ?? 0) >= 2 && once(`all:${f.ruleId}`)) {
      const action = fixAllAction(doc, a, `Fix all ${f.ruleId} problems`, [f.ruleId], opts);
      if (action) out.push({ ...action, diagnostics: [diagnostic] });
    }
    const lineEdit = disableLineEdit(a, f);
    if (once(`line:${f.ruleId}:${lineEdit.range.start}`)) {
      tail.push({ title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(doc, [lineEdit], opts) });
    }
    if (once(`file:${f.ruleId}`)) {
      tail.push({ title: `Disable ${f.ruleId} for the entire file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(doc, [disableFileEdit(a, f.ruleId)], opts) });
    }
    if (once(`docs:${f.ruleId}`)) {
      tail.push({
        title: `Show documentation for ${f.ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: Command.create(`Show documentation for ${f.ruleId}`, opts.showDocsCommand, f.ruleId, ruleDocsUrl(f.ruleId)),
      });
    }
  }
  if (fixableByRule.size > 0) {
    const action = fixAllAction(doc, a, 'Fix all auto-fixable problems', undefined, opts);
    if (action) out.push(action);
  }
  return out.concat(tail);
}

/**
 * A Word view is read-only (its text comes from the .docx): no edit, no fix-all, no directive comment. Each fix
 * is an action that runs the client's command saying how to make it in Word (VS Code hides disabled actions from
 * its light-bulb menu, and binds no Ctrl+. in a read-only editor), or else is listed disabled with that reason
 * where the client shows disabled actions; the rule's documentation stays.
 */
function wordViewActions(doc: TextDocument, a: Analysis, params: CodeActionParams, opts: ActionOptions): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => kindMatches(k, CodeActionKind.QuickFix))) return [];
  const { start, end } = toOffsets(doc, params.range);
  const out: CodeAction[] = [];
  const docs = new Set<string>();
  for (const f of a.findings) {
    if (!overlaps(f, start, end)) continue;
    const diagnostic = toDiagnostic(doc, f);
    const preferred = chosenFix(f);
    for (const fix of opts.wordFixCommand || opts.disabledSupport ? f.fixes : []) {
      if (fix.edits.length === 0) continue;
      const safe = fix.safety === 'safe';
      if (opts.wordFixCommand) {
        const title = `How to fix in Word: ${fix.title}`;
        out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, command: Command.create(title, opts.wordFixCommand, doc.uri, fix.title, safe) });
      } else {
        const title = fix === preferred ? `Fix this ${f.ruleId} problem (in Word)` : `${fix.title} (in Word)`;
        out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: safe ? WORD_VIEW_READ_ONLY : WORD_VIEW_UNSAFE } });
      }
    }
    if (docs.has(f.ruleId)) continue;
    docs.add(f.ruleId);
    out.push({ title: `Show documentation for ${f.ruleId}`, kind: CodeActionKind.QuickFix, command: Command.create(`Show documentation for ${f.ruleId}`, opts.showDocsCommand, f.ruleId, ruleDocsUrl(f.ruleId)) });
  }
  return out;
}

/** A fix-all quick fix: with its edit now, or with data for codeAction/resolve when the client resolves. */
function fixAllAction(doc: TextDocument, a: Analysis, title: string, only: readonly string[] | undefined, opts: ActionOptions): CodeAction | undefined {
  if (opts.resolveEdits) {
    const data: FixAllData = { uri: doc.uri, version: doc.version, only };
    return { title, kind: CodeActionKind.QuickFix, data };
  }
  const { edits } = fixAllEdits(a, only);
  return edits.length > 0 ? { title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc, edits, opts) } : undefined;
}

/** Fills in a lazily resolved fix-all action; on a changed document it stays without an edit. */
export function resolveFixAll(action: CodeAction, doc: TextDocument | undefined, analysisOf: (d: TextDocument) => Analysis, opts: EditOptions): CodeAction {
  const data = action.data as FixAllData | undefined;
  if (!data || !doc || doc.uri !== data.uri || doc.version !== data.version) return action;
  const { edits } = fixAllEdits(analysisOf(doc), data.only);
  return edits.length > 0 ? { ...action, edit: workspaceEdit(doc, edits, opts) } : action;
}
