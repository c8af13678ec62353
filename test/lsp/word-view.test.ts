// A Word draft's read-only view (scheme undraft-word) through the language server (real JSON-RPC to
// dist/server.js): its diagnostics are the CLI's findings for the .docx, Word-only checks included and settings
// honoured; no fix is offered as an edit (disabled, saying how to fix in Word); the fix commands refuse it; and
// `undraft/wordFileChanged` checks it again with the file read anew, as a new text is checked under run: onSave.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver/node';
import { fileUri } from '../../server/src/lsp/workspace';
import type { WordTextResult } from '../../server/src/protocol';
import { runCli } from '../cli/helpers';
import { REPO_ROOT } from '../helpers/paths';
import { seedDocx, type SeedComment } from '../docx/seed-docx';
import { TestClient, vscodeLikeCapabilities } from './client';

const DRAFT_MD = path.join(REPO_ROOT, 'test', 'e2e', 'workspace', 'draft-report.md');
const COMMENT: SeedComment = { on: 'beach surveys', author: 'Reviewer', text: 'Which countries?' };

interface CliFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

function cliFindings(file: string): string[] {
  const run = runCli(['-f', 'json', file]);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: CliFinding[] }[];
  return report[0].findings.map((f) => `${f.line - 1}:${f.column - 1} ${f.severity} ${f.ruleId} ${f.message}`).sort();
}

function described(ds: readonly Diagnostic[]): string[] {
  const severity = ['', 'error', 'warning', 'info', 'hint'];
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${severity[d.severity ?? 0]} ${String(d.code)} ${d.message}`).sort();
}

/** The view's URI as VS Code makes it: the .docx's file URI with the scheme undraft-word. */
function viewUri(file: string): string {
  return `undraft-word:${fileUri(file).slice('file://'.length)}`;
}

describe('language server: the read-only view of a Word draft', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  let markdown: string;
  const file = (name: string): string => path.join(dir, name);

  /** Opens a view as the client does: its text from undraft/wordText, in the un-report language. */
  async function openView(name: string): Promise<{ uri: string; text: string }> {
    const r = await client.request<WordTextResult>('undraft/wordText', { uri: fileUri(file(name)) });
    const uri = viewUri(file(name));
    await client.open(uri, r.text, 'un-report');
    return { uri, text: r.text };
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-word-view-'));
    markdown = fs.readFileSync(DRAFT_MD, 'utf8');
    const bytes = await seedDocx(markdown, [COMMENT]);
    for (const name of ['draft.docx', 'quiet.docx', 'changing.docx', 'onsave.docx']) fs.writeFileSync(file(name), bytes);
    const capabilities = vscodeLikeCapabilities();
    capabilities.textDocument!.codeAction!.disabledSupport = true;
    // quiet.docx: the person turned the comments check off and made repeats errors (undraft.rules).
    // onsave.docx: checks on save only, which a read-only view never is.
    const settings = (scope: string | undefined) =>
      scope?.includes('quiet') ? { rules: { 'word-comments': 'off', 'duplicate-entry': 'error' } } : scope?.includes('onsave') ? { run: 'onSave' } : {};
    ({ client } = await TestClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], capabilities, settings }));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the CLI\'s findings for the .docx on the view, the Word-only ones included', async () => {
    const { uri } = await openView('draft.docx');
    const diagnostics = await client.diagnostics(uri);
    const expected = cliFindings(file('draft.docx'));
    assert.ok(expected.some((f) => f.includes(' word-comments ') && f.includes('Which countries?')), expected.join('\n'));
    assert.ok(expected.some((f) => f.includes(' duplicate-entry ')), expected.join('\n'));
    assert.deepEqual(described(diagnostics), expected);
  });

  it('honours undraft.rules for the Word-only checks and the rules alike', async () => {
    const { uri } = await openView('quiet.docx');
    const got = described(await client.diagnostics(uri));
    assert.ok(!got.some((d) => d.includes(' word-comments ')), got.join('\n'));
    assert.ok(got.some((d) => d.includes(' error duplicate-entry ')), got.join('\n'));
  });

  it('checks a view\'s new text (its file changed) even when undraft.run is onSave', async () => {
    const { uri, text } = await openView('onsave.docx');
    await client.diagnostics(uri);
    await client.setText(uri, text.replace('Chile and China', 'Chile and Fiji'));
    const got = described(await client.diagnostics(uri));
    assert.ok(got.some((d) => d.includes(' duplicate-entry ') && d.includes('"Fiji"')), got.join('\n'));
  });

  it('offers no edit on the view: fixes are disabled and say how to make them in Word', async () => {
    const uri = viewUri(file('draft.docx'));
    const diagnostics = await client.diagnostics(uri);
    for (const code of ['duplicate-entry', 'unresolved-bracket']) {
      const d = diagnostics.find((x) => x.code === code)!;
      const actions = await client.codeActions(uri, d.range, [d]);
      assert.ok(actions.length > 0, `actions for ${code}`);
      assert.ok(actions.every((a) => a.edit === undefined && a.data === undefined), JSON.stringify(actions));
      const fixes = actions.filter((a) => a.disabled);
      assert.ok(fixes.length > 0, `a disabled fix for ${code}: ${JSON.stringify(actions)}`);
      for (const a of fixes) assert.match(a.disabled!.reason, /read-only text view of a Word document.*undraft --annotate/);
      assert.ok(actions.some((a) => a.title === `Show documentation for ${code}` && a.command), JSON.stringify(actions));
    }
    const whole = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
    assert.deepEqual(await client.codeActions(uri, whole, [], ['source.fixAll.undraft']), []);
    const r = await client.request<{ applied: boolean; message: string }>('workspace/executeCommand', { command: 'undraft.server.fixAll', arguments: [{ uri }] });
    assert.equal(r.applied, false);
    assert.match(r.message, /read-only text view of a Word document/);
  });

  it('a client with the how-to-fix-in-Word command gets an action per fix that runs it, never an edit', async () => {
    const vs = (await TestClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], initializationOptions: { clientCommands: ['undraft.showRuleDocumentation', 'undraft.howToFixInWord'] } })).client;
    try {
      const r = await vs.request<WordTextResult>('undraft/wordText', { uri: fileUri(file('draft.docx')) });
      const uri = viewUri(file('draft.docx'));
      await vs.open(uri, r.text, 'un-report');
      const d = (await vs.diagnostics(uri)).find((x) => x.code === 'duplicate-entry')!;
      const actions = await vs.codeActions(uri, d.range, [d]);
      assert.ok(actions.every((a) => a.edit === undefined && a.data === undefined && !a.disabled), JSON.stringify(actions));
      const how = actions.filter((a) => a.command?.command === 'undraft.howToFixInWord');
      assert.ok(how.length > 0, JSON.stringify(actions));
      for (const a of how) {
        assert.match(a.title, /^How to fix in Word: /);
        const [view, title, safe] = a.command!.arguments ?? [];
        assert.equal(view, uri);
        assert.equal(a.title, `How to fix in Word: ${String(title)}`);
        assert.equal(typeof safe, 'boolean');
      }
      assert.ok(actions.some((a) => a.command?.command === 'undraft.showRuleDocumentation'), JSON.stringify(actions));
    } finally {
      await vs.stop();
    }
  });

  it('the hover on a problem in the view says how to make its fixes in Word (VS Code shows no light bulb in a read-only editor)', async () => {
    const uri = viewUri(file('draft.docx'));
    const d = (await client.diagnostics(uri)).find((x) => x.code === 'duplicate-entry')!;
    const at = { line: d.range.start.line, character: d.range.start.character + 2 };
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
    const value = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    assert.match(value, /How to fix in Word\*\*: Remove the second “China” \(duplicate-entry\): it changes what the text says: decide in Word; `undraft --annotate "draft\.docx" --output "draft\.checked\.docx"`/);
    assert.deepEqual(h!.range, d.range);
    const quiet = { line: 0, character: 0 };
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: quiet });
    assert.ok(!JSON.stringify(none).includes('How to fix in Word'), JSON.stringify(none));
    // A draft that can be edited gets its fixes as code actions, not in the hover.
    const md = fileUri(file('same.md'));
    await client.open(md, markdown);
    const mdRepeat = (await client.diagnostics(md)).find((x) => x.code === 'duplicate-entry')!;
    const mdHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: md }, position: mdRepeat.range.start });
    assert.ok(!JSON.stringify(mdHover).includes('How to fix in Word'), JSON.stringify(mdHover));
  });

  it('without disabled-action support, a client is offered no fix at all on the view', async () => {
    const plain = (await TestClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] })).client;
    try {
      const r = await plain.request<WordTextResult>('undraft/wordText', { uri: fileUri(file('draft.docx')) });
      const uri = viewUri(file('draft.docx'));
      await plain.open(uri, r.text, 'un-report');
      const d = (await plain.diagnostics(uri)).find((x) => x.code === 'duplicate-entry')!;
      const actions = await plain.codeActions(uri, d.range, [d]);
      assert.deepEqual(actions.map((a) => a.title), ['Show documentation for duplicate-entry']);
    } finally {
      await plain.stop();
    }
  });

  it('checks the view again when its .docx changes on disk (undraft/wordFileChanged)', async () => {
    const { uri, text } = await openView('changing.docx');
    const before = described(await client.diagnostics(uri));
    assert.ok(before.some((d) => d.includes('Which countries?')), before.join('\n'));
    // The reviewer rewrote the comment: the text, and so the view, is the same; only Word knows.
    fs.writeFileSync(file('changing.docx'), await seedDocx(markdown, [{ ...COMMENT, text: 'Name the countries.' }]));
    const seen = client.publishesFor(uri).length;
    await client.conn.sendNotification('undraft/wordFileChanged', { uri });
    const after = await client.waitFor(() => {
      const list = client.publishesFor(uri);
      return list.length > seen ? described(list[list.length - 1].diagnostics) : undefined;
    }, 'diagnostics after the file changed');
    assert.ok(after.some((d) => d.includes('Name the countries.')) && !after.some((d) => d.includes('Which countries?')), after.join('\n'));
    assert.deepEqual(after, cliFindings(file('changing.docx')));
    // A view whose text the file no longer has gets no Word-only findings placed on the wrong text.
    const edited = markdown.replace('beach surveys', 'shore surveys');
    fs.writeFileSync(file('changing.docx'), await seedDocx(edited, [{ ...COMMENT, on: 'shore surveys' }]));
    await client.setText(uri, `${text}\nExtra line.`);
    const stale = described(await client.diagnostics(uri));
    assert.ok(!stale.some((d) => d.includes(' word-comments ')), stale.join('\n'));
  });
});
