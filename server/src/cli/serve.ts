// `undraft --serve`: a small static server for the playground page (dist/web) on 127.0.0.1 only. It answers
// GET and HEAD for files under that folder and nothing else; the page itself checks drafts in the browser.

import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Rule pages are read as text: the browser shows Markdown source rather than offering a download.
  '.md': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Sent with every answer, so the page could not connect anywhere even if its own meta tag were lost. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

export interface ServeIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** The folder of the built page: dist/web beside the bundled CLI (dist/cli.js). */
export function defaultWebRoot(): string {
  return path.join(__dirname, 'web');
}

/** A request path as a file under `root`, or undefined when it would leave the folder or is malformed. */
export function resolveUnder(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const full = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

function answer(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function handle(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    answer(res, 405, 'Only GET and HEAD are served.\n');
    return;
  }
  const file = resolveUnder(root, req.url ?? '/');
  if (!file) {
    answer(res, 404, 'Not found.\n');
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      answer(res, 404, 'Not found.\n');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/**
 * Starts the server and prints its URL; a port of 0 takes any free one. Returns at once: the open server
 * keeps the process alive until Ctrl+C. A failure to listen (a port in use) prints why and sets exit status 2.
 */
export function serve(port: number, io: ServeIO, root = defaultWebRoot()): http.Server | undefined {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    io.stderr(`undraft: the playground page is missing (${path.join(root, 'index.html')}); run npm run build first.\n`);
    process.exitCode = 2;
    return undefined;
  }
  const server = http.createServer((req, res) => handle(root, req, res));
  server.on('error', (e: NodeJS.ErrnoException) => {
    const why = e.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : e.message;
    io.stderr(`undraft: could not serve the playground: ${why}\n`);
    process.exitCode = 2;
    server.close();
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    io.stdout(`undraft: the playground is at http://127.0.0.1:${actual}/ (checks run in your browser; Ctrl+C stops the server)\n`);
  });
  return server;
}
