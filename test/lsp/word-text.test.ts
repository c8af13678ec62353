// Word drafts through the language server (real JSON-RPC to dist/server.js): undraft/wordText answers the
// text view the CLI prints with --print-text, with each paragraph's line; a damaged file is answered with the
// reader's reason; and the workspace check reads .docx files, publishing the CLI's findings on the .docx's URI.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri } from '../../server/src/lsp/workspace';
import type { WordTextResult } from '../../server/src/protocol';
import { ORACLE_FIXTURES, reviewed } from '../docx/fixtures';
import { runCli } from '../cli/helpers';
import { TestClient } from './client';

describe('language server: Word drafts', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-word-lsp-'));
    const nested = ORACLE_FIXTURES.find((f) => f.name === 'nested')!;
    fs.writeFileSync(path.join(dir, 'nested.docx'), await nested.build());
    fs.writeFileSync(path.join(dir, 'reviewed.docx'), await reviewed());
    // A zip's local header and nothing else: the zip directory is missing.
    fs.writeFileSync(path.join(dir, 'broken.docx'), Buffer.from('PK\x03\x04 not really a Word file', 'latin1'));
    ({ client } = await TestClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] }));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('undraft/wordText returns the text view --print-text prints, with each paragraph on its line', async () => {
    const file = path.join(dir, 'nested.docx');
    const r = await client.request<WordTextResult>('undraft/wordText', { uri: fileUri(file) });
    const cli = runCli(['--print-text', file]);
    assert.equal(cli.code, 0, cli.stderr);
    // The CLI ends what it prints with a newline; the view itself is the text between.
    assert.equal(r.text.endsWith('\n') ? r.text : `${r.text}\n`, cli.stdout);
    assert.ok(r.text.length > 0);
    const lines = r.text.split('\n');
    const paragraphs = r.paragraphs ?? [];
    assert.equal(paragraphs.length, 16);
    assert.deepEqual(paragraphs.map((p) => p.line), paragraphs.map((_, i) => i));
    // Word's automatic numbers are in the view: the sixth paragraph is the first (i) under (b) of paragraph 2.
    assert.equal(paragraphs[5].paragraph, 6);
    assert.equal(lines[paragraphs[5].line], '(i) the first week;');
  });

  it('answers a damaged file with the reader\'s reason, as the CLI gives it', async () => {
    const file = path.join(dir, 'broken.docx');
    const cli = runCli(['--print-text', file]);
    assert.equal(cli.code, 2);
    const reason = /broken\.docx: (.*)/.exec(cli.stderr)?.[1];
    assert.ok(reason, cli.stderr);
    await assert.rejects(client.request('undraft/wordText', { uri: fileUri(file) }), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32602);
      assert.ok(e.message.includes(reason), e.message);
      return true;
    });
    await assert.rejects(client.request('undraft/wordText', { uri: fileUri(path.join(dir, 'missing.docx')) }), /missing\.docx: .*(no such file|not found|ENOENT)/i);
    await assert.rejects(client.request('undraft/wordText', { uri: 'https://example.org/a.docx' }), /not a local file/);
  });

  it('the workspace check reads .docx files and publishes the CLI\'s findings on the .docx URI', async () => {
    const summary = await client.request<{ checked: number; errors: string[] }>('workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [] });
    assert.equal(summary.checked, 2);
    assert.equal(summary.errors.length, 1);
    assert.match(summary.errors[0], /broken\.docx: is truncated or damaged/);
    const cli = JSON.parse(runCli(['-f', 'json', 'reviewed.docx'], { cwd: dir }).stdout) as { findings: { ruleId: string; line: number; column: number }[] }[];
    const expected = cli[0].findings.map((f) => `${f.ruleId} ${f.line - 1}:${f.column - 1}`).sort();
    assert.ok(expected.some((f) => f.startsWith('word-tracked-changes')) && expected.some((f) => f.startsWith('word-comments')), expected.join('\n'));
    const published = client.publishesFor(fileUri(path.join(dir, 'reviewed.docx'))).pop();
    assert.ok(published, 'diagnostics published for reviewed.docx');
    assert.deepEqual(published.diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}`).sort(), expected);
  });
});
