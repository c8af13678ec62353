// The workspace check reads files as the CLI does (one shared reading function): a UTF-8 BOM is not
// part of the text (columns on line 1 agree with the CLI), UTF-16 drafts are checked, and a file that
// is not valid text is named with the CLI's reason.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri } from '../../server/src/lsp/workspace';
import { runCli } from '../cli/helpers';
import { TestClient } from './client';

const FIRST_LINE_BRACKET = 'Distr.: Limited [date]\n3 April 2018\n\nOriginal: English\n\n1. The meeting was held in Vienna [city].\n';

describe('language server: workspace check reads files like the CLI', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-wsread-'));
    fs.writeFileSync(path.join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIRST_LINE_BRACKET)]));
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIRST_LINE_BRACKET, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('Distr.: Limited\nC\xf4te\n', 'latin1'));
    ({ client } = await TestClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] }));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('strips the BOM, reads UTF-16 and names invalid text with the CLI reason', async () => {
    const summary = await client.request<{ checked: number; errors: string[] }>('workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [] });
    assert.equal(summary.checked, 2);
    assert.equal(summary.errors.length, 1);
    assert.match(summary.errors[0], /latin1\.md: is not valid UTF-8 \(first invalid byte 0xf4/);
    const cli = JSON.parse(runCli(['-f', 'json', 'bom.md'], { cwd: dir }).stdout) as { findings: { line: number; column: number }[] }[];
    const expected = cli[0].findings.map((f) => `${f.line - 1}:${f.column - 1}`).sort();
    assert.ok(expected.some((p) => p.startsWith('0:')), 'a finding on line 1');
    for (const name of ['bom.md', 'utf16.md']) {
      const published = client.publishesFor(fileUri(path.join(dir, name))).pop();
      assert.ok(published, `published for ${name}`);
      assert.deepEqual(published.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}`).sort(), expected, name);
    }
  });
});
