// Reading and checking the larger real Word draft against checking Word's own text export of it: the
// whole process each time (`node dist/cli.js file`, stylish output to /dev/null), runs interleaved so
// machine noise hits both alike; medians of wall and CPU time. Also the reader alone, in this process.
//
//   npm run build && node bench/word.mjs [--runs N]

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const word = path.resolve(root, '..', 'shared', 'corpus', 'word');
const docx = path.join(word, 'unfccc-art6-2-sbsta61-draft-decision-2024-11-14.docx');
const txt = path.join(word, 'unfccc-art6-2-sbsta61-draft-decision-2024-11-14.word-export.txt');
const cli = path.join(root, 'dist', 'cli.js');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9;
if (!existsSync(docx) || !existsSync(cli)) {
  console.error('needs ../shared/corpus/word and dist/cli.js (npm run build)');
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Wall ms and CPU ms (user + system, from the shell's `times`) of one whole CLI process. */
function timeCli(file) {
  const script = `s=$(date +%s%N); node "${cli}" "${file}" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); times`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  const [wall, , children] = r.stdout.trim().split('\n');
  const cpu = children.split(/\s+/).map((t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60000 + Number(m[2]) * 1000 : 0;
  });
  return { wall: Number(wall), cpu: cpu[0] + cpu[1] };
}

const samples = { docx: [], txt: [] };
for (let i = 0; i < runs; i++) {
  samples.docx.push(timeCli(docx));
  samples.txt.push(timeCli(txt));
}

// The reader alone, JIT-warm: package + XML + numbering + text view.
const bundle = path.join(root, 'bench', 'tmp', 'docx.cjs');
await build({ entryPoints: [path.join(root, 'server/src/docx/read.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning' });
const { readWordDraft } = createRequire(import.meta.url)(bundle);
const bytes = readFileSync(docx);
readWordDraft(bytes);
const reads = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  readWordDraft(bytes);
  reads.push(performance.now() - t);
}

const row = (name, xs) => `${name.padEnd(34)} ${String(median(xs.map((x) => x.wall))).padStart(8)} ${String(Math.round(median(xs.map((x) => x.cpu)))).padStart(8)}`;
console.log(`${`whole process (median of ${runs})`.padEnd(34)} ${'wall ms'.padStart(8)} ${'CPU ms'.padStart(8)}`);
console.log(row('undraft draft.docx', samples.docx));
console.log(row('undraft word-export.txt', samples.txt));
const ratio = (k) => (median(samples.docx.map((x) => x[k])) / median(samples.txt.map((x) => x[k]))).toFixed(2);
console.log(`ratio docx / txt: wall ${ratio('wall')}, CPU ${ratio('cpu')}`);
console.log(`reader alone (readWordDraft, warm): median ${median(reads).toFixed(1)} ms`);
