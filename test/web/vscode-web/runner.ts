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
/** One edit-and-save: the text before and after, and the fix-all actions the worker offered just before it. */
interface SaveAttempt { beforeSave: string; saved: string; preSaveActions: SeenAction[]; version: number }

/** What the runner saw; every field is judged by vscodeWeb.ts. */
export interface WebResults {
  host: { uiKind: number; hasProcess: boolean; undraftActive: boolean; undraftHasMain: boolean; undraftBrowser: string };
  diagnostics: SeenDiagnostic[];
  diagnosticsMs: number;
  chinaActions: SeenAction[];
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
  /** How many times each code action request was made before it got an answer (see askActions). */
  asks: Record<string, number>;
  /** Every edit-and-save made (see saveWithFixes); the last is `beforeSave` and `saved`. */
  saves: SaveAttempt[];
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

/**
 * Code actions at `range`, asked again (every 250 ms, for up to 20 s) while the answer is empty. The workbench's
 * getCodeActions cancels its own request, and answers [] without an error, when the registry of code action
 * providers changes while the request runs (any extension registering a provider for any language, as the web
 * worker host's extensions do while they start): CI saw such empty answers for diagnostics already shown.
 * The number of asks is reported, so a late answer shows instead of failing or hiding.
 */
async function askActions(asks: Record<string, number>, what: string, uri: vscode.Uri, range: vscode.Range | undefined, kind?: string): Promise<SeenAction[]> {
  if (!range) return [];
  let found: SeenAction[] = [];
  asks[what] = 0;
  for (const until = Date.now() + 20_000; found.length === 0 && Date.now() < until; ) {
    if (asks[what]++ > 0) await new Promise((r) => setTimeout(r, 250));
    found = await actionsAt(uri, range, kind);
  }
  return found;
}

/**
 * A change, then a save, as a user makes them: after the worker has analysed the changed version (its fix-all is
 * asked for first). A save whose text lacks the fixes is tried again, twice at most, for the reason askActions
 * gives (a save's code action request can be answered [] the same way); the Node half reports every attempt.
 */
async function saveWithFixes(doc: vscode.TextDocument): Promise<SaveAttempt[]> {
  const attempts: SaveAttempt[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    phase = `editing before save ${attempt}`;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '\n');
    await vscode.workspace.applyEdit(edit);
    const beforeSave = doc.getText();
    const preSaveActions = await actionsAt(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.undraft');
    phase = `saving with fix-on-save (save ${attempt})`;
    const version = doc.version;
    await doc.save();
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    attempts.push({ beforeSave, saved, preSaveActions, version });
    if (saved !== beforeSave) break;
  }
  return attempts;
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
  // An unsafe fix of each kind (a removal, accepting brackets) and a safe one (a State's UNTERM name).
  phase = 'asking for code actions';
  const asks: Record<string, number> = {};
  const chinaActions = await askActions(asks, 'china', uri, at('duplicate-entry', 'China')?.range);
  const bracketActions = await askActions(asks, 'brackets', uri, at('unresolved-bracket', '[2nd, 3rd and 4th]')?.range);
  const safeActions = await askActions(asks, 'country-name', uri, at('country-name', 'Islamic Republic of Iran')?.range);
  const sourceActions = await askActions(asks, 'source.fixAll', uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll');
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
  const saves = await saveWithFixes(doc);
  const { beforeSave, saved } = saves[saves.length - 1];
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
    diagnostics, diagnosticsMs, chinaActions, bracketActions, safeActions, sourceActions, outline, hover, folds, completion, fixAllText, beforeSave, saved, asks, saves,
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
