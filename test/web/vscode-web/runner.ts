// The in-browser half of the VS Code for the Web test: a web-only extension (a `browser` entry, no `main`) that
// code-server runs in its web worker extension host beside undraft's web build. It opens the seed draft, waits
// for undraft's diagnostics, asks for the quick fixes and the outline, runs "Fix all problems" and the workspace
// check, and writes what it saw to web-results.json in the workspace (through VS Code's file system API: the
// worker has no other). The Node half (vscodeWeb.ts) judges it. Imports nothing but `vscode`: this file is
// installed as it is compiled.

import * as vscode from 'vscode';

const UNDRAFT = 'undraft.undraft';
const SEED = 'seed-draft.md';
const RESULTS = 'web-results.json';
const WAIT_MS = 90_000;
/** What the runner was doing, named in its error. */
let phase = 'starting';

interface SeenDiagnostic { code: string; message: string; line: number; text: string }
interface SeenAction { title: string; kind: string; isPreferred: boolean; hasEdit: boolean }

/** What the runner saw; every field is judged by vscodeWeb.ts. */
export interface WebResults {
  host: { uiKind: number; hasProcess: boolean; undraftActive: boolean; undraftHasMain: boolean; undraftBrowser: string };
  diagnostics: SeenDiagnostic[];
  diagnosticsMs: number;
  chinaActions: SeenAction[];
  /** How many times the quick fixes on the repeated China were asked for before the server offered them. */
  chinaAsks: number;
  bracketActions: SeenAction[];
  safeActions: SeenAction[];
  sourceActions: SeenAction[];
  outline: string[];
  hover: string;
  folds: string[];
  completion: { line: number; labels: string[] };
  fixAllText: string;
  /** Fix-on-save: the text saved, and the text before the save (the seed with a line added). */
  beforeSave: string;
  saved: string;
  error?: string;
}

function waitFor<T>(what: string, probe: () => T | undefined, events: vscode.Event<unknown>[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (): void => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`));
    }, WAIT_MS);
    const check = (): void => {
      const value = probe();
      if (value === undefined) return;
      done();
      resolve(value);
    };
    for (const e of events) subs.push(e(check));
    check();
  });
}

/**
 * The workbench may cancel a request while it is still starting up or busy (an editor opening, a provider call
 * under load): "Canceled" is retried a few times; anything else fails at once. The answers are judged anyway.
 */
async function retryCanceled<T>(fn: () => Thenable<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 4 || !(e instanceof Error) || e.message !== 'Canceled') throw e;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

function actions(list: (vscode.CodeAction | vscode.Command)[] | undefined): SeenAction[] {
  return (list ?? []).map((a) => {
    const action = a as vscode.CodeAction;
    return { title: a.title, kind: action.kind?.value ?? '', isPreferred: action.isPreferred === true, hasEdit: action.edit !== undefined };
  });
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<SeenAction[]> {
  return actions(await retryCanceled(() => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind)));
}

/** The hover's Markdown on the first occurrence of `text`. */
async function hoverAt(doc: vscode.TextDocument, text: string): Promise<string> {
  const at = doc.getText().indexOf(text);
  if (at < 0) return '';
  const hovers = await retryCanceled(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2)));
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Completion at the first blank line after a numbered paragraph (where the next number is due). */
async function completionAfterParagraph(doc: vscode.TextDocument): Promise<{ line: number; labels: string[] }> {
  for (let line = 1; line < doc.lineCount; line++) {
    if (doc.lineAt(line).text !== '' || !/^\d+\.\s/.test(doc.lineAt(line - 1).text)) continue;
    const list = await retryCanceled(() => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 0)));
    return { line, labels: (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)) };
  }
  return { line: -1, labels: [] };
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

async function run(folder: vscode.Uri): Promise<WebResults> {
  const ext = vscode.extensions.getExtension(UNDRAFT);
  if (!ext) throw new Error(`${UNDRAFT} is not installed in this extension host`);
  const uri = vscode.Uri.joinPath(folder, SEED);
  const started = Date.now();
  phase = 'opening the seed draft';
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await retryCanceled(() => vscode.window.showTextDocument(doc));
  const ours = (): vscode.Diagnostic[] | undefined => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'undraft');
    return found.length > 0 ? found : undefined;
  };
  phase = 'waiting for the diagnostics';
  const found = await waitFor('undraft diagnostics on the seed draft', ours, [vscode.languages.onDidChangeDiagnostics]);
  const diagnosticsMs = Date.now() - started;
  const diagnostics = found.map((d) => ({ code: codeOf(d), message: d.message, line: d.range.start.line, text: doc.getText(d.range) }));
  const at = (code: string, text: string) => found.find((d) => codeOf(d) === code && doc.getText(d.range) === text);
  const actionsFor = async (d: vscode.Diagnostic | undefined) => (d ? actionsAt(uri, d.range) : []);
  // An unsafe fix of each kind (a removal, accepting brackets) and a safe one (a State's UNTERM name).
  phase = 'asking for code actions';
  // CI once got no quick fix at all for a diagnostic already shown (the web worker host only): ask again for a
  // bounded while, and report how many asks it took, so that a late answer shows instead of failing or hiding.
  let chinaActions: SeenAction[] = [];
  let chinaAsks = 0;
  for (const until = Date.now() + 20_000; chinaActions.length === 0 && Date.now() < until; ) {
    if (chinaAsks++ > 0) await new Promise((r) => setTimeout(r, 250));
    chinaActions = await actionsFor(at('duplicate-entry', 'China'));
  }
  const bracketActions = await actionsFor(at('unresolved-bracket', '[2nd, 3rd and 4th]'));
  const safeActions = await actionsFor(at('country-name', 'Islamic Republic of Iran'));
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const sourceActions = await actionsAt(uri, whole, 'source.fixAll');
  phase = 'asking for the outline';
  const symbols = await retryCanceled(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri));
  const outline = (symbols ?? []).map((s) => s.name);
  phase = 'asking for a hover';
  const hover = await hoverAt(doc, 'E/CN.15/2011/19');
  phase = 'asking for folding ranges';
  const ranges = await retryCanceled(() => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri));
  const folds = (ranges ?? []).map((r) => `${r.start}-${r.end}`);
  phase = 'asking for completion';
  const completion = await completionAfterParagraph(doc);

  // "Fix all problems" goes client -> worker server -> workspace/applyEdit -> the editor.
  const before = doc.version;
  phase = 'running undraft.fixAll';
  await vscode.commands.executeCommand('undraft.fixAll');
  await waitFor('the fix-all edit', () => (doc.version > before ? true : undefined), [vscode.workspace.onDidChangeTextDocument]);
  const fixAllText = doc.getText();
  // Back to the seed as it was, so the Node half's screenshot shows the findings.
  phase = 'undoing the fix-all';
  await retryCanceled(() => vscode.window.showTextDocument(editor.document));
  await vscode.commands.executeCommand('undo');
  // Fix-on-save (the Node half's user settings ask for source.fixAll.undraft): a change, then a save.
  phase = 'editing before the save';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, doc.lineAt(doc.lineCount - 1).range.end, '\n');
  await vscode.workspace.applyEdit(edit);
  const beforeSave = doc.getText();
  // As a user saves after the squiggles have caught up: the worker has analysed the edited version before the
  // save asks it for source.fixAll (CI once saved while the first analysis of that version was still running,
  // and the save went through without the fixes).
  phase = 'waiting for the analysis of the edited version';
  await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.undraft');
  phase = 'saving with fix-on-save';
  await doc.save();
  const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  // The web build says the workspace check is not available (the Node half looks for the notification).
  phase = 'running undraft.checkWorkspace';
  await vscode.commands.executeCommand('undraft.checkWorkspace');

  const pkg = ext.packageJSON as { main?: string; browser?: string };
  return {
    host: {
      uiKind: vscode.env.uiKind,
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
      undraftActive: ext.isActive,
      undraftHasMain: pkg.main !== undefined,
      undraftBrowser: pkg.browser ?? '',
    },
    diagnostics, diagnosticsMs, chinaActions, chinaAsks, bracketActions, safeActions, sourceActions, outline, hover, folds, completion, fixAllText, beforeSave, saved,
  };
}

export async function activate(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return;
  let results: WebResults | { error: string };
  try {
    results = await run(folder);
  } catch (e) {
    results = { error: `while ${phase}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, RESULTS), new TextEncoder().encode(JSON.stringify(results, null, 2)));
}
