// undraft's own part of the protocol between the VS Code client and the language server: method and command
// names and the shapes they carry. Plain types and strings only, so that both clients (desktop and web) and
// both servers (Node and Web Worker) import it without pulling in Node or an LSP library.

/** Notification `undraft/status`: what the server is doing with a document (the client's language status item). */
export const STATUS_NOTIFICATION = 'undraft/status';

export interface StatusParams {
  readonly uri: string;
  readonly state: 'checking' | 'ok' | 'disabled';
  readonly problems: number;
  readonly reason?: string;
  /** With `disabled`: the project config file (URI) that is invalid, so the client can show it as an error and open it. */
  readonly configError?: string;
}

/** Request `undraft/rules`: the rules the server knows, for the client's "Show rule documentation" picker. */
export const RULES_REQUEST = 'undraft/rules';

export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: string;
  readonly fixable: boolean;
  readonly url: string;
}

/** Commands the server executes (workspace/executeCommand). */
export const COMMANDS = {
  fixAll: 'undraft.server.fixAll',
  renumberParagraphs: 'undraft.server.renumberParagraphs',
  checkWorkspace: 'undraft.server.checkWorkspace',
  showRuleDocumentation: 'undraft.server.showRuleDocumentation',
} as const;

/** The VS Code client's own command that opens a rule's page (the local copy when offline). */
export const SHOW_DOCS_COMMAND = 'undraft.showRuleDocumentation';

/**
 * The desktop client's own command that says how to make a fix of a Word view in Word (the view is read-only):
 * arguments the view's URI, the fix's title and whether the fix is safe. Offered by the server's code actions
 * on a Word view when the client lists it in initializationOptions.clientCommands.
 */
export const WORD_FIX_COMMAND = 'undraft.howToFixInWord';

/** The answer to fix-all and renumber-paragraphs. */
export interface EditResult {
  readonly applied: boolean;
  /** Fixes applied (fix-all) or 0. */
  readonly fixes: number;
  readonly message: string;
}

/** The answer to the workspace check. */
export interface WorkspaceCheckSummary {
  readonly files: number;
  readonly checked: number;
  readonly problems: number;
  readonly filesWithProblems: number;
  readonly skipped: number;
  readonly errors: readonly string[];
  /** The check was cancelled; the counts say how far it got. */
  readonly cancelled: boolean;
}

/** Request `undraft/wordText`: the text view of a Word draft on disk (Node server only), for the client's read-only view. */
export const WORD_TEXT_REQUEST = 'undraft/wordText';

export interface WordTextParams {
  /** `file:` URI of the .docx. */
  readonly uri: string;
}

/** Where a Word paragraph is in the text view: its 0-based line, and the 1-based paragraph number in its part as the CLI gives it. */
export interface WordTextParagraph {
  readonly line: number;
  readonly part: string;
  readonly paragraph: number;
  readonly paraId?: string;
}

export interface WordTextResult {
  readonly text: string;
  readonly paragraphs?: readonly WordTextParagraph[];
}

/**
 * Notification `undraft/wordFileChanged` (client to server): the .docx behind an open Word view changed on disk.
 * The server checks the view again with the file read anew: its comments or tracked changes may have changed
 * where its text did not (and then the view's text, which the client refreshes, does not change).
 */
export const WORD_FILE_CHANGED_NOTIFICATION = 'undraft/wordFileChanged';

export interface WordFileChangedParams {
  /** The view's URI (scheme undraft-word). */
  readonly uri: string;
}

/** URI scheme of the client's read-only text views of Word drafts (the path is the .docx's own). */
export const WORD_VIEW_SCHEME = 'undraft-word';

/**
 * The command that writes a checked copy of the .docx at `docxPath` (its name only: run in its folder): with
 * `safe`, the safe fixes as tracked changes (`--fix`); otherwise every finding as a Word comment. The client's
 * "How to fix in Word" answer and the server's hover on a Word view say the same command.
 */
export function annotateCommand(docxPath: string, safe: boolean): string {
  const name = docxPath.slice(docxPath.lastIndexOf('/') + 1) || 'draft.docx';
  const output = name.replace(/\.docx$/i, '') + '.checked.docx';
  return `undraft --annotate${safe ? ' --fix' : ''} "${name}" --output "${output}"`;
}
