// Word drafts in the desktop editor: a .docx opened as a read-only `un-report` document (scheme undraft-word,
// the .docx's own path) whose text is the server's text view (request undraft/wordText), so diagnostics,
// outline, hover and folding work on it, and the server adds the Word-only checks. A watcher on the .docx
// refreshes the view when the file changes on disk and tells the server, which checks the view again with the
// file read anew (a comment added in Word changes the findings, not the text).
// No Node here (the server reads the file); only the desktop client uses it, its server having a file system.

import * as vscode from 'vscode';
import { BaseLanguageClient, NotificationType, RequestType } from 'vscode-languageclient';
import { annotateCommand, WORD_FILE_CHANGED_NOTIFICATION, WORD_FIX_COMMAND, WORD_TEXT_REQUEST, WORD_VIEW_SCHEME, type WordFileChangedParams, type WordTextParams, type WordTextResult } from '../../server/src/protocol';

const WordTextRequest = new RequestType<WordTextParams, WordTextResult, void>(WORD_TEXT_REQUEST);
const WordFileChanged = new NotificationType<WordFileChangedParams>(WORD_FILE_CHANGED_NOTIFICATION);

export class WordViews implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** One watcher per open view, by the view's URI; dropped when the view is closed. */
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly client: BaseLanguageClient) {}

  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(WORD_VIEW_SCHEME, this),
      vscode.commands.registerCommand(WORD_FIX_COMMAND, (view?: unknown, title?: unknown, safe?: unknown) => howToFixInWord(view, title, safe)),
      this.changed,
      vscode.workspace.onDidCloseTextDocument((d) => this.unwatch(d.uri)),
      // Setting the view's language closes and reopens it without asking for its content again: watch it anew.
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.scheme === WORD_VIEW_SCHEME) this.watch(d.uri, d.uri.with({ scheme: 'file' }));
      }),
      { dispose: () => { for (const w of this.watchers.values()) w.dispose(); this.watchers.clear(); } },
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const file = uri.with({ scheme: 'file' });
    this.watch(uri, file);
    try {
      const result = await this.client.sendRequest(WordTextRequest, { uri: this.client.code2ProtocolConverter.asUri(file) }, token);
      return result.text;
    } catch (e) {
      // The reader's reason (damaged, encrypted, not a Word file...) for the person, then VS Code's own error.
      const reason = e instanceof Error ? e.message : String(e);
      void vscode.window.showErrorMessage(`undraft: cannot show the Word draft: ${reason}`);
      throw e;
    }
  }

  /** Opens the text view of a .docx (picked in a dialog when none is given) as a read-only UN report. */
  async open(target?: vscode.Uri): Promise<void> {
    const file = target ?? (await pickWordFile());
    if (!file) return;
    if (file.scheme !== 'file') {
      void vscode.window.showInformationMessage('undraft: Word drafts are read from files on this computer.');
      return;
    }
    const doc = await vscode.workspace.openTextDocument(file.with({ scheme: WORD_VIEW_SCHEME }));
    const report = doc.languageId === 'un-report' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'un-report');
    await vscode.window.showTextDocument(report, { preview: false });
  }

  private watch(view: vscode.Uri, file: vscode.Uri): void {
    const key = view.toString();
    if (this.watchers.has(key)) return;
    const base = vscode.Uri.joinPath(file, '..');
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, name));
    const refresh = (): void => {
      this.changed.fire(view);
      void this.client.sendNotification(WordFileChanged, { uri: view.toString() });
    };
    watcher.onDidChange(refresh);
    watcher.onDidCreate(refresh);
    this.watchers.set(key, watcher);
  }

  private unwatch(view: vscode.Uri): void {
    if (view.scheme !== WORD_VIEW_SCHEME) return;
    this.watchers.get(view.toString())?.dispose();
    this.watchers.delete(view.toString());
  }
}

/**
 * The answer to a Word view's fix (the view is read-only): make it in Word, or let `undraft --annotate` write a
 * copy with it (the safe fixes as tracked changes with --fix; an unsafe one as a suggestion in a comment).
 */
async function howToFixInWord(view: unknown, title: unknown, safe: unknown): Promise<void> {
  const file = typeof view === 'string' ? vscode.Uri.parse(view).path : '';
  const fix = typeof title === 'string' && title !== '' ? ` (${title})` : '';
  const command = annotateCommand(file, safe === true);
  const message = safe === true
    ? `undraft: this view of a Word document is read-only. Make the fix in Word${fix}, or run ${command} in its folder: the copy has the safe fixes as tracked changes to accept or reject in Word.`
    : `undraft: this view of a Word document is read-only, and this fix changes what the text says${fix}: decide in Word. ${command} writes a copy with it suggested in a Word comment.`;
  if ((await vscode.window.showInformationMessage(message, 'Copy command')) === 'Copy command') await vscode.env.clipboard.writeText(command);
}

async function pickWordFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] }, title: 'Check Word draft' });
  return picked?.[0];
}
