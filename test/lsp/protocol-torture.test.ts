// Protocol torture over real JSON-RPC (dist/server.js --stdio, raw bytes): every malformed input is
// either answered with the specification's error code, after which a valid request is still answered,
// or, when the stream itself is broken, ends the server with a reason on stderr and a non-zero exit.

import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { SERVER_JS } from './client';

interface Reply {
  id?: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A server spoken to in raw bytes; replies are read from its framed stdout. */
class RawServer {
  readonly proc: ChildProcess;
  readonly replies: Reply[] = [];
  stderr = '';
  private out = Buffer.alloc(0);
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  constructor() {
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.stdout!.on('data', (d: Buffer) => this.read(d));
    this.proc.stdin!.on('error', () => undefined); // the server may exit while bytes are on their way
    this.exited = new Promise((resolve) => this.proc.once('exit', (code) => resolve(code)));
  }

  private read(d: Buffer): void {
    this.out = Buffer.concat([this.out, d]);
    for (;;) {
      const end = this.out.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.out.subarray(0, end).toString())?.[1]);
      if (this.out.length < end + 4 + length) return;
      const msg = JSON.parse(this.out.subarray(end + 4, end + 4 + length).toString()) as Reply & { method?: string };
      this.out = this.out.subarray(end + 4 + length);
      if (msg.method === undefined) this.replies.push(msg);
      else if (msg.id !== undefined) this.send({ jsonrpc: '2.0', id: msg.id, result: null }); // server-to-client requests
      for (const w of [...this.waiters]) w();
    }
  }

  raw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify(message));
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  frame(body: string): void {
    this.raw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  reply(match: (r: Reply) => boolean, what: string, timeoutMs = 10000): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const r = this.replies.find(match);
        if (!r) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no reply: ${what}; stderr: ${this.stderr}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  replyTo(id: number | string | null, timeoutMs?: number): Promise<Reply> {
    return this.reply((r) => r.id === id, `reply to ${id}`, timeoutMs);
  }

  async initialize(id = 1): Promise<void> {
    this.send({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.ok((await this.replyTo(id)).result);
    this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  }

  /** A request every working server answers: the rules it knows. */
  async stillAnswers(id: number): Promise<void> {
    this.send({ jsonrpc: '2.0', id, method: 'undraft/rules' });
    const r = await this.replyTo(id);
    assert.ok(Array.isArray(r.result), JSON.stringify(r));
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

describe('language server: protocol torture', function () {
  this.timeout(30000);
  const servers: RawServer[] = [];
  const start = () => {
    const s = new RawServer();
    servers.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of servers.splice(0)) s.kill();
  });

  const broken: [string, (s: RawServer) => void, RegExp][] = [
    ['no Content-Length', (s) => s.raw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'), /no Content-Length/],
    ['a Content-Length that is not a number', (s) => s.raw('Content-Length: twelve\r\n\r\n{}'), /not a byte count/],
    ['a negative Content-Length', (s) => s.raw('Content-Length: -5\r\n\r\n{}'), /not a byte count/],
    ['a Content-Length of 2 GB', (s) => s.raw('Content-Length: 2147483648\r\n\r\n{}'), /larger than/],
    ['a header that never ends', (s) => s.raw('X-Junk: ' + 'x'.repeat(20_000)), /no end of a message header/],
    ['a header line that is not "Name: value"', (s) => s.raw('Content-Length 12\r\n\r\n{}'), /not "Name: value"/],
    ['a Content-Length too short', (s) => s.raw('Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}'), /not "Name: value"/],
    [
      'a Content-Length too long',
      (s) => {
        s.raw('Content-Length: 80\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}');
        s.send({ jsonrpc: '2.0', id: 98, method: 'undraft/rules' });
      },
      /not "Name: value"/,
    ],
  ];
  for (const [what, send, reason] of broken) {
    it(`exits non-zero with the reason on stderr after ${what}`, async () => {
      const s = start();
      await s.initialize();
      send(s);
      s.send({ jsonrpc: '2.0', id: 99, method: 'undraft/rules' });
      const code = await Promise.race([s.exited, new Promise<string>((r) => setTimeout(() => r('still running'), 8000))]);
      assert.equal(code, 2, s.stderr);
      assert.match(s.stderr, /undraft-language-server: broken message stream: /);
      assert.match(s.stderr, reason);
    });
  }

  it('answers malformed JSON with -32700 and keeps answering', async () => {
    const s = start();
    await s.initialize();
    for (const body of ['{"jsonrpc":"2.0","id":5,', 'not json', '\u00ff\u00fe']) {
      s.frame(body);
      const r = await s.reply((x) => x.id === null && x.error?.code === -32700, 'parse error');
      s.replies.splice(s.replies.indexOf(r), 1);
    }
    s.raw(Buffer.concat([Buffer.from('Content-Length: 3\r\n\r\n'), Buffer.from([0x22, 0xc3, 0x22])])); // invalid UTF-8
    await s.reply((x) => x.id === null && x.error?.code === -32700, 'parse error on bad UTF-8');
    await s.stillAnswers(2);
    assert.match(s.stderr, /malformed JSON/);
  });

  it('answers messages that are not JSON-RPC requests with -32600 and keeps answering', async () => {
    const s = start();
    await s.initialize();
    s.frame('[{"jsonrpc":"2.0","id":7,"method":"undraft/rules"}]');
    assert.equal((await s.reply((x) => x.error?.code === -32600 && x.id === null, 'batch')).error?.code, -32600);
    s.send({ jsonrpc: '1.0', id: 8, method: 'undraft/rules' });
    assert.equal((await s.replyTo(8)).error?.code, -32600);
    s.send({ jsonrpc: '2.0', id: 9, method: 42 });
    assert.equal((await s.replyTo(9)).error?.code, -32600);
    s.send({ jsonrpc: '2.0', id: { x: 1 }, method: 'undraft/rules' });
    await s.reply((x) => x.id === null && x.error?.code === -32600, 'object id');
    await s.stillAnswers(10);
  });

  it('answers invalid params with -32602, ignores invalid notifications, and keeps answering', async () => {
    const s = start();
    await s.initialize();
    s.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.md' } } });
    s.send({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///a.md', version: 2 }, contentChanges: [{ range: 'x', text: 'y' }] } });
    const requests: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri: 'file:///a.md' } }],
      ['textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: { line: -1, character: 0 } }],
      ['textDocument/definition', { textDocument: {}, position: { line: 0, character: 0 } }],
      ['textDocument/completion', 'params'],
      ['textDocument/codeAction', { textDocument: { uri: 'file:///a.md' }, range: 'all', context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: { uri: 'file:///a.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
      ['textDocument/documentSymbol', {}],
      ['textDocument/foldingRange', null],
      ['workspace/executeCommand', { command: 'undraft.server.fixAll', arguments: 'n' }],
      ['codeAction/resolve', { data: 1 }],
    ];
    let id = 20;
    for (const [method, params] of requests) {
      s.send({ jsonrpc: '2.0', id: ++id, method, params });
      const r = await s.replyTo(id);
      assert.equal(r.error?.code, -32602, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
      assert.match(r.error!.message, new RegExp(`^Invalid params for ${method}: `));
    }
    await s.stillAnswers(3);
    assert.match(s.stderr, /notification "textDocument\/didOpen" with invalid params ignored/);
  });

  it('answers requests after shutdown with InvalidRequest, then exits 0 on exit', async () => {
    const s = start();
    await s.initialize();
    s.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    assert.equal((await s.replyTo(2)).error, undefined);
    s.send({ jsonrpc: '2.0', id: 3, method: 'undraft/rules' });
    const r = await s.replyTo(3);
    assert.equal(r.error?.code, -32600);
    assert.match(r.error!.message, /shut down/);
    s.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await s.exited, 0);
  });

  it('handles a message split into single bytes and several messages in one write', async () => {
    const s = start();
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const framed = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    for (const ch of framed) s.raw(ch);
    await s.replyTo(1);
    const two = [4, 5].map((id) => JSON.stringify({ jsonrpc: '2.0', id, method: 'undraft/rules' })).map((b) => `Content-Length: ${b.length}\r\n\r\n${b}`).join('');
    s.raw(two);
    await s.replyTo(4);
    await s.replyTo(5);
  });
});
