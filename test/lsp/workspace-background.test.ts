// The workspace check runs in the background: other requests are answered while it runs, it reports
// window/workDoneProgress, it can be cancelled, and it leaves out what .gitignore and files.exclude exclude.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import { fileUri } from '../../server/src/lsp/workspace';
import { TestClient } from './client';
import { DRAFT } from './fixtures';

interface Summary {
  files: number;
  checked: number;
  cancelled: boolean;
  errors: string[];
}

const FILES = 50;

describe('language server: workspace check in the background', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-wsbg-'));
    const big = Array.from({ length: 25 }, () => DRAFT).join('\n');
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(3, '0')}.md`), big);
    ({ client } = await TestClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] }));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const check = (token?: CancellationTokenSource) =>
    client.conn.sendRequest('workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [] }, ...(token ? [token.token] : [])) as Promise<Summary>;

  it('answers other requests while it runs, and reports progress from begin to end', async () => {
    const before = client.progress.length;
    let finished = false;
    const running = check().then((s) => {
      finished = true;
      return s;
    });
    await client.waitFor(() => client.progress.slice(before).some((p) => p.value.kind === 'report'), 'a progress report');
    const rules = await client.request<unknown[]>('undraft/rules', undefined);
    assert.ok(rules.length > 0);
    assert.equal(finished, false, 'the rules were answered before the check finished');
    const summary = await running;
    assert.equal(summary.checked, FILES);
    assert.equal(summary.cancelled, false);
    const kinds = client.progress.slice(before).map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.equal(client.progress[before].value.cancellable, true);
    assert.ok(client.progressTokens.includes(client.progress[before].token), 'a progress the server created');
  });

  it('reports to the workDoneToken the request carries, without creating a progress of its own', async () => {
    const before = client.progress.length;
    const created = client.progressTokens.length;
    const summary = (await client.request('workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [], workDoneToken: 'client-token' })) as Summary;
    assert.equal(summary.checked, FILES);
    const mine = client.progress.slice(before);
    assert.ok(mine.length >= 2 && mine.every((p) => p.token === 'client-token'), JSON.stringify(mine.slice(0, 3)));
    assert.equal(client.progressTokens.length, created);
  });

  it('stops when the progress is cancelled', async () => {
    const before = client.progress.length;
    const running = check();
    const begun = await client.waitFor(() => client.progress.slice(before).find((p) => p.value.kind === 'begin'), 'begin');
    await client.conn.sendNotification('window/workDoneProgress/cancel', { token: begun.token });
    const summary = await running;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.checked < FILES, `${summary.checked} checked`);
  });

  it('stops when the request is cancelled', async () => {
    const source = new CancellationTokenSource();
    const before = client.progress.length;
    const running = check(source);
    await client.waitFor(() => client.progress.slice(before).some((p) => p.value.kind === 'begin'), 'begin');
    source.cancel();
    const summary = await running;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.checked < FILES);
  });

  it('leaves out what .gitignore and files.exclude exclude', async () => {
    const sub = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-wsignore-'));
    try {
      for (const f of ['keep.md', 'ignored.md', 'generated/x.md', 'notes/a.md', 'notes/keep-too.md', 'excluded/y.md']) {
        fs.mkdirSync(path.dirname(path.join(sub, f)), { recursive: true });
        fs.writeFileSync(path.join(sub, f), DRAFT);
      }
      fs.writeFileSync(path.join(sub, '.gitignore'), '# build output\nignored.md\ngenerated/\n');
      fs.writeFileSync(path.join(sub, 'notes', '.gitignore'), '*.md\n!keep-too.md\n');
      client.filesExclude = { 'excluded/**': true, '**/nothing': false };
      const summary = (await client.request('workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [[fileUri(sub)]] })) as Summary;
      assert.equal(summary.files, 2, 'keep.md and notes/keep-too.md');
      assert.deepEqual(summary.errors, []);
    } finally {
      client.filesExclude = {};
      fs.rmSync(sub, { recursive: true, force: true });
    }
  });
});
