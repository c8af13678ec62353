// Protocol tests, diagnostics: the bundled server over stdio publishes the core's findings for open
// documents (on open, on change after a debounce, on save), with source, code, doc link, related
// information and the configured severity; it decides which Markdown/plain-text documents to check.

import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, InitializeResult } from 'vscode-languageserver/node';
import { checkDraft, findRule, ruleDocsUrl } from '../../server/src/core/index';
import { messageOf, rangeOf, TestClient, vscodeLikeCapabilities } from './client';
import { DRAFT, uri } from './fixtures';

describe('language server: diagnostics', function () {
  this.timeout(30000);
  let client: TestClient;
  let init: InitializeResult;
  let settings: Record<string, unknown> = {};

  before(async () => {
    ({ client, init } = await TestClient.start({ settings: () => settings }));
  });
  after(async () => {
    await client?.stop();
  });
  beforeEach(() => {
    settings = {};
  });

  it('initializes with its capabilities', async () => {
    const caps = init.capabilities;
    assert.equal(init.serverInfo?.name, 'undraft-language-server');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    const ca = caps.codeActionProvider as { codeActionKinds: string[] };
    assert.ok(ca.codeActionKinds.includes('quickfix') && ca.codeActionKinds.includes('source.fixAll.undraft'));
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.hoverProvider && caps.definitionProvider && caps.completionProvider);
    assert.deepEqual(caps.executeCommandProvider?.commands.slice().sort(), [
      'undraft.server.checkWorkspace', 'undraft.server.fixAll', 'undraft.server.renumberParagraphs', 'undraft.server.showRuleDocumentation',
    ]);
    // Registered right after `initialized`.
    await client.waitFor(() => client.registrations.includes('workspace/didChangeConfiguration'), 'the configuration registration');
  });

  it('publishes the core findings on open, with source, code, doc link and severity', async () => {
    const u = uri();
    const doc = await client.open(u, DRAFT);
    const diags = await client.diagnostics(u);
    const expected = checkDraft(DRAFT).findings;
    assert.ok(expected.length >= 3, 'the fixture has findings');
    assert.equal(diags.length, expected.length);
    diags.forEach((d, i) => {
      const f = expected[i];
      assert.equal(d.source, 'undraft');
      assert.equal(d.code, f.ruleId);
      assert.equal(d.codeDescription?.href, ruleDocsUrl(f.ruleId));
      assert.equal(d.message, f.message);
      assert.equal(doc.offsetAt(d.range.start), f.range.start);
      assert.equal(doc.offsetAt(d.range.end), f.range.end);
      assert.equal(d.severity, f.severity === 'error' ? DiagnosticSeverity.Error : f.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
    });
    const bracket = diags.find((d) => d.code === 'unresolved-bracket');
    assert.ok(bracket);
    assert.deepEqual(bracket.range, rangeOf(doc, '[1st and 2nd]'));
    const status = await client.waitFor(() => client.statuses.find((s) => s.uri === u && s.state === 'ok'), 'status ok');
    assert.equal(status.problems, diags.length);
  });

  it('relates a duplicate entry to its first occurrence', async function () {
    if (!findRule('duplicate-entry')) this.skip();
    const u = uri();
    const doc = await client.open(u, DRAFT);
    const diags = await client.diagnostics(u);
    const dup = diags.find((d) => d.code === 'duplicate-entry');
    assert.ok(dup, 'a duplicate-entry diagnostic');
    assert.deepEqual(dup.range, rangeOf(doc, 'Kenya', 1));
    assert.equal(dup.relatedInformation?.length, 1);
    assert.equal(dup.relatedInformation[0].location.uri, u);
    assert.deepEqual(dup.relatedInformation[0].location.range, rangeOf(doc, 'Kenya', 0));
  });

  it('re-checks after a change, once, after the debounce', async () => {
    const u = uri();
    const doc = await client.open(u, DRAFT);
    await client.diagnostics(u);
    // Opening is checked once (not again as a change after the debounce).
    await new Promise((res) => setTimeout(res, 400));
    assert.equal(client.publishesFor(u, 1).length, 1);
    const r = rangeOf(doc, '[1st and 2nd]');
    // Three quick edits (sent back to back, well within the debounce) remove the brackets around "1st and 2nd".
    const edits = [
      client.change(u, [{ range: { start: { line: r.end.line, character: r.end.character - 1 }, end: r.end }, text: '' }]),
      client.change(u, [{ range: { start: r.start, end: { line: r.start.line, character: r.start.character + 1 } }, text: '' }]),
      client.change(u, [{ range: { start: r.start, end: r.start }, text: '' }]),
    ];
    const v = (await Promise.all(edits))[2];
    assert.ok(client.text(u).includes('At its 1st and 2nd meetings'));
    const diags = await client.diagnostics(u);
    assert.ok(!diags.some((d) => messageOf(d).includes('[1st and 2nd]')));
    assert.equal(diags.length, checkDraft(client.text(u)).findings.length);
    // The intermediate versions were never checked.
    assert.equal(client.publishesFor(u, v - 1).length, 0);
    assert.equal(client.publishesFor(u, v - 2).length, 0);
    assert.equal(client.publishesFor(u, v).length, 1);
    assert.ok(client.statuses.some((s) => s.uri === u && s.state === 'checking'));
  });

  it('with `run: onSave` checks on save, not on change', async () => {
    settings = { run: 'onSave' };
    const u = uri();
    const doc = await client.open(u, DRAFT);
    const before = await client.diagnostics(u);
    const r = rangeOf(doc, '[10 and 11]');
    const v = await client.change(u, [{ range: r, text: '10 and 11' }]);
    await new Promise((res) => setTimeout(res, 600));
    assert.equal(client.publishesFor(u, v).length, 0, 'no check on change');
    await client.save(u);
    const after = await client.diagnostics(u);
    assert.equal(after.length, before.length - 1);
  });

  it('applies per-rule severities and `off` from the settings, pulled for the document', async () => {
    settings = { rules: { 'unresolved-bracket': 'error', 'document-symbol': 'off' } };
    const u = uri();
    await client.open(u, DRAFT);
    const diags = await client.diagnostics(u);
    assert.ok(diags.some((d) => d.code === 'unresolved-bracket'));
    for (const d of diags.filter((x) => x.code === 'unresolved-bracket')) assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.ok(!diags.some((d) => d.code === 'document-symbol'));
    assert.ok(client.configRequests.some((c) => c.scopeUri === u && c.section === 'undraft'));
  });

  it('stage `final` makes unagreed brackets errors', async () => {
    settings = { stage: 'final' };
    const u = uri();
    await client.open(u, DRAFT);
    const diags = await client.diagnostics(u);
    const brackets = diags.filter((d) => d.code === 'unresolved-bracket');
    assert.ok(brackets.length >= 2);
    for (const d of brackets) assert.equal(d.severity, DiagnosticSeverity.Error);
  });

  it('re-pulls settings and re-checks open documents when the configuration changes', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    const first = await client.diagnostics(u);
    assert.ok(first.some((d) => d.code === 'unresolved-bracket'));
    const count = client.publishesFor(u).length;
    settings = { rules: { 'unresolved-bracket': 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitFor(() => client.publishesFor(u).length > count && client.publishesFor(u)[client.publishesFor(u).length - 1], 'a new publication');
    assert.ok(!p.diagnostics.some((d) => d.code === 'unresolved-bracket'));
  });

  it('`enable: false` clears the diagnostics and says why', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    assert.ok((await client.diagnostics(u)).length > 0);
    settings = { enable: false };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const status = await client.waitFor(() => client.statuses.find((s) => s.uri === u && s.state === 'disabled'), 'disabled status');
    assert.match(status.reason ?? '', /undraft\.enable is false/);
    await client.waitFor(() => {
      const p = client.publishesFor(u);
      return p[p.length - 1].diagnostics.length === 0;
    }, 'cleared diagnostics');
  });

  it('checks Markdown that looks like a UN report, not other Markdown (documents: auto)', async () => {
    const notes = uri('notes.md');
    await client.open(notes, '# Meeting notes\n\n1. Buy [milk] and [eggs].\n2. Call Kenya, Peru and Kenya.\n');
    const status = await client.waitFor(() => client.statuses.find((s) => s.uri === notes), 'status of notes.md');
    assert.equal(status.state, 'disabled');
    assert.match(status.reason ?? '', /not a UN report/);
    assert.equal(client.publishesFor(notes).length, 0);
    // A document symbol near the top is enough.
    const withSymbol = uri('symbol.txt');
    await client.open(withSymbol, 'E/CN.15/2022/3\n\n1. Text [to be agreed] here.\n', 'plaintext');
    assert.ok((await client.diagnostics(withSymbol)).some((d) => d.code === 'unresolved-bracket'));
  });

  it('documents: all checks any Markdown; none checks only UN Report documents', async () => {
    settings = { documents: 'all' };
    const a = uri('notes.md');
    await client.open(a, '1. Text [to be agreed] here.\n');
    assert.ok((await client.diagnostics(a)).some((d) => d.code === 'unresolved-bracket'));
    settings = { documents: 'none' };
    const b = uri('draft.md');
    await client.open(b, DRAFT);
    const status = await client.waitFor(() => client.statuses.find((s) => s.uri === b), 'status');
    assert.equal(status.state, 'disabled');
    const c = uri('draft.unreport');
    await client.open(c, DRAFT, 'un-report');
    assert.ok((await client.diagnostics(c)).length > 0);
  });

  it('converts positions of CRLF documents and documents with astral characters', async () => {
    const text = DRAFT.replace(/\n/g, '\r\n').replace('Expert Group on Statistics', 'Expert Group 🌍 on Statistics');
    const u = uri();
    const doc = await client.open(u, text);
    const diags = await client.diagnostics(u);
    const expected = checkDraft(text).findings;
    assert.equal(diags.length, expected.length);
    diags.forEach((d, i) => assert.equal(doc.offsetAt(d.range.start), expected[i].range.start));
    assert.deepEqual(diags.find((d) => d.code === 'unresolved-bracket')?.range, rangeOf(doc, '[1st and 2nd]'));
  });

  it('takes settings from initializationOptions and didChangeConfiguration when the client cannot be asked', async () => {
    const caps = vscodeLikeCapabilities();
    caps.workspace!.configuration = false;
    caps.workspace!.didChangeConfiguration = { dynamicRegistration: false };
    const { client: pushed } = await TestClient.start({ capabilities: caps, initializationOptions: { settings: { rules: { 'unresolved-bracket': 'off' } } } });
    try {
      const u = uri();
      await pushed.open(u, DRAFT);
      const first = await pushed.diagnostics(u);
      assert.ok(first.length > 0 && !first.some((d) => d.code === 'unresolved-bracket'));
      assert.equal(pushed.configRequests.length, 0);
      await pushed.conn.sendNotification('workspace/didChangeConfiguration', { settings: { undraft: { rules: { 'unresolved-bracket': 'error' } } } });
      const p = await pushed.waitFor(() => pushed.publishesFor(u).find((x) => x.diagnostics.some((d) => d.code === 'unresolved-bracket')), 'brackets reported again');
      assert.ok(p.diagnostics.filter((d) => d.code === 'unresolved-bracket').every((d) => d.severity === DiagnosticSeverity.Error));
    } finally {
      await pushed.stop();
    }
  });

  it('clears diagnostics when a document closes', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u);
    await client.close(u);
    await client.waitFor(() => {
      const p = client.publishesFor(u);
      return p[p.length - 1].diagnostics.length === 0;
    }, 'cleared diagnostics');
  });
});
