// End-to-end suites that run inside VS Code's extension host (code-server or desktop VS Code) against the
// installed undraft extension and a copy of test/e2e/workspace. They use the real `vscode` API and wait on
// events (diagnostics, document changes), never on fixed sleeps.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CHAPTERS,
  CHAPTER_TITLES,
  REPEATED_STATE,
  SECTIONS,
  findStatesParagraph,
  occurrencesIn,
  statesListProblems,
} from './draft';
import {
  EXTENSION_ID,
  WAIT_MS,
  applyCodeAction,
  codeActionsAt,
  codeActionsWhenAny,
  codeOf,
  copyOfDraft,
  describeDiagnostics,
  draftUri,
  note,
  workspaceFolderPath,
  openInEditor,
  rangeContains,
  revertAndCloseAll,
  undraftDiagnostics,
  waitForDiagnostics,
  waitForSave,
  waitForText,
} from './helpers';
import { EXPECTED_ORGANIZATION_PREFIX, findOrganizationSnippet } from './snippets';

const TEST_TIMEOUT_MS = 3 * WAIT_MS;

function isDuplicate(d: vscode.Diagnostic): boolean {
  return codeOf(d) === 'duplicate-entry';
}

/** The duplicate-entry diagnostic on the second "China" of paragraph 11, with the offsets of both occurrences. */
function duplicateChina(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]) {
  const paragraph = findStatesParagraph(document.getText());
  assert.ok(paragraph, 'the draft has the paragraph listing the States');
  const [first, second] = occurrencesIn(paragraph, REPEATED_STATE);
  assert.ok(first !== undefined && second !== undefined, `paragraph 11 names ${REPEATED_STATE} twice`);
  const diagnostic = diagnostics.find((d) => isDuplicate(d) && rangeContains(d.range, document, second));
  return { paragraph, first, second, diagnostic };
}

function severityName(severity: vscode.DiagnosticSeverity): string {
  return ['error', 'warning', 'info', 'hint'][severity] ?? String(severity);
}

/** Resolves with the time at which `uri` is opened in the extension host (onDidOpenTextDocument). */
function whenOpened(uri: vscode.Uri): Promise<number> {
  return new Promise((resolve) => {
    const subscription = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() !== uri.toString()) return;
      subscription.dispose();
      resolve(Date.now());
    });
  });
}

function isDocumentSymbol(s: vscode.DocumentSymbol | vscode.SymbolInformation): s is vscode.DocumentSymbol {
  return Array.isArray((s as vscode.DocumentSymbol).children) && (s as vscode.DocumentSymbol).range !== undefined;
}

function findSymbols(symbols: readonly vscode.DocumentSymbol[], accept: (s: vscode.DocumentSymbol) => boolean): vscode.DocumentSymbol[] {
  const found: vscode.DocumentSymbol[] = [];
  const visit = (list: readonly vscode.DocumentSymbol[]): void => {
    for (const s of list) {
      if (accept(s)) found.push(s);
      else visit(s.children);
    }
  };
  visit(symbols);
  return found;
}

function outline(symbols: readonly vscode.DocumentSymbol[], depth = 0, out: string[] = []): string[] {
  for (const s of symbols) {
    out.push(`${'  '.repeat(depth)}${s.name}`);
    if (depth < 2) outline(s.children, depth + 1, out);
  }
  return out;
}

describe('undraft in a real VS Code', function () {
  this.timeout(TEST_TIMEOUT_MS);

  before(async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `the extension ${EXTENSION_ID} is installed`);
    note(`VS Code ${vscode.version}, ${EXTENSION_ID} ${String(extension.packageJSON.version)}`);
  });

  afterEach(async function () {
    await revertAndCloseAll();
  });

  it('contributes the un-report language and the undraft.* settings', async function () {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('un-report'), 'the un-report language is registered');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const properties = extension?.packageJSON?.contributes?.configuration?.properties ?? {};
    const declared = Object.keys(properties).filter((k) => k.startsWith('undraft.'));
    assert.ok(declared.length > 0, 'the extension contributes settings under undraft.*');
    const configuration = vscode.workspace.getConfiguration('undraft');
    for (const key of declared) {
      assert.ok(configuration.has(key.slice('undraft.'.length)), `${key} is known to VS Code`);
    }
  });

  it('activates on the draft and shows its problems soon after it is opened', async function () {
    const uri = draftUri();
    const started = Date.now();
    const editor = await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some(isDuplicate), 'the duplicate-entry diagnostic');
    note(`first open: undraft diagnostics ${Date.now() - started} ms after opening (includes activation and server start)`);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true, 'the extension is active');
    assert.ok(diagnostics.length >= 1);
    assert.equal(editor.document.languageId === 'markdown' || editor.document.languageId === 'un-report', true);

    // With the server running, a second draft's problems arrive within a second of its opening (from the
    // document being open in the extension host to its diagnostics, both observed by events).
    const second = copyOfDraft('latency');
    const openedAt = whenOpened(second);
    const diagnosedAt = waitForDiagnostics(second, (ds) => ds.some(isDuplicate), 'the duplicate-entry diagnostic on a second draft').then(() => Date.now());
    await openInEditor(second);
    const latency = (await diagnosedAt) - (await openedAt);
    note(`warm open: undraft diagnostics ${latency} ms after a second draft was opened`);
    assert.ok(latency < 1000, `diagnostics came ${latency} ms after the draft was opened (expected within a second)`);
  });

  it('shows the same problems as the CLI bundled in the extension', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const uri = copyOfDraft('cli');
    await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some(isDuplicate), 'the duplicate-entry diagnostic');
    const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
    assert.ok(fs.existsSync(cli), `the .vsix bundles the CLI (${cli})`);
    // process.execPath is Node in code-server's extension host and Electron (run as Node) in desktop VS Code.
    const run = spawnSync(process.execPath, [cli, '--format', 'json', uri.fsPath], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
      timeout: WAIT_MS,
    });
    assert.ok(run.status === 0 || run.status === 1, `the CLI ran (exit ${run.status}): ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[];
    const expected = report.flatMap((r) => r.findings).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    const actual = diagnostics.map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d.severity)} ${codeOf(d)} ${d.message}`,
    );
    const byPosition = (a: string, b: string): number => {
      const [al, ac] = a.split(' ')[0].split(':').map(Number);
      const [bl, bc] = b.split(' ')[0].split(':').map(Number);
      return al - bl || ac - bc || a.localeCompare(b);
    };
    assert.deepEqual(actual.sort(byPosition), expected.sort(byPosition));
    note(`CLI and editor agree on ${expected.length} problems in the draft`);
  });

  it('hover on a document symbol explains its parts', async function () {
    const uri = copyOfDraft('hover');
    const { document } = await openInEditor(uri);
    await waitForDiagnostics(uri, (ds) => ds.some(isDuplicate), 'the server to have the draft');
    const symbol = 'UNSD/EG.3/2024/L.1';
    const at = document.getText().lastIndexOf(symbol);
    assert.ok(at >= 0, `the draft cites ${symbol}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      document.positionAt(at + symbol.indexOf('L.1')),
    );
    const text = (hovers ?? [])
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /limited distribution/i, `the hover explains "L." (limited distribution); hover:\n${text}`);
  });

  it('reports the repeated China as duplicate-entry on its second occurrence', async function () {
    const uri = copyOfDraft('duplicate');
    const { document } = await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some(isDuplicate), 'the duplicate-entry diagnostic');
    const { first, diagnostic } = duplicateChina(document, diagnostics);
    assert.ok(diagnostic, `a duplicate-entry diagnostic covers the second ${REPEATED_STATE}; got:\n  ${describeDiagnostics(diagnostics)}`);
    assert.equal(diagnostic.source, 'undraft');
    assert.equal(codeOf(diagnostic), 'duplicate-entry');
    assert.equal(document.getText(diagnostic.range).includes(REPEATED_STATE), true, 'the range is on the repeated name');
    assert.equal(rangeContains(diagnostic.range, document, first), false, 'the first occurrence is not reported');
    assert.ok(typeof diagnostic.code === 'object' && diagnostic.code.target, 'the code links to the rule documentation');
    assert.match(diagnostic.code.target.toString(), /duplicate-entry/);
    const related = diagnostic.relatedInformation ?? [];
    assert.ok(
      related.some((r) => r.location.uri.toString() === uri.toString() && rangeContains(r.location.range, document, first)),
      'the related information points at the first occurrence',
    );
  });

  it('the quick fix "Remove the second “China”" (unsafe, not preferred) removes the second China', async function () {
    const uri = copyOfDraft('quick-fix');
    const { document } = await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some(isDuplicate), 'the duplicate-entry diagnostic');
    const { diagnostic } = duplicateChina(document, diagnostics);
    assert.ok(diagnostic, 'the duplicate-entry diagnostic is on the second China');


    const actions = await codeActionsWhenAny(uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === `Remove the second “${REPEATED_STATE}”`);
    assert.ok(fix, `the code actions include "Remove the second “${REPEATED_STATE}”"; got: ${JSON.stringify(titles)}`);
    assert.ok(!fix.isPreferred, 'an unsafe fix is never the preferred action');
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'the fix is a quick fix');

    const versionBefore = document.version;
    await applyCodeAction(fix);
    const text = await waitForText(document, () => document.version > versionBefore, 'the quick fix to change the document');
    const paragraph = findStatesParagraph(text);
    assert.ok(paragraph, 'paragraph 11 is still there');
    assert.deepEqual(statesListProblems(paragraph.text), [], `paragraph 11 after the fix: ${paragraph.text}`);
    const after = await waitForDiagnostics(uri, (ds) => !ds.some(isDuplicate), 'the duplicate-entry diagnostic to go away');
    assert.equal(after.some(isDuplicate), false);
  });

  it('the Outline shows chapters I–V with their sections and paragraphs', async function () {
    const uri = copyOfDraft('outline');
    await openInEditor(uri);
    await waitForDiagnostics(uri, (ds) => ds.some(isDuplicate), 'the server to have the draft');
    const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    assert.ok(result && result.length > 0, 'the document symbol provider returns symbols');
    assert.ok(result.every(isDocumentSymbol), 'the symbols are hierarchical DocumentSymbols');
    const symbols = result as vscode.DocumentSymbol[];
    const shape = outline(symbols).join('\n');

    const chapterPattern = /^(I|II|III|IV|V)\.\s/;
    const chapters = findSymbols(symbols, (s) => chapterPattern.test(s.name));
    assert.deepEqual(
      chapters.map((s) => s.name.split('.')[0]),
      CHAPTERS,
      `the outline has chapters I–V in order; outline:\n${shape}`,
    );
    chapters.forEach((chapter, i) => {
      assert.ok(chapter.name.includes(CHAPTER_TITLES[i]), `chapter ${CHAPTERS[i]} is named after its title: "${chapter.name}"`);
    });
    for (const [numeral, letters] of Object.entries(SECTIONS)) {
      const chapter = chapters[CHAPTERS.indexOf(numeral)];
      const sections = chapter.children.filter((s) => /^[A-Z]\.\s/.test(s.name));
      assert.deepEqual(
        sections.map((s) => s.name[0]),
        letters,
        `chapter ${numeral} has sections ${letters.join(', ')}; outline:\n${shape}`,
      );
    }
    const statements = chapters[3].children.find((s) => s.name.startsWith('B.'));
    assert.ok(
      statements && findSymbols(statements.children, (s) => /^11\.?\s/.test(s.name)).length === 1,
      `section IV.B lists paragraph 11; outline:\n${shape}`,
    );
  });

  it(`a snippet inserts an Organization of the meeting chapter by its prefix`, async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const contributed: { language: string; path: string }[] = extension.packageJSON?.contributes?.snippets ?? [];
    const forMarkdown = contributed.find((s) => s.language === 'markdown');
    assert.ok(forMarkdown, 'the extension contributes snippets for Markdown');
    const snippetsText = fs.readFileSync(path.join(extension.extensionPath, forMarkdown.path), 'utf8');
    const snippet = findOrganizationSnippet(snippetsText);
    assert.ok(snippet, `${forMarkdown.path} has a snippet with an "Organization of the meeting" chapter`);
    if (snippet.prefix !== EXPECTED_ORGANIZATION_PREFIX) note(`snippet prefix is "${snippet.prefix}" (expected "${EXPECTED_ORGANIZATION_PREFIX}")`);

    const uri = copyOfDraft('snippet');
    const editor = await openInEditor(uri);
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, `\n${snippet.prefix}`));
    const prefixEnd = document.lineAt(document.lineCount - 1).range.end;
    const prefixRange = new vscode.Range(prefixEnd.translate(0, -snippet.prefix.length), prefixEnd);
    assert.equal(document.getText(prefixRange), snippet.prefix);

    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      prefixEnd,
    );
    const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
    const item = completions.items.find(
      (c) => c.kind === vscode.CompletionItemKind.Snippet && labelOf(c) === snippet.prefix,
    );
    assert.ok(item, `completion at "${snippet.prefix}" offers the snippet; got: ${completions.items.slice(0, 20).map(labelOf).join(', ')}`);
    assert.ok(item.insertText instanceof vscode.SnippetString, 'the completion inserts a snippet');
    const inserted = await editor.insertSnippet(item.insertText, prefixRange);
    assert.equal(inserted, true, 'the snippet was inserted');

    const text = document.getText();
    const tail = text.slice(document.offsetAt(prefixRange.start));
    assert.ok(!tail.startsWith(snippet.prefix), 'the prefix was replaced');
    for (const heading of ['Organization of the meeting', 'Opening of the meeting', 'Adoption of the agenda and other organizational matters', 'Attendance', 'Documentation']) {
      assert.ok(tail.includes(heading), `the inserted chapter has "${heading}"; inserted:\n${tail}`);
    }
  });

  it('fix-on-save (source.fixAll.undraft) applies every safe fix and leaves the bracketed text and the second China', async function () {
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', { 'source.fixAll.undraft': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const uri = copyOfDraft('fix-on-save');
    const editor = await openInEditor(uri);
    const document = editor.document;
    // Make the draft dirty with a date in the wrong form (a safe fix); China is already listed twice.
    const original = document.getText();
    const at = original.indexOf('on 12 March 2024, the Expert Group considered agenda item 2');
    assert.ok(at > 0, 'paragraph 5 gives its date');
    const unDate = 'on 12 March 2024';
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + unDate.length)), 'on March 12, 2024'));
    const before = await waitForDiagnostics(
      uri,
      (ds) => ds.some(isDuplicate) && ds.some((d) => codeOf(d) === 'date-format'),
      'the duplicate-entry and date-format diagnostics',
    );
    note(`fix-on-save: ${before.length} undraft diagnostics before saving`);

    await vscode.window.showTextDocument(document);
    const savedEvent = waitForSave(document);
    // The explicit save of the active editor, as Ctrl+S does: it runs the codeActionsOnSave participants.
    await vscode.commands.executeCommand('workbench.action.files.save');
    await savedEvent;
    assert.equal(document.isDirty, false, 'the document was saved');
    const saved = document.getText();
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), saved, 'the fixed text is on disk');
    // Safe fixes were applied: the date and the placeholder link.
    assert.ok(saved.includes('on 12 March 2024, the Expert Group considered agenda item 2'), 'the date is in the UN form');
    assert.ok(saved.includes('[77/161](https://undocs.org/A/RES/77/161)'), 'the placeholder link points at undocs.org');
    // Unsafe ones were not: the bracketed text and the second China stay.
    assert.ok(saved.includes('At its [2nd, 3rd and 4th] meetings, on [12 and 13] March 2024'), 'the bracketed text is as it was');
    const savedParagraph = findStatesParagraph(saved);
    assert.ok(savedParagraph, 'paragraph 11 is still there');
    assert.equal(savedParagraph.text, findStatesParagraph(original)?.text, 'paragraph 11, China twice, is as it was');

    const after = await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'date-format'), 'the date-format diagnostic to go away');
    note(`fix-on-save: ${after.length} undraft diagnostics after saving`);
    assert.ok(undraftDiagnostics(uri).some(isDuplicate), 'the second China is still reported');
    // Every safe fix was applied: no remaining problem offers a preferred "Fix this ... problem".
    for (const d of after) {
      const fixes = (await codeActionsAt(uri, d.range)).filter((a) => /^Fix this .* problem$/.test(a.title) && !!a.edit);
      assert.equal(fixes.length, 0, `a fixable problem remains after fix-on-save: ${describeDiagnostics([d])}`);
    }
    const fixAll = await codeActionsAt(uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.undraft');
    const pending = fixAll.filter((a) => a.edit && a.edit.size > 0 && a.edit.entries().some(([, edits]) => edits.length > 0));
    assert.equal(pending.length, 0, `source.fixAll.undraft still has edits after saving: ${pending.map((a) => a.title).join(', ')}`);
  });

  it('completes rule ids in undraft.config.json from the shipped schema (contributes.jsonValidation)', async function () {
    // In a folder of its own, so that the config applies to none of the other tests' drafts.
    const dir = path.join(workspaceFolderPath(), 'config-e2e');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'undraft.config.json');
    fs.writeFileSync(file, '{\n  "rules": {\n    \n  }\n}\n');
    const editor = await openInEditor(vscode.Uri.file(file));
    assert.equal(editor.document.languageId, 'jsonc', 'undraft.config.json is JSON with comments');
    const position = new vscode.Position(2, 4);
    const deadline = Date.now() + WAIT_MS;
    let labels: string[] = [];
    // The JSON language server loads the schema on first use: ask until it answers with the rules.
    while (Date.now() < deadline) {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^"|"$/g, ''));
      if (labels.includes('abbreviation')) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    note(`undraft.config.json completions: ${labels.slice(0, 8).join(', ')}${labels.length > 8 ? ', …' : ''}`);
    assert.ok(labels.includes('abbreviation'), `a completion item for the rule id "abbreviation"; got: ${labels.join(', ')}`);
    assert.ok(labels.includes('number-style'), 'and for "number-style"');
  });
});
