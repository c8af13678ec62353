// The many-files benchmark (issue 8): 200 generated drafts of 50–200 KB in one folder, checked by the
// bundled CLI as a whole process: cold (no cache), with --cache (first run fills it, second run finds
// every file unchanged), and with --concurrency 1 against auto. Wall time and CPU time (user and
// system of the whole process, all threads, from bash's `times`), medians; runs interleaved so that
// load from other work hits every variant alike. Also checks that the outputs are identical.
// Two controls without worker threads give the ceiling for --concurrency: the drafts split in two
// halves, checked by two single-threaded CLI processes in parallel, and by the same two one after the
// other (what two processes cost in CPU without running at the same time).
//
//   npm run build && node bench/many-files.mjs [--quick] [--files N]

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDraft, prng } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'bench', 'tmp', 'many');
const cacheFile = path.join(root, 'bench', 'tmp', 'many.undraftcache');
const cli = path.join(root, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const filesArg = process.argv.indexOf('--files');
const FILES = filesArg > 0 ? Number(process.argv[filesArg + 1]) : 200;
const RUNS = quick ? 1 : 3;

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const rnd = prng(8);
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const size = 50_000 + Math.floor(rnd() * 150_000);
  const text = generateDraft(size, 1000 + i);
  writeFileSync(path.join(dir, `draft-${String(i).padStart(3, '0')}.md`), text);
  bytes += Buffer.byteLength(text);
}
const sizes = readdirSync(dir).map((f) => statSync(path.join(dir, f)).size);
console.log(`undraft many-files bench: node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}`);
console.log(`${FILES} drafts, ${(bytes / 1e6).toFixed(1)} MB (${Math.round(sizes.reduce((a, b) => Math.min(a, b)) / 1000)}–${Math.round(sizes.reduce((a, b) => Math.max(a, b)) / 1000)} KB each)`);

/** Runs the CLI once: wall ms, CPU ms (user + system), user ms, and a hash of stdout. */
function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', '"$@" > "$OUT"; rc=$?; times >&2; exit $rc', 'bash', process.execPath, cli, ...args], {
    env: { ...process.env, OUT: path.join(root, 'bench', 'tmp', 'many.out') },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[lines.length - 1] ?? '');
  if (!m) throw new Error(`could not read CPU times from: ${r.stderr}`);
  const user = (Number(m[1]) * 60 + Number(m[2])) * 1000;
  const sys = (Number(m[3]) * 60 + Number(m[4])) * 1000;
  const out = spawnSync('sha256sum', [path.join(root, 'bench', 'tmp', 'many.out')], { encoding: 'utf8' }).stdout.split(' ')[0];
  return { wall, cpu: user + sys, user, out };
}

/** Runs a bash script of CLI processes (outputs to bench/tmp): wall ms, CPU ms and user ms of all of them. */
function control(script) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', `${script}; times >&2`], { env: { ...process.env, NODE: process.execPath, CLI: cli }, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(r.stderr.trim());
  if (!m) throw new Error(`could not read CPU times from: ${r.stderr}`);
  const user = (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return { wall, cpu: user + (Number(m[3]) * 60 + Number(m[4])) * 1000, user };
}
const all = readdirSync(dir).sort().map((f) => path.join(dir, f));
const half = (k) => all.filter((_, i) => i % 2 === k).map((f) => `'${f}'`).join(' ');
const out = (k) => path.join(root, 'bench', 'tmp', `many-half${k}.out`);
const controls = {
  'control: 2 processes in parallel': () => control(`"$NODE" "$CLI" -f json ${half(0)} > '${out(0)}' & "$NODE" "$CLI" -f json ${half(1)} > '${out(1)}' & wait`),
  'control: the 2, one after other': () => control(`"$NODE" "$CLI" -f json ${half(0)} > '${out(0)}'; "$NODE" "$CLI" -f json ${half(1)} > '${out(1)}'`),
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};

const variants = {
  'cold, 1 thread': () => ['-f', 'json', dir],
  'cold, --concurrency auto': () => ['-f', 'json', '--concurrency', 'auto', dir],
  'cache filled (first run)': () => {
    rmSync(cacheFile, { force: true });
    return ['-f', 'json', '--cache', '--cache-location', cacheFile, dir];
  },
  'cached (nothing changed)': () => ['-f', 'json', '--cache', '--cache-location', cacheFile, dir],
};
const samples = Object.fromEntries([...Object.keys(variants), ...Object.keys(controls)].map((k) => [k, []]));
const loads = [];
for (let run = 0; run < RUNS; run++) {
  for (const [name, args] of Object.entries(variants)) {
    loads.push(os.loadavg()[0]);
    samples[name].push(once(args()));
  }
  for (const [name, fn] of Object.entries(controls)) {
    loads.push(os.loadavg()[0]);
    samples[name].push(fn());
  }
}
const hashes = new Set(Object.keys(variants).flatMap((k) => samples[k].map((s) => s.out)));
console.log(`outputs identical across all variants and runs: ${hashes.size === 1 ? 'yes' : `NO (${hashes.size} different)`}\n`);
const rows = Object.entries(samples).map(([name, s]) => ({ name, wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), user: median(s.map((x) => x.user)) }));
const w = rows.reduce((m, r) => Math.max(m, r.name.length), 0);
console.log(`${'variant'.padEnd(w)}  ${'wall ms'.padStart(9)}  ${'CPU ms'.padStart(9)}  ${'user ms'.padStart(9)}   (median of ${RUNS})`);
for (const r of rows) console.log(`${r.name.padEnd(w)}  ${r.wall.toFixed(0).padStart(9)}  ${r.cpu.toFixed(0).padStart(9)}  ${r.user.toFixed(0).padStart(9)}`);
const by = Object.fromEntries(rows.map((r) => [r.name, r]));
const cacheRatio = by['cached (nothing changed)'].wall / by['cold, 1 thread'].wall;
const speedup = by['cold, 1 thread'].wall / by['cold, --concurrency auto'].wall;
console.log('');
console.log(`cache: second run / cold run = ${cacheRatio.toFixed(3)} wall, ${(by['cached (nothing changed)'].cpu / by['cold, 1 thread'].cpu).toFixed(3)} CPU (target ≤ 0.1): ${cacheRatio <= 0.1 ? 'met' : 'NOT met'}`);
console.log(`concurrency: auto (${os.availableParallelism?.() ?? os.cpus().length} threads) is ${speedup.toFixed(2)}× faster than 1 thread in wall time (target ≥ 1.7×: ${speedup >= 1.7 ? 'met' : 'NOT met'}); CPU auto/1 = ${(by['cold, --concurrency auto'].cpu / by['cold, 1 thread'].cpu).toFixed(2)}`);
// On n cores a parallel run takes at least its CPU time / n. One thread already keeps more than one core busy
// (V8's compiler and collector threads), and every further process or thread warms up its own isolate.
const cores = os.availableParallelism?.() ?? os.cpus().length;
const one = by['cold, 1 thread'];
const warmUp = by['control: the 2, one after other'].cpu - one.cpu;
console.log(`a second process costs ${warmUp.toFixed(0)} ms more CPU (the 2 halves one after the other against 1 thread); in parallel they cost ${by['control: 2 processes in parallel'].cpu.toFixed(0)} ms and ran ${(one.wall / by['control: 2 processes in parallel'].wall).toFixed(2)}× faster than 1 thread`);
// Only while nothing else runs does a wall time say how many cores a thread keeps busy (else it includes waiting).
if (one.cpu > one.wall && loads.reduce((a, b) => Math.max(a, b), 0) < 1.5 * cores) {
  console.log(`ceiling: 1 thread uses ${(one.cpu / one.wall).toFixed(2)} cores, so ${cores} cores can make it at most ${((cores * one.wall) / one.cpu).toFixed(2)}× faster with no overhead at all, ${((cores * one.wall) / (one.cpu + warmUp)).toFixed(2)}× with the second isolate's warm-up`);
} else {
  console.log('ceiling: not derived, the machine was busy (1 thread waited for a core); run again on an idle machine');
}
console.log(`load average (1 min) while running: ${loads.reduce((a, b) => Math.min(a, b)).toFixed(2)}–${loads.reduce((a, b) => Math.max(a, b)).toFixed(2)} on ${os.cpus().length} CPUs; now ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
