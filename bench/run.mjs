// The benchmark behind `npm run bench`: generated drafts of 100 KB, 1 MB and 10 MB; for each, the
// core's time (checkDraft in this process, after a warm-up) and the CLI's whole-process time
// (`node dist/cli.js <file>`), beside a one-pass baseline measured in the same run: a node process
// that reads the file and runs one regular expression over it. Medians of several runs.
//
//   npm run bench                 (builds dist/ first)
//   node bench/run.mjs --quick    (fewer runs, for a smoke test)

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateDraft } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, 'bench', 'tmp');
const cli = path.join(root, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
mkdirSync(tmp, { recursive: true });

// The core, bundled from source so the bench needs only `npm run build` (not a full tsc compile).
const coreBundle = path.join(tmp, 'core.cjs');
await build({ entryPoints: [path.join(root, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: coreBundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(coreBundle);

const SIZES = [
  { label: '100 KB', bytes: 100_000, runs: quick ? 3 : 9 },
  { label: '1 MB', bytes: 1_000_000, runs: quick ? 3 : 7 },
  { label: '10 MB', bytes: 10_000_000, runs: quick ? 1 : 5 },
];

// One pass of one regular expression over the whole text: square-bracketed spans on a line.
const BASELINE = `const t=require('fs').readFileSync(process.argv[1],'utf8');let n=0;for(const m of t.matchAll(/\\[[^\\]\\n]*\\]/g))n++;console.log(n);`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall-clock time of a whole `node <args>` process, stdout to /dev/null. */
function timeProcess(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/**
 * CPU time (user + system, all threads) of a whole `node <args>` process, read with bash's `times`
 * (millisecond precision). Less disturbed than wall time when other work shares the machine.
 */
function cpuProcess(args) {
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null; rc=$?; times >&2; exit $rc', 'bash', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.error) throw r.error;
  const lines = r.stderr.trim().split('\n');
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[lines.length - 1] ?? '');
  if (!m) throw new Error(`could not read CPU times from: ${r.stderr}`);
  return (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
}

function timeCore(text) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const res = core.checkDraft(text, {});
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, findings: res.findings.length };
}

console.log(`undraft bench: node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${os.platform()} ${os.arch()}`);
console.log(`rules registered: ${core.allRules.length} (${core.allRules.map((r) => r.meta.id).join(', ') || 'none'})`);
const startup = median(Array.from({ length: quick ? 3 : 9 }, () => timeProcess(['-e', ''])));
console.log(`node start-up alone (node -e ''): ${startup.toFixed(1)} ms\n`);

const rows = [];
for (const size of SIZES) {
  const file = path.join(tmp, `draft-${size.bytes}.md`);
  const text = generateDraft(size.bytes, 42);
  writeFileSync(file, text);
  const mb = statSync(file).size / 1e6;

  timeCore(text); // warm-up (JIT)
  const coreRuns = [];
  const coreCpu = [];
  let findings = 0;
  for (let i = 0; i < size.runs; i++) {
    const r = timeCore(text);
    coreRuns.push(r.ms);
    coreCpu.push(r.cpu);
    findings = r.findings;
  }
  const baseRuns = [];
  const cliRuns = [];
  const baseCpu = [];
  const cliCpu = [];
  timeProcess(['-e', BASELINE, file]);
  timeProcess([cli, file]);
  for (let i = 0; i < size.runs; i++) {
    // Interleaved so that machine noise hits both alike.
    baseRuns.push(timeProcess(['-e', BASELINE, file]));
    cliRuns.push(timeProcess([cli, file]));
    baseCpu.push(cpuProcess(['-e', BASELINE, file]));
    cliCpu.push(cpuProcess([cli, file]));
  }
  rows.push({
    label: size.label, mb, findings, runs: size.runs,
    core: median(coreRuns), coreCpu: median(coreCpu),
    base: median(baseRuns), cli: median(cliRuns), baseCpu: median(baseCpu), cliCpu: median(cliCpu),
  });
}

const table = (title, cols, cells) => {
  console.log(title);
  const widths = cols.map((c, i) => cells.reduce((w, r) => Math.max(w, r[i].length), c.length));
  console.log(cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  for (const r of cells) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('');
};
const f1 = (x) => x.toFixed(1);
table(
  'Wall-clock time (median ms):',
  ['size', 'MB', 'findings', 'runs', 'baseline', 'CLI', 'CLI/baseline', 'core', 'core/MB', 'CLI/MB', '(CLI - start-up)/MB'],
  rows.map((r) => [r.label, r.mb.toFixed(2), String(r.findings), String(r.runs), f1(r.base), f1(r.cli), (r.cli / r.base).toFixed(2) + 'x', f1(r.core), f1(r.core / r.mb), f1(r.cli / r.mb), f1((r.cli - startup) / r.mb)]),
);
table(
  'CPU time, user + system (median ms):',
  ['size', 'baseline', 'CLI', 'CLI/baseline', 'core', 'core/MB', 'CLI/MB'],
  rows.map((r) => [r.label, f1(r.baseCpu), f1(r.cliCpu), (r.cliCpu / r.baseCpu).toFixed(2) + 'x', f1(r.coreCpu), f1(r.coreCpu / r.mb), f1(r.cliCpu / r.mb)]),
);
// Where the core's time goes on 1 MB: parsing, then each rule on the parsed model (warm medians).
{
  const text = generateDraft(1_000_000, 42);
  const runs = quick ? 3 : 7;
  const med = (f) => median(Array.from({ length: runs }, () => { const t0 = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - t0) / 1e6; }));
  const parse = med(() => core.parseDraft(text));
  const model = core.parseDraft(text);
  const perRule = core.allRules.map((r) => [r.meta.id, med(() => core.checkModel(model, { only: [r.meta.id] }))]);
  perRule.sort((a, b) => b[1] - a[1]);
  table('Core on the 1 MB draft, warm (median ms):', ['part', 'ms'], [['parseDraft', f1(parse)], ...perRule.map(([id, ms]) => [`rule ${id}`, f1(ms)])]);
}

// The fixed cost of a fresh process: loading the core and its first check of a tiny draft
// (module start-up, lazily built data tables, code not yet optimized).
{
  const probe = `const t0=performance.now();const c=require(${JSON.stringify(coreBundle)});const t1=performance.now();c.checkDraft('Distr.: Limited\\n3 April 2018\\n\\nI. Introduction\\n\\n1. Text.\\n',{});const t2=performance.now();console.log(JSON.stringify([t1-t0,t2-t1]));`;
  const samples = Array.from({ length: quick ? 3 : 7 }, () => JSON.parse(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout));
  console.log(`fresh process: loading the core ${f1(median(samples.map((x) => x[0])))} ms, first check of a tiny draft ${f1(median(samples.map((x) => x[1])))} ms\n`);
}

const oneMb = rows.find((r) => r.label === '1 MB');
const big = rows[rows.length - 1];
const ratio = oneMb.cli / oneMb.base;
console.log(`target: CLI on 1 MB within 2x the baseline (wall): ${ratio.toFixed(2)}x, ${ratio <= 2 ? 'met' : 'NOT met'}; CPU: ${(oneMb.cliCpu / oneMb.baseCpu).toFixed(2)}x`);
console.log(`linearity: core ms/MB at 10 MB / at 1 MB = ${(big.core / big.mb / (oneMb.core / oneMb.mb)).toFixed(2)} wall, ${(big.coreCpu / big.mb / (oneMb.coreCpu / oneMb.mb)).toFixed(2)} CPU (1.00 = linear)`);
console.log(`load average during the run: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min) on ${os.cpus().length} CPUs`);
