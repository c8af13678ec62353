// `undraft --serve`: its arguments, and the static server answering only GET and HEAD for files of its folder,
// with the Content-Security-Policy that keeps the page from connecting anywhere.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SERVE_PORT, parseArgs } from '../../server/src/cli/args';
import { resolveUnder, serve } from '../../server/src/cli/serve';
import { CLI } from './helpers';

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

function request(port: number, rawPath: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function listening(server: http.Server): Promise<number> {
  return new Promise((resolve) => {
    const done = () => resolve((server.address() as { port: number }).port);
    if (server.listening) done();
    else server.once('listening', done);
  });
}

describe('cli --serve', () => {
  it('parses --serve and --port, and refuses them where they make no sense', () => {
    const serveOnly = parseArgs(['--serve']);
    assert.ok(serveOnly.ok);
    assert.equal(serveOnly.options.serve, true);
    assert.equal(serveOnly.options.port, DEFAULT_SERVE_PORT);
    const any = parseArgs(['--serve', '--port', '0']);
    assert.ok(any.ok && any.options.port === 0);
    for (const argv of [['--port', '80'], ['--serve', 'a.md'], ['--serve', '--port', '65536'], ['--serve', '--port=x']]) {
      assert.equal(parseArgs(argv).ok, false, argv.join(' '));
    }
  });

  it('keeps every request path inside its folder', () => {
    const root = path.resolve('/srv/web');
    assert.equal(resolveUnder(root, '/'), path.join(root, 'index.html'));
    assert.equal(resolveUnder(root, '/rules/x.md?v=1'), path.join(root, 'rules', 'x.md'));
    assert.equal(resolveUnder(root, '/../etc/passwd'), path.join(root, 'etc', 'passwd'));
    assert.equal(resolveUnder(root, '/%2e%2e/%2e%2e/etc/passwd'), path.join(root, 'etc', 'passwd'));
    assert.equal(resolveUnder(root, '/%E0%A4%A'), undefined);
    assert.equal(resolveUnder(root, '/a%00b'), undefined);
  });

  it('serves the files of its folder with the security headers, and nothing else', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-serve-'));
    const outside = path.join(path.dirname(root), `${path.basename(root)}-secret.txt`);
    fs.writeFileSync(path.join(root, 'index.html'), '<p>page</p>');
    fs.mkdirSync(path.join(root, 'rules'));
    fs.writeFileSync(path.join(root, 'rules', 'duplicate-entry.md'), '# duplicate-entry');
    fs.writeFileSync(outside, 'secret');
    const lines: string[] = [];
    const server = serve(0, { stdout: (s) => lines.push(s), stderr: (s) => lines.push(s) }, root);
    assert.ok(server);
    try {
      const port = await listening(server);
      const page = await request(port, '/');
      assert.equal(page.status, 200);
      assert.equal(page.body, '<p>page</p>');
      assert.match(page.headers['content-type'] ?? '', /^text\/html/);
      assert.match(String(page.headers['content-security-policy']), /connect-src 'none'/);
      assert.equal((await request(port, '/rules/duplicate-entry.md')).headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal((await request(port, `/../${path.basename(outside)}`)).status, 404);
      assert.equal((await request(port, `/%2e%2e/${path.basename(outside)}`)).status, 404);
      assert.equal((await request(port, '/missing.js')).status, 404);
      assert.equal((await request(port, '/', 'POST')).status, 405);
      const head = await request(port, '/', 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.body, '');
      assert.match(lines.join(''), new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
    } finally {
      server.close();
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(outside, { force: true });
    }
  });

  it('the built CLI serves dist/web and prints its URL; a port in use is a clear error with exit 2', async function () {
    this.timeout(30_000);
    const child = spawn(process.execPath, [CLI, '--serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code} before printing a URL: ${out}`)));
      });
      const port = Number(new URL(url).port);
      const page = await request(port, '/');
      assert.equal(page.status, 200);
      assert.match(page.body, /<script src="playground\.js"><\/script>/);
      assert.match(page.body, /http-equiv="Content-Security-Policy"/);
      assert.equal((await request(port, '/playground.js')).status, 200);
      const busy = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const second = spawn(process.execPath, [CLI, '--serve', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        second.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        second.on('exit', (code) => resolve({ code, stderr }));
      });
      assert.equal(busy.code, 2);
      assert.match(busy.stderr, new RegExp(`port ${port} is in use`));
    } finally {
      child.kill('SIGTERM');
    }
  });
});
