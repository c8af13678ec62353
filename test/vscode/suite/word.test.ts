// The Word view in a real VS Code: "Check Word draft" on a .docx of the workspace (built by the harness,
// wordDraft.ts) opens its text view as a read-only `un-report` document whose text is the CLI's --print-text,
// whose problems are the CLI's (Word-only checks included), whose outline, hover and folding work, and which follows
// the file when it is rewritten on disk (its text, or only a comment). Waits are on events, never fixed sleeps.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CHAPTERS, CHAPTER_TITLES, REPEATED_STATE } from './draft';
import { EXTENSION_ID, WAIT_MS, codeActionsWhenAny, codeOf, describeDiagnostics, note, revertAndCloseAll, waitForDiagnostics, waitForText, workspaceFolder } from './helpers';
import { ANSWERED_COMMENT, FIRST_COMMENT, REVISED_COMMENT, REVISION, WORD_DRAFT, WORD_FOLDER, WORD_RECOMMENTED, WORD_REVISED } from './wordDraft';

const VIEW_SCHEME = 'undraft-word';

function severityName(severity: vscode.DiagnosticSeverity): string {
  return ['error', 'warning', 'info', 'hint'][severity] ?? String(severity);
}

/** Runs the CLI bundled in the installed extension (Node in code-server, Electron as Node on the desktop). */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `the extension ${EXTENSION_ID} is installed`);
  const file = path.join(extension.extensionPath, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' }, timeout: WAIT_MS });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The CLI's findings for a file, as "line:column severity rule message", in the order of the text. */
function cliFindings(file: string): string[] {
  const run = cli(['--format', 'json', file]);
  assert.ok(run.status === 0 || run.status === 1, `the CLI ran (exit ${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[];
  return report.flatMap((r) => r.findings).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`).sort();
}

function described(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d.severity)} ${codeOf(d)} ${d.message}`).sort();
}

function hasComment(text: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => ds.some((d) => codeOf(d) === 'word-comments' && d.message.includes(text));
}

/** Resolves with the editor that shows `uri` once one is visible. */
function whenShown(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const find = (): vscode.TextEditor | undefined => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const now = find();
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for an editor on ${uri.toString()}`));
    }, WAIT_MS);
    const subscription = vscode.window.onDidChangeVisibleTextEditors(() => {
      const editor = find();
      if (!editor) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(editor);
    });
  });
}

describe('Word draft view in a real VS Code', function () {
  this.timeout(4 * WAIT_MS);
  const docx = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), WORD_FOLDER, WORD_DRAFT);

  after(async function () {
    await revertAndCloseAll();
  });

  it('contributes "Check Word draft" to the Explorer context menu of .docx files and to the palette', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `the extension ${EXTENSION_ID} is installed`);
    // The command is registered on activation (also by its own activation event, onCommand).
    await extension.activate();
    const contributes = extension?.packageJSON?.contributes as { commands?: { command: string; title: string }[]; menus?: Record<string, { command: string; when?: string }[]> } | undefined;
    const command = contributes?.commands?.find((c) => c.command === 'undraft.checkWordDraft');
    assert.equal(command?.title, 'Check Word draft');
    const entry = contributes?.menus?.['explorer/context']?.find((m) => m.command === 'undraft.checkWordDraft');
    assert.ok(entry, 'an explorer/context menu entry runs undraft.checkWordDraft');
    assert.match(entry.when ?? '', /\bresourceExtname == \.docx\b/, `its "when" shows it on .docx files: ${entry.when}`);
    assert.ok((await vscode.commands.getCommands(true)).includes('undraft.checkWordDraft'), 'the command is registered');
  });

  it('opens the .docx as a read-only un-report view: the text --print-text prints, the CLI\'s problems, the outline, hover, folding', async function () {
    const file = docx();
    const view = file.with({ scheme: VIEW_SCHEME });
    const started = Date.now();
    const shown = whenShown(view);
    // What the Explorer's context menu passes: the clicked file's URI.
    await vscode.commands.executeCommand('undraft.checkWordDraft', file);
    const editor = await shown;
    const document = editor.document;
    assert.equal(document.uri.scheme, VIEW_SCHEME);
    assert.equal(document.uri.path, file.path);
    assert.equal(document.languageId, 'un-report');

    const printed = cli(['--print-text', file.fsPath]);
    assert.equal(printed.status, 0, printed.stderr);
    const text = document.getText();
    assert.equal(text.endsWith('\n') ? text : `${text}\n`, printed.stdout, 'the view is the text view the CLI prints');

    const diagnostics = await waitForDiagnostics(view, (ds) => hasComment(FIRST_COMMENT.text)(ds) && ds.some((d) => codeOf(d) === 'duplicate-entry'), 'the comment and the duplicate-entry on the view');
    note(`Word view: problems ${Date.now() - started} ms after the command`);
    const duplicate = diagnostics.find((d) => codeOf(d) === 'duplicate-entry')!;
    assert.equal(document.getText(duplicate.range).includes(REPEATED_STATE), true, 'the duplicate-entry is on the repeated name');
    assert.deepEqual(described(diagnostics), cliFindings(file.fsPath), `the problems are the CLI's for the .docx; got:\n  ${describeDiagnostics(diagnostics)}`);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', view);
    const chapters = (symbols ?? []).filter((s) => /^(I|II|III|IV|V)\.\s/.test(s.name));
    assert.deepEqual(chapters.map((s) => s.name.split('.')[0]), CHAPTERS, `the outline has chapters I–V: ${(symbols ?? []).map((s) => s.name).join(' | ')}`);
    chapters.forEach((c, i) => assert.ok(c.name.includes(CHAPTER_TITLES[i]), `chapter ${CHAPTERS[i]} is named after its title: "${c.name}"`));

    // Hover and folding, as on any draft.
    const symbol = 'UNSD/EG.3/2024/L.1';
    const at = text.lastIndexOf(symbol);
    assert.ok(at >= 0, `the view cites ${symbol}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', view, document.positionAt(at + symbol.indexOf('L.1')));
    const hover = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(hover, /limited distribution/i, `the hover explains "L."; hover:\n${hover}`);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', view);
    const chapterLines = chapters.map((c) => c.range.start.line);
    assert.ok(chapterLines.every((line) => (folds ?? []).some((f) => f.start === line && f.end > line)), `each chapter folds; ranges: ${(folds ?? []).map((f) => `${f.start}-${f.end}`).join(' ')}`);

    // Nothing on the view is an edit: its fixes are made in Word.
    const actions = await codeActionsWhenAny(view, duplicate.range);
    assert.ok(actions.some((a) => a.title === 'Show documentation for duplicate-entry'), `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepEqual(actions.filter((a) => a.edit !== undefined).map((a) => a.title), [], 'no action edits the read-only view');
    const how = actions.filter((a) => a.command?.command === 'undraft.howToFixInWord');
    assert.ok(how.some((a) => a.title === `How to fix in Word: Remove the second “${REPEATED_STATE}”`), `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok((await vscode.commands.getCommands(true)).includes('undraft.howToFixInWord'), 'the client registers the command the action runs');
    // VS Code shows no light bulb in a read-only editor but always the hover: it says how to fix in Word.
    const onRepeat = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', view, duplicate.range.start.translate(0, 1));
    const howText = (onRepeat ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(howText, new RegExp(`How to fix in Word\\*\\*: Remove the second “${REPEATED_STATE}”.*undraft --annotate`), `hover:\n${howText}`);
    const edited = await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x')).then((ok) => ok, () => false);
    assert.equal(edited && document.getText() !== text, false, 'the view cannot be typed into');
  });

  it('follows the .docx when it is rewritten on disk: new text, new Word-only findings', async function () {
    const file = docx();
    const view = file.with({ scheme: VIEW_SCHEME });
    let document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === view.toString());
    if (!document) {
      const shown = whenShown(view);
      await vscode.commands.executeCommand('undraft.checkWordDraft', file);
      document = (await shown).document;
    }
    await waitForDiagnostics(view, hasComment(FIRST_COMMENT.text), 'the first comment on the view');
    const started = Date.now();
    // Word saves the revision over the file.
    fs.copyFileSync(path.join(path.dirname(file.fsPath), WORD_REVISED), file.fsPath);
    await waitForText(document, (t) => t.includes(REVISION.to) && !t.includes(REVISION.from), `the view to show "${REVISION.to}"`);
    const diagnostics = await waitForDiagnostics(view, (ds) => hasComment(REVISED_COMMENT.text)(ds) && !hasComment(FIRST_COMMENT.text)(ds), 'the rewritten comment on the view');
    note(`Word view: refreshed ${Date.now() - started} ms after the file was rewritten`);
    const printed = cli(['--print-text', file.fsPath]);
    const text = document.getText();
    assert.equal(text.endsWith('\n') ? text : `${text}\n`, printed.stdout);
    assert.deepEqual(described(diagnostics), cliFindings(file.fsPath));

    // Only the comment changes in Word: the view's text stays, its Word-only problem follows the file.
    const again = Date.now();
    fs.copyFileSync(path.join(path.dirname(file.fsPath), WORD_RECOMMENTED), file.fsPath);
    const answered = await waitForDiagnostics(view, (ds) => hasComment(ANSWERED_COMMENT.text)(ds) && !hasComment(REVISED_COMMENT.text)(ds), 'the answered comment on the view');
    note(`Word view: a comment-only change shown ${Date.now() - again} ms after the file was rewritten`);
    assert.equal(document.getText(), text, 'the view\'s text is unchanged');
    assert.deepEqual(described(answered), cliFindings(file.fsPath));
  });
});
