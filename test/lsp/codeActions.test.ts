// Protocol tests, code actions: quick fixes applied with the core's fixer make the finding go away;
// fix-all per rule and for the document, and source.fixAll for fix-on-save, apply safe fixes only
// while the quick-fix menu offers every fix (an unsafe one never preferred); directive comments;
// documentation; versioned edits that a changed document refuses; the fix-all command.

import * as assert from 'node:assert/strict';
import { CodeAction, Command, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import { checkDraft, chosenFix, fixAll, findRule, ruleDocsUrl } from '../../server/src/core/index';
import { messageOf, TestClient, vscodeLikeCapabilities } from './client';
import { DRAFT, uri } from './fixtures';

/**
 * DRAFT's fixes are all unsafe (brackets, the second Kenya, the masthead symbol); this one adds safe
 * ones: a masthead date, two date ranges and a State's variant name.
 */
const FIXABLE = DRAFT.replace('12 May 2022\n', '12th May 2022\n')
  .replace('from 4 to 6 March 2021', 'from 4-6 March 2021')
  .replace('on 12 May 2022, the Expert', 'on May 12, 2022, the Expert')
  .replace('Peru, Thailand', 'Peru, Vietnam, Thailand');

function titles(actions: CodeAction[]): string[] {
  return actions.map((a) => a.title);
}

function byTitle(actions: CodeAction[], title: string): CodeAction {
  const a = actions.find((x) => x.title === title);
  assert.ok(a, `no action "${title}" in ${JSON.stringify(titles(actions))}`);
  return a;
}

function versionOf(a: CodeAction): number | null | undefined {
  const dc = a.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  return dc?.textDocument.version;
}

describe('language server: code actions', function () {
  this.timeout(30000);
  let client: TestClient;
  let settings: Record<string, unknown> = {};

  before(async () => {
    ({ client } = await TestClient.start({ settings: () => settings, initializationOptions: { clientCommands: ['undraft.showRuleDocumentation'] } }));
  });
  after(async () => {
    await client?.stop();
  });
  beforeEach(() => {
    settings = {};
  });

  async function openDraft(text = DRAFT): Promise<{ u: string; diags: Diagnostic[] }> {
    const u = uri();
    await client.open(u, text);
    return { u, diags: await client.diagnostics(u) };
  }

  async function actionsFor(u: string, d: Diagnostic): Promise<CodeAction[]> {
    return client.codeActions(u, d.range, [d]);
  }

  async function apply(u: string, action: CodeAction): Promise<Diagnostic[]> {
    let a = action;
    if (!a.edit && a.data) a = await client.request<CodeAction>('codeAction/resolve', a);
    assert.ok(a.edit, `"${a.title}" has an edit`);
    const r = client.applyWorkspaceEdit(a.edit);
    assert.ok(r.applied, r.reason);
    return client.diagnostics(u);
  }

  it('offers the fix, the disable comments and the documentation for a finding', async () => {
    const { u, diags } = await openDraft();
    const d = diags.find((x) => messageOf(x).includes('[1st and 2nd]')) as Diagnostic;
    const actions = await actionsFor(u, d);
    // Accepting bracketed text is unsafe: offered under its own title, never preferred, and no
    // fix-all applies it (DRAFT has no safe fix at all).
    assert.deepEqual(titles(actions), [
      'Accept the bracketed text',
      'Disable unresolved-bracket for this line',
      'Disable unresolved-bracket for the entire file',
      'Show documentation for unresolved-bracket',
    ]);
    const fix = byTitle(actions, 'Accept the bracketed text');
    assert.equal(fix.kind, 'quickfix');
    assert.ok(!fix.isPreferred);
    assert.equal(fix.diagnostics?.[0].code, 'unresolved-bracket');
    const docs = byTitle(actions, 'Show documentation for unresolved-bracket');
    assert.deepEqual(docs.command, Command.create('Show documentation for unresolved-bracket', 'undraft.showRuleDocumentation', 'unresolved-bracket', ruleDocsUrl('unresolved-bracket')));
  });

  it('a safe fix is preferred; fix-all is offered once safe fixes exist', async () => {
    const { u, diags } = await openDraft(FIXABLE);
    const d = diags.find((x) => x.code === 'country-name') as Diagnostic;
    const actions = await actionsFor(u, d);
    const fix = byTitle(actions, 'Fix this country-name problem');
    assert.equal(fix.isPreferred, true);
    byTitle(actions, 'Fix all auto-fixable problems');
    const bracket = diags.find((x) => messageOf(x).includes('[1st and 2nd]')) as Diagnostic;
    const bracketActions = await actionsFor(u, bracket);
    assert.ok(!bracketActions.some((a) => a.isPreferred), 'no unsafe fix is preferred');
    assert.ok(!titles(bracketActions).includes('Fix all unresolved-bracket problems'), 'no fix-all for a rule with unsafe fixes only');
  });

  it('"Accept the bracketed text" applied with the core fixer removes the finding and nothing else', async () => {
    const { u, diags } = await openDraft();
    const d = diags.find((x) => messageOf(x).includes('[1st and 2nd]')) as Diagnostic;
    const fix = byTitle(await actionsFor(u, d), 'Accept the bracketed text');
    assert.equal(versionOf(fix), 1);
    const after = await apply(u, fix);
    assert.ok(client.text(u).includes('At its 1st and 2nd meetings, on [10 and 11] May 2022'));
    assert.equal(client.text(u), DRAFT.replace('[1st and 2nd]', '1st and 2nd'));
    assert.ok(!after.some((x) => messageOf(x).includes('[1st and 2nd]')));
    assert.equal(after.length, diags.length - 1);
  });

  it('the duplicate-entry quick fix removes the repeated State and repairs the list', async function () {
    if (!findRule('duplicate-entry')) this.skip();
    const { u, diags } = await openDraft();
    const d = diags.find((x) => x.code === 'duplicate-entry') as Diagnostic;
    assert.ok(d);
    const actions = await actionsFor(u, d);
    const fix = byTitle(actions, 'Remove the second “Kenya”');
    assert.ok(!fix.isPreferred);
    const after = await apply(u, fix);
    assert.ok(client.text(u).includes('Malaysia, Peru, Thailand and Uganda.'), client.text(u).split('\n').find((l) => l.startsWith('8.')));
    assert.ok(!after.some((x) => x.code === 'duplicate-entry'));
    assert.equal(after.length, diags.length - 1);
  });

  it('"Fix all <rule> problems" fixes every finding of that rule (resolved lazily)', async () => {
    const { u, diags } = await openDraft(FIXABLE);
    const d = diags.find((x) => x.code === 'date-format') as Diagnostic;
    const all = byTitle(await actionsFor(u, d), 'Fix all date-format problems');
    assert.equal(all.edit, undefined, 'the edit comes with codeAction/resolve');
    const after = await apply(u, all);
    assert.ok(client.text(u).includes('from 4 to 6 March 2021') && client.text(u).includes('on 12 May 2022, the Expert'));
    assert.ok(!after.some((x) => x.code === 'date-format'));
    assert.equal(after.length, diags.filter((x) => x.code !== 'date-format').length);
  });

  it('"Disable <rule> for this line" inserts a directive comment the core honours', async () => {
    const { u, diags } = await openDraft();
    const d = diags.find((x) => messageOf(x).includes('[1st and 2nd]')) as Diagnostic;
    const disable = byTitle(await actionsFor(u, d), 'Disable unresolved-bracket for this line');
    const after = await apply(u, disable);
    const lines = client.text(u).split('\n');
    const i = lines.findIndex((l) => l.startsWith('4. At its'));
    assert.equal(lines[i - 1], '<!-- undraft-disable-next-line unresolved-bracket -->');
    // Both brackets of that line are silenced; every other finding stays.
    assert.ok(!after.some((x) => x.code === 'unresolved-bracket'));
    assert.equal(after.length, diags.filter((x) => x.code !== 'unresolved-bracket').length);
  });

  it('a second rule on the same line joins the existing directive', async () => {
    const text = DRAFT.replace('4. At its [1st and 2nd] meetings', '<!-- undraft-disable-next-line document-symbol -- checked -->\n4. At its [1st and 2nd] meetings');
    const { u, diags } = await openDraft(text);
    const d = diags.find((x) => messageOf(x).includes('[1st and 2nd]')) as Diagnostic;
    await apply(u, byTitle(await actionsFor(u, d), 'Disable unresolved-bracket for this line'));
    assert.ok(client.text(u).includes('<!-- undraft-disable-next-line document-symbol, unresolved-bracket -- checked -->\n4. At its'));
  });

  it('"Disable <rule> for the entire file" puts the directive on the first line', async () => {
    const { u, diags } = await openDraft();
    const d = diags.find((x) => x.code === 'unresolved-bracket') as Diagnostic;
    const after = await apply(u, byTitle(await actionsFor(u, d), 'Disable unresolved-bracket for the entire file'));
    assert.ok(client.text(u).startsWith('<!-- undraft-disable unresolved-bracket -->\n\n\nDistr.: Limited'));
    assert.ok(!after.some((x) => x.code === 'unresolved-bracket'));
    assert.equal(after.length, diags.filter((x) => x.code !== 'unresolved-bracket').length);
  });

  it('source.fixAll.undraft applies every safe fix, the same as the core fixer, and no unsafe one', async () => {
    const { u, diags } = await openDraft(FIXABLE);
    const actions = await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(titles(actions), ['Fix all auto-fixable problems']);
    assert.equal(actions[0].kind, 'source.fixAll.undraft');
    assert.equal(versionOf(actions[0]), 1);
    const dc = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.ok(dc.edits.length >= 2, 'small edits, not one rewrite');
    const after = await apply(u, actions[0]);
    const expected = fixAll(FIXABLE, (t) => checkDraft(t).findings).text;
    assert.equal(client.text(u), expected);
    // Fix-on-save leaves the negotiators' brackets and the second Kenya.
    assert.ok(expected.includes('At its [1st and 2nd] meetings, on [10 and 11] May 2022'));
    assert.ok(expected.includes('Uganda and Kenya.'));
    assert.ok(expected.includes('Peru, Viet Nam, Thailand') && expected.includes('\n12 May 2022\n'));
    const remaining = checkDraft(expected).findings;
    assert.equal(after.length, remaining.length);
    assert.ok(after.length < diags.length);
    // Asking for the exact kind works too; asking for quick fixes only does not return it.
    const exact = await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.undraft']);
    const nothingLeft = remaining.every((f) => !chosenFix(f));
    assert.equal(exact.length, nothingLeft ? 0 : 1);
    const quick = await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['quickfix']);
    assert.ok(!quick.some((a) => a.kind === 'source.fixAll.undraft'));
  });

  it('source.fixAll asked right after an edit (as a save that follows a keystroke) fixes the edited version', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u);
    // No wait for the new version's diagnostics: fix-on-save asks at once.
    const version = await client.setText(u, FIXABLE);
    const actions = await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.undraft']);
    assert.deepEqual(titles(actions), ['Fix all auto-fixable problems']);
    assert.equal(versionOf(actions[0]), version);
    await apply(u, actions[0]);
    assert.equal(client.text(u), fixAll(FIXABLE, (t) => checkDraft(t).findings).text);
  });

  it('source.fixAll writes CRLF into a CRLF document', async () => {
    const text = FIXABLE.replace(/\n/g, '\r\n');
    const u = uri();
    await client.open(u, text);
    const diags = await client.diagnostics(u);
    const d = diags.find((x) => x.code === 'unresolved-bracket') as Diagnostic;
    await apply(u, byTitle(await actionsFor(u, d), 'Disable unresolved-bracket for this line'));
    assert.ok(client.text(u).includes('\r\n<!-- undraft-disable-next-line unresolved-bracket -->\r\n4. At its'));
    assert.ok(!/[^\r]\n/.test(client.text(u)), 'no bare LF');
    const [all] = await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    await apply(u, all);
    assert.ok(!/[^\r]\n/.test(client.text(u)), 'no bare LF after fix-all');
  });

  it('edits carry the document version: an edit for an older version is refused', async () => {
    const { u, diags } = await openDraft();
    const d = diags.find((x) => messageOf(x).includes('[1st and 2nd]')) as Diagnostic;
    const fix = byTitle(await actionsFor(u, d), 'Accept the bracketed text');
    await client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'United Nations\n' }]);
    const r = client.applyWorkspaceEdit(fix.edit!);
    assert.equal(r.applied, false);
    assert.match(r.reason ?? '', /stale version 1/);
    // A lazily resolved fix-all for the old version resolves to nothing.
    await client.diagnostics(u);
    const stale: CodeAction = { title: 'Fix all auto-fixable problems', kind: 'quickfix', data: { uri: u, version: 1 } };
    const resolved = await client.request<CodeAction>('codeAction/resolve', stale);
    assert.equal(resolved.edit, undefined);
  });

  it('the fix-all command applies the safe fixes through workspace/applyEdit, and refuses a stale version', async () => {
    const { u } = await openDraft(FIXABLE);
    const staleResult = await client.request<{ applied: boolean; message: string }>('workspace/executeCommand', {
      command: 'undraft.server.fixAll', arguments: [{ uri: u, version: 0 }],
    });
    assert.equal(staleResult.applied, false);
    assert.match(staleResult.message, /changed/);
    const requests = client.editRequests.length;
    const result = await client.request<{ applied: boolean; fixes: number }>('workspace/executeCommand', {
      command: 'undraft.server.fixAll', arguments: [{ uri: u, version: 1 }],
    });
    assert.equal(result.applied, true);
    assert.equal(result.fixes, 4);
    assert.equal(client.editRequests.length, requests + 1);
    assert.equal(client.text(u), fixAll(FIXABLE, (t) => checkDraft(t).findings).text);
    assert.ok(client.text(u).includes('[1st and 2nd]') && client.text(u).includes('Uganda and Kenya.'));
    // A document undraft does not check is not edited by the command either.
    const notes = uri('notes.md');
    await client.open(notes, '# Notes\n\n1. Text [to be agreed].\n');
    const refused = await client.request<{ applied: boolean; message: string }>('workspace/executeCommand', {
      command: 'undraft.server.fixAll', arguments: [{ uri: notes, version: 1 }],
    });
    assert.equal(refused.applied, false);
    assert.match(refused.message, /not checked: not a UN report/);
  });

  it('without versioned-edit support the server sends plain changes', async () => {
    const caps = vscodeLikeCapabilities();
    caps.workspace!.workspaceEdit = { documentChanges: false };
    caps.textDocument!.codeAction!.resolveSupport = undefined;
    const { client: plain } = await TestClient.start({ capabilities: caps });
    try {
      const u = uri();
      await plain.open(u, FIXABLE);
      const diags = await plain.diagnostics(u);
      const d = diags.find((x) => x.code === 'date-format') as Diagnostic;
      const actions = await plain.codeActions(u, d.range, [d]);
      const all = byTitle(actions, 'Fix all date-format problems');
      assert.ok(all.edit?.changes?.[u], 'eager edit in `changes`');
      assert.ok(plain.applyWorkspaceEdit(all.edit!).applied);
      assert.ok(!(await plain.diagnostics(u)).some((x) => x.code === 'date-format'));
      // Without the client-side documentation command, the server's own command is used.
      const docs = byTitle(await plain.codeActions(u, diags[0].range, [diags[0]]), `Show documentation for ${diags[0].code}`);
      assert.equal(docs.command?.command, 'undraft.server.showRuleDocumentation');
      await plain.request('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
      const shown = await plain.waitFor(() => plain.shownDocuments[0], 'window/showDocument');
      assert.deepEqual(shown, { uri: ruleDocsUrl(String(diags[0].code)), external: true });
    } finally {
      await plain.stop();
    }
  });

  it('offers nothing where there is no finding, and nothing for documents it does not check', async () => {
    const { u } = await openDraft();
    const none = await client.codeActions(u, { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } });
    assert.deepEqual(none, []);
    const notes = uri('notes.md');
    await client.open(notes, '# Notes\n\n1. Text [to be agreed].\n');
    const n2 = await client.codeActions(notes, { start: { line: 2, character: 10 }, end: { line: 2, character: 12 } });
    assert.deepEqual(n2, []);
  });
});
