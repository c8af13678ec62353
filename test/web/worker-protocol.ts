// The Web Worker server bundle (dist/browser/server.js) on its own in headless Chromium, started from its URL as
// VS Code for the Web starts it from the extension's https location (code-server, in vscode-web/, starts it from
// the script's text instead). The page only relays JSON-RPC between the test and the worker's postMessage.
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { check, LineIndex, splitLines } from '../../server/src/core/index';
import type { WebPage } from './browser';
import type { Step } from './playground';

const PAGE = `<!doctype html><meta charset="utf-8"><title>undraft worker</title><script>
  window.received = [];
  window.worker = new Worker('/server.js');
  window.worker.onmessage = (e) => window.received.push(e.data);
  window.worker.onerror = (e) => window.received.push({ workerError: String(e.message) });
</script>`;

interface Message { id?: number; method?: string; params?: any; result?: any; error?: { code: number; message: string }; workerError?: string }

/** Serves the page and the worker bundle on a free loopback port. */
export function serveWorker(repo: string): Promise<{ url: string; close(): void }> {
  const bundle = path.join(repo, 'dist', 'browser', 'server.js');
  const server = http.createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(bundle));
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as { port: number }).port;
    resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
  }));
}

class WorkerClient {
  private nextId = 1;
  private seen = 0;
  constructor(private readonly page: WebPage) {}

  notify(method: string, params: unknown): Promise<unknown> {
    return this.page.evaluate(`window.worker.postMessage(${JSON.stringify({ jsonrpc: '2.0', method, params })})`);
  }

  async request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    await this.page.evaluate(`window.worker.postMessage(${JSON.stringify({ jsonrpc: '2.0', id, method, params })})`);
    return this.waitFor((m) => m.id === id && m.method === undefined, `the answer to ${method}`);
  }

  /** The first message (from the start) that matches; the worker's errors fail at once. */
  async waitFor(match: (m: Message) => boolean, what: string, timeoutMs = 20_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = await this.page.evaluate<Message[]>('window.received');
      const broken = all.find((m) => m.workerError !== undefined);
      if (broken) throw new Error(`the worker failed: ${broken.workerError}`);
      const found = all.find(match);
      if (found) return found;
      this.seen = all.length;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${this.seen} messages)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export function workerProtocolChecks(page: WebPage, url: string, seed: string): Step[] {
  const client = new WorkerClient(page);
  const uri = 'file:///drafts/seed-draft.md';
  let diagnostics: any[] = [];
  return [
    {
      title: 'the worker bundle, started from its URL, answers initialize without offering the workspace check',
      run: async () => {
        await page.goto(url, { waitUntil: 'load' });
        const init = await client.request('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } } } });
        assert.equal(init.result.serverInfo.name, 'undraft-language-server');
        assert.ok(init.result.capabilities.codeActionProvider);
        assert.deepEqual(init.result.capabilities.executeCommandProvider.commands, ['undraft.server.fixAll', 'undraft.server.renumberParagraphs', 'undraft.server.showRuleDocumentation']);
        await client.notify('initialized', {});
      },
    },
    {
      title: 'didOpen of the seed draft publishes the core\'s findings, with the duplicate China and the brackets',
      run: async () => {
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
        const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0, 'diagnostics of the seed');
        diagnostics = published.params.diagnostics;
        const index = new LineIndex(splitLines(seed));
        const expected = check(seed).map((f) => `${f.ruleId}@${index.lineAt(f.range.start)}`).sort();
        assert.deepEqual(diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort(), expected);
        assert.ok(diagnostics.some((d) => d.code === 'duplicate-entry' && d.message.includes('"China" is listed twice')));
        assert.ok(diagnostics.some((d) => d.code === 'unresolved-bracket' && d.message.includes('[2nd, 3rd and 4th]')));
      },
    },
    {
      title: 'codeAction: the unsafe fixes are offered and never preferred, the safe one is preferred',
      run: async () => {
        const actionsFor = async (code: string, text: string): Promise<any[]> => {
          const d = diagnostics.find((x) => x.code === code && x.message.includes(text));
          assert.ok(d, `a ${code} diagnostic mentioning ${text}`);
          return (await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).result;
        };
        const china = (await actionsFor('duplicate-entry', 'China')).find((a) => a.title === 'Remove the second “China”');
        assert.ok(china && china.kind === 'quickfix' && !china.isPreferred && china.edit);
        const brackets = await actionsFor('unresolved-bracket', '[2nd, 3rd and 4th]');
        assert.ok(brackets.some((a) => a.title === 'Accept the bracketed text') && !brackets.some((a) => a.isPreferred));
        const iran = (await actionsFor('country-name', 'Islamic Republic of Iran')).find((a) => a.isPreferred);
        assert.ok(iran && iran.title === 'Fix this country-name problem' && iran.kind === 'quickfix');
      },
    },
    {
      title: 'the workspace check and the text of a Word draft are refused with the reason; shutdown is answered',
      run: async () => {
        const refused = await client.request('workspace/executeCommand', { command: 'undraft.server.checkWorkspace', arguments: [] });
        assert.match(refused.error?.message ?? '', /needs a file system/);
        const word = await client.request('undraft/wordText', { uri: 'file:///drafts/report.docx' });
        assert.match(word.error?.message ?? '', /Reading a Word draft needs a file system/);
        const down = await client.request('shutdown', null);
        assert.equal(down.error, undefined);
      },
    },
  ];
}
