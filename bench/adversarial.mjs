// Memory and time on adversarial drafts (issue 10): a 5 MB line, 200,000 "[", 100,000 nested brackets,
// 50,000 paragraphs, one paragraph wrapped over 50,000 lines and 20,000 States in one list, each at half and full size so that linearity shows.
// For every input: the CLI in three formats (peak RSS, CPU and wall time of the whole process) and the
// language server (didOpen to its diagnostics, one code-action request, peak RSS of the process).
//
//   npm run build && node bench/adversarial.mjs [--quick]     (--quick: full sizes only)
//   UNDRAFT_DIST=/elsewhere/dist node bench/adversarial.mjs   (another build, e.g. an older commit)

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, 'bench', 'tmp');
const dist = process.env.UNDRAFT_DIST ?? path.join(root, 'dist');
const cli = path.join(dist, 'cli.js');
const server = path.join(dist, 'server.js');
const quick = process.argv.includes('--quick');
mkdirSync(tmp, { recursive: true });

// Printed by every measured process as it exits: peak RSS (KB) and CPU time (µs).
const probe = path.join(tmp, 'usage-probe.cjs');
writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nUSAGE ${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");

const STATES = ['Albania', 'Andorra', 'Argentina', 'Brazil', 'Côte d’Ivoire', 'Germany', 'India', 'Japan', 'Kenya', 'Mexico', 'Norway', 'Viet Nam'];
const INPUTS = [
  { name: '5 MB line', make: (s) => 'The Committee took note of the report and of the statements made. '.repeat(Math.round((5_000_000 * s) / 67)) },
  { name: '200,000 "["', make: (s) => '['.repeat(200_000 * s) },
  { name: '100,000 nested brackets', make: (s) => '['.repeat(100_000 * s) + 'text' + ']'.repeat(100_000 * s) },
  { name: '50,000 paragraphs', make: (s) => Array.from({ length: 50_000 * s }, (_, i) => `${i + 1}. The Committee took note of the report of [the] Secretariat.\n`).join('\n') },
  { name: 'one paragraph wrapped over 50,000 lines', make: (s) => `1. Statements were made by ${'3 States, observ-\ners, '.repeat(50_000 * s)}\n` },
  { name: '20,000 States in one list', make: (s) => `1. The following States were represented: ${Array.from({ length: 20_000 * s }, (_, i) => STATES[i % STATES.length]).join(', ')}.\n` },
];

function usage(stderr) {
  const m = /USAGE (\d+) (\d+)/.exec(stderr);
  return m ? { rssMB: Number(m[1]) / 1024, cpuMs: Number(m[2]) / 1000 } : { rssMB: NaN, cpuMs: NaN };
}

function runCli(file, format) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, cli, '-f', format, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t;
  return { ...usage(r.stderr), wallMs, code: r.status, bytesOut: r.stdout.length };
}

/** didOpen to diagnostics, one code-action request, then shutdown; peak RSS from the probe. */
function runServer(text) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--require', probe, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = Buffer.alloc(0);
    let stderr = '';
    const marks = {};
    let t0 = 0;
    const send = (m) => {
      const body = Buffer.from(JSON.stringify(m));
      proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    };
    const uri = 'file:///bench/adversarial.unreport';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('exit', () => resolve({ ...usage(stderr), ...marks }));
    proc.on('error', reject);
    proc.stdout.on('data', (d) => {
      out = Buffer.concat([out, d]);
      for (;;) {
        const end = out.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(out.subarray(0, end).toString())[1]);
        if (out.length < end + 4 + length) return;
        const msg = JSON.parse(out.subarray(end + 4, end + 4 + length).toString());
        out = out.subarray(end + 4 + length);
        if (msg.id === 1) {
          send({ jsonrpc: '2.0', method: 'initialized', params: {} });
          t0 = performance.now();
          send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'un-report', version: 1, text } } });
        } else if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === uri && marks.diagnosticsMs === undefined) {
          marks.diagnosticsMs = performance.now() - t0;
          marks.diagnostics = msg.params.diagnostics.length;
          t0 = performance.now();
          const zero = { line: 0, character: 0 };
          send({ jsonrpc: '2.0', id: 2, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: zero, end: zero }, context: { diagnostics: [] } } });
        } else if (msg.id === 2) {
          marks.codeActionMs = performance.now() - t0;
          send({ jsonrpc: '2.0', id: 3, method: 'shutdown' });
        } else if (msg.id === 3) {
          send({ jsonrpc: '2.0', method: 'exit' });
        } else if (msg.id !== undefined && msg.method) {
          send({ jsonrpc: '2.0', id: msg.id, result: null });
        }
      }
    });
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
}

const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '-');
const rows = [];
for (const input of INPUTS) {
  for (const scale of quick ? [1] : [0.5, 1]) {
    const text = input.make(scale);
    const file = path.join(tmp, `adversarial-${INPUTS.indexOf(input)}-${scale}.md`);
    writeFileSync(file, text);
    const mb = Buffer.byteLength(text) / 1e6;
    const res = { json: runCli(file, 'json'), sarif: runCli(file, 'sarif'), stylish: runCli(file, 'stylish') };
    const lsp = await runServer(text);
    rows.push([
      `${input.name}${scale === 1 ? '' : ' (half)'}`, mb.toFixed(2),
      ...['json', 'sarif', 'stylish'].flatMap((k) => [f0(res[k].rssMB), f0(res[k].cpuMs), f0(res[k].wallMs)]),
      f0(lsp.rssMB), f0(lsp.diagnosticsMs), f0(lsp.codeActionMs), String(lsp.diagnostics ?? '-'),
    ]);
    process.stderr.write(`${rows[rows.length - 1].join(' | ')}\n`);
  }
}

const head = ['input', 'MB', 'json MB', 'json CPU ms', 'json wall ms', 'sarif MB', 'sarif CPU ms', 'sarif wall ms', 'stylish MB', 'stylish CPU ms', 'stylish wall ms', 'LSP MB', 'LSP diagnostics ms', 'LSP code action ms', 'LSP diagnostics'];
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nnode ${process.version}, load average ${os_load()}`);

function os_load() {
  const r = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' });
  return r.stdout.trim().split(' ').slice(0, 3).join(' ');
}
