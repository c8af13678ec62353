// The protocol rules hold over IPC too (VS Code's transport), where no byte-level guard runs: invalid
// params are answered with -32602, requests after shutdown with InvalidRequest.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, ResponseError } from 'vscode-languageserver/node';
import { SERVER_JS } from './client';

describe('language server: protocol over IPC', function () {
  this.timeout(30000);

  it('answers invalid params with -32602 and requests after shutdown with InvalidRequest', async () => {
    const proc = spawn(process.execPath, [SERVER_JS, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    const code = async (method: string, params: unknown): Promise<number | undefined> => {
      try {
        await conn.sendRequest(method, params);
        return undefined;
      } catch (e) {
        return (e as ResponseError<unknown>).code;
      }
    };
    try {
      await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///a.md' } });
      assert.equal(await code('textDocument/hover', { textDocument: { uri: 'file:///a.md' } }), -32602);
      assert.equal(await code('textDocument/codeAction', { textDocument: { uri: 'file:///a.md' }, range: 'all', context: { diagnostics: [] } }), -32602);
      assert.equal(await code('workspace/executeCommand', { command: 'undraft.server.fixAll', arguments: 'n' }), -32602);
      assert.equal(await code('textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } }), undefined);
      await conn.sendRequest('shutdown');
      assert.equal(await code('textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } }), -32600);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});
