// Helpers for the suites that run in VS Code's extension host: waiting on events (never on fixed sleeps).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { DRAFT_FILE } from './draft';

export const EXTENSION_ID = 'undraft.undraft';
/** Generous limit for anything that waits on the language server or the workbench. */
export const WAIT_MS = 60_000;

/** Lines collected by the suites (measurements) and reported by the runner. */
export const suiteLog: string[] = [];
export function note(line: string): void {
  suiteLog.push(line);
  console.log(line);
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the e2e opens a copy of test/e2e/workspace');
  return folder.uri;
}

/** The workspace folder the suites run in, as a path. */
export function workspaceFolderPath(): string {
  return workspaceFolder().fsPath;
}

export function draftUri(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), DRAFT_FILE);
}

let copies = 0;
/** A fresh copy of the seed-like draft in the workspace, so that each test starts from the same text. */
export function copyOfDraft(label: string): vscode.Uri {
  const source = draftUri().fsPath;
  copies++;
  const target = path.join(path.dirname(source), 'copies', `${label}-${copies}.md`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  return vscode.Uri.file(target);
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Brings a document to the front so that the revert command acts on it. The workbench refuses when another editor
 * opens at the same moment (CI once saw the user settings.json, rewritten by a configuration update, race it):
 * that refusal is retried a few times; anything else fails at once.
 */
async function showForRevert(document: vscode.TextDocument): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await vscode.window.showTextDocument(document);
      return;
    } catch (e) {
      if (attempt >= 4 || !(e instanceof Error) || !e.message.includes('another editor opened in the meantime')) throw e;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

/** Reverts every unsaved document and closes all editors, without the "save changes?" dialog. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await showForRevert(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function undraftDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'undraft');
}

export function codeOf(d: vscode.Diagnostic): string {
  if (d.code === undefined) return '';
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${d.source ?? '?'}/${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)
    .join('\n  ');
}

/**
 * Resolves with the undraft diagnostics of `uri` as soon as `accept` holds for them: checked now and on every
 * `onDidChangeDiagnostics` event for that document. Rejects after `timeoutMs` with what was seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let done = false;
    const check = (): void => {
      if (done) return;
      const current = undraftDiagnostics(uri);
      if (accept(current)) {
        finish();
        resolve(current);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; undraft diagnostics now:\n  ${describeDiagnostics(undraftDiagnostics(uri))}`));
    }, timeoutMs);
    function finish(): void {
      done = true;
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Resolves when the document's text satisfies `accept` (checked now and on each change). */
export function waitForText(
  document: vscode.TextDocument,
  accept: (text: string) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let done = false;
    const check = (): void => {
      if (done) return;
      const text = document.getText();
      if (accept(text)) {
        finish();
        resolve(text);
      }
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document) check();
    });
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    function finish(): void {
      done = true;
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
    // Resolve lazily computed edits (codeAction/resolve) of up to this many actions.
    100,
  );
  // A bare Command has a string `command`; a CodeAction has a title and maybe `edit` / `command` object.
  return (result ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/**
 * Code actions where some are due, asked again (every 250 ms, for up to 20 s) while the answer is empty: VS Code's
 * getCodeActions answers [] without an error when the registry of code action providers changes while a request
 * runs (any extension registering a provider as it starts), which the web worker host's suite has seen.
 */
export async function codeActionsWhenAny(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  let actions = await codeActionsAt(uri, range, kind);
  for (const until = Date.now() + 20_000; actions.length === 0 && Date.now() < until; ) {
    await new Promise((r) => setTimeout(r, 250));
    actions = await codeActionsAt(uri, range, kind);
  }
  return actions;
}

/** Applies a code action the way the workbench does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const applied = await vscode.workspace.applyEdit(action.edit);
    if (!applied) throw new Error(`the edit of "${action.title}" was not applied`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

/** Resolves when `document` has been saved (onDidSaveTextDocument). Call before triggering the save. */
export function waitForSave(document: vscode.TextDocument, timeoutMs = WAIT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidSaveTextDocument((saved) => {
      if (saved !== document) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${document.uri.fsPath} to be saved`));
    }, timeoutMs);
  });
}

export function rangeContains(range: vscode.Range, document: vscode.TextDocument, offset: number): boolean {
  return range.contains(document.positionAt(offset));
}
