// Commands the server executes (workspace/executeCommand). The VS Code client's palette commands
// (`undraft.fixAll`, …) call these with the active document's URI and version; other editors can too.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { findRule } from '../core/index';
import { Analyses, decide, isWordView } from './analysis';
import { EditOptions, fixAllEdits, WORD_VIEW_READ_ONLY, workspaceEdit } from './codeActions';
import { COMMANDS, type EditResult } from '../protocol';
import type { SettingsStore } from './settings';

export { COMMANDS };

export const PARAGRAPH_NUMBERING_RULE = 'paragraph-numbering';

/** The document a command acts on, as the client saw it. */
export interface DocumentArg {
  readonly uri: string;
  /** The version the command was issued for; a newer document is not edited. */
  readonly version?: number;
}

export class EditCommands {
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly editOptions: () => EditOptions,
    private readonly analyses: Analyses,
  ) {}

  /** Resolves the document of a command, refusing a stale version and a document undraft does not check. */
  private async target(arg: DocumentArg): Promise<TextDocument | EditResult> {
    const doc = this.documents.get(arg.uri);
    if (!doc) return { applied: false, fixes: 0, message: `The document ${arg.uri} is not open.` };
    const settings = await this.settings.get(doc.uri);
    // Checked after the wait: a change may have arrived meanwhile.
    if (arg.version !== undefined && arg.version !== doc.version) {
      return { applied: false, fixes: 0, message: `The document changed (version ${doc.version}, not ${arg.version}); nothing was applied.` };
    }
    const decision = decide(doc.languageId, doc.getText(), settings);
    if (!decision.check) return { applied: false, fixes: 0, message: `This document is not checked: ${decision.reason}.` };
    if (isWordView(doc.uri)) return { applied: false, fixes: 0, message: WORD_VIEW_READ_ONLY };
    return doc;
  }

  /** The arguments were checked by commandArgs.ts (documentArg). */
  async fixAll(arg: DocumentArg, only?: readonly string[], what = 'auto-fixable problems'): Promise<EditResult> {
    const doc = await this.target(arg);
    if (!('uri' in doc)) return doc;
    let settings = await this.settings.get(doc.uri);
    if (only) {
      // An explicit command runs its rules even when the settings turn them off.
      const rules = { ...settings.rules };
      for (const id of only) if (rules[id] === 'off') delete rules[id];
      settings = { ...settings, rules };
    }
    const analysis = this.analyses.analyze(doc, settings);
    const { edits, fixes } = fixAllEdits(analysis, only);
    if (edits.length === 0) return { applied: false, fixes: 0, message: `No ${what} to fix.` };
    // The edit names the analysed version: the editor refuses it if the document changed since.
    const response = await this.connection.workspace.applyEdit({ label: `undraft: fix ${what}`, edit: workspaceEdit(doc, edits, this.editOptions()) });
    if (!response.applied) return { applied: false, fixes: 0, message: `The editor did not apply the fixes${response.failureReason ? `: ${response.failureReason}` : '.'}` };
    return { applied: true, fixes, message: `Fixed ${fixes} ${fixes === 1 ? 'problem' : 'problems'}.` };
  }

  async renumberParagraphs(arg: DocumentArg): Promise<EditResult> {
    if (!findRule(PARAGRAPH_NUMBERING_RULE)) {
      return { applied: false, fixes: 0, message: `The ${PARAGRAPH_NUMBERING_RULE} rule is not available in this version.` };
    }
    const result = await this.fixAll(arg, [PARAGRAPH_NUMBERING_RULE], 'paragraph numbering problems');
    if (!result.applied && result.message.startsWith('No ')) return { ...result, message: 'The paragraphs are already numbered in order.' };
    return result.applied ? { ...result, message: 'Renumbered the paragraphs and the references to them.' } : result;
  }
}
