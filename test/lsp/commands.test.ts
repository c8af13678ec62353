// Protocol tests, commands and the bin: checking every draft in a workspace folder (diagnostics for
// files that are not open), renumbering paragraphs, the rule list, and `undraft-language-server`
// without a transport.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRules, checkDraft, findRule } from '../../server/src/core/index';
import { fileUri, sameUri } from '../../server/src/lsp/workspace';
import { SERVER_JS, TestClient } from './client';
import { DRAFT, uri } from './fixtures';

describe('language server: commands', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;
  let folderUri: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-ws-'));
    fs.mkdirSync(path.join(dir, 'reports (2022)'));
    fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, 'reports (2022)', 'draft report.md'), DRAFT);
    fs.writeFileSync(path.join(dir, 'open.md'), DRAFT);
    fs.writeFileSync(path.join(dir, 'clean.txt'), 'Distr.: General\n1 June 2022\n\nOriginal: English\n\nI. Introduction\n\n1. The meeting was held in Geneva.\n');
    fs.writeFileSync(path.join(dir, 'README.md'), '# Notes\n\nText [to be agreed].\n');
    fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'draft.md'), DRAFT);
    fs.writeFileSync(path.join(dir, '.git', 'draft.md'), DRAFT);
    folderUri = fileUri(dir);
    ({ client } = await TestClient.start({ workspaceFolders: [{ uri: folderUri, name: 'ws' }] }));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('encodes file URIs the way VS Code does', () => {
    assert.equal(fileUri('/a/reports (2022)/draft report.md'), 'file:///a/reports%20%282022%29/draft%20report.md');
    assert.equal(fileUri('/a/Côte.md'), 'file:///a/C%C3%B4te.md');
    assert.ok(sameUri('file:///a/reports%20(2022)/x.md', 'file:///a/reports%20%282022%29/x.md'));
  });

  it('checks the drafts in the workspace that are not open and publishes their diagnostics', async () => {
    const openUri = fileUri(path.join(dir, 'open.md'));
    await client.open(openUri, DRAFT);
    await client.diagnostics(openUri);
    const before = client.publishes.length;
    const summary = await client.request<{ files: number; checked: number; problems: number; filesWithProblems: number; skipped: number }>(
      'workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [] },
    );
    const expected = checkDraft(DRAFT).findings.length;
    // Found: the draft in a folder, the open draft, clean.txt, README.md (node_modules and .git are skipped).
    assert.equal(summary.files, 4);
    assert.equal(summary.checked, 2, 'the unopened draft and clean.txt');
    assert.equal(summary.skipped, 1, 'README.md does not look like a report');
    const inClean = checkDraft(fs.readFileSync(path.join(dir, 'clean.txt'), 'utf8')).findings.length;
    assert.equal(summary.problems, expected + inClean);
    assert.equal(summary.filesWithProblems, inClean > 0 ? 2 : 1);
    const published = client.publishes.slice(before);
    const draftUri = fileUri(path.join(dir, 'reports (2022)', 'draft report.md'));
    assert.equal(draftUri, `${folderUri}/reports%20%282022%29/draft%20report.md`);
    const p = published.find((x) => x.uri === draftUri);
    assert.ok(p, `published for ${draftUri}: ${published.map((x) => x.uri).join(', ')}`);
    assert.equal(p.diagnostics.length, expected);
    assert.ok(p.diagnostics.every((d) => d.source === 'undraft'));
    assert.ok(!published.some((x) => x.uri === openUri), 'open documents are left to the editor');
    assert.ok(!published.some((x) => x.uri.includes('node_modules') || x.uri.includes('.git')));
    // Opening the file later replaces them; closing it clears them.
    await client.open(draftUri, DRAFT);
    assert.equal((await client.diagnostics(draftUri)).length, expected);
    await client.close(draftUri);
    await client.waitFor(() => client.publishesFor(draftUri).pop()?.diagnostics.length === 0, 'cleared');
  });

  it('renumbers paragraphs and the references to them', async function () {
    if (!findRule('paragraph-numbering')) this.skip();
    const u = uri();
    // Paragraph 5 removed: 6–11 follow 4; "paragraph 6 below" now points at the text numbered 6.
    const lines = DRAFT.split('\n');
    const five = lines.findIndex((l) => l.startsWith('5. '));
    const text = [...lines.slice(0, five), ...lines.slice(five + 2)].join('\n');
    await client.open(u, text);
    await client.diagnostics(u);
    const result = await client.request<{ applied: boolean; message: string }>('workspace/executeCommand', {
      command: 'undraft.server.renumberParagraphs', arguments: [{ uri: u, version: 1 }],
    });
    assert.equal(result.applied, true, result.message);
    const numbers = client.text(u).split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => Number(l.split('.')[0]));
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.ok(client.text(u).includes('referred to in paragraph 5 below'));
    assert.ok(client.text(u).includes('5. Speakers highlighted the value'));
    const again = await client.request<{ applied: boolean; message: string }>('workspace/executeCommand', {
      command: 'undraft.server.renumberParagraphs', arguments: [{ uri: u, version: 2 }],
    });
    assert.equal(again.applied, false);
    assert.match(again.message, /already numbered/);
  });

  it('lists the rules with their documentation links', async () => {
    const rules = await client.request<{ id: string; url: string; fixable: boolean }[]>('undraft/rules', undefined);
    assert.deepEqual(rules.map((r) => r.id), allRules.map((r) => r.meta.id));
    assert.ok(rules.every((r) => r.url.endsWith(`/docs/rules/${r.id}.md`)));
  });

  it('the bin prints its usage without a transport, and its version', () => {
    const usage = spawnSync(process.execPath, [SERVER_JS], { encoding: 'utf8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Usage: undraft-language-server --stdio/);
    const version = spawnSync(process.execPath, [SERVER_JS, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version);
    assert.ok(fs.readFileSync(SERVER_JS, 'utf8').startsWith('#!/usr/bin/env node'));
  });
});
