// File discovery: undraft's (fdir's walk with undraft's matcher and ignore files, server/src/cli/files.ts and
// discover.ts, bundled here) against tinyglobby (fdir + picomatch) on a generated tree, for the patterns the
// CLI meets: a whole tree, an extension, brace alternatives, and one pattern whose stars make picomatch's
// regular expression backtrack on a long file name. Times (median), files found, and undraft's directory
// reads, so the "each brace alternative must not walk the tree again" promise is measured, not assumed
// (tinyglobby reads through a reference this script cannot patch: its column says n/a). Then the two
// matchers alone on one long name.
//
//   node bench/glob.mjs [--quick]

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import picomatch from 'picomatch';
import { glob as tinyglob } from 'tinyglobby';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, 'bench', 'tmp');
const tree = path.join(tmp, 'globtree');
const quick = process.argv.includes('--quick');
const LONG_NAME = 120;

// The tree: 20 × 20 folders (plus a node_modules and a dot-folder that both walkers must skip), 12 files each.
rmSync(tree, { recursive: true, force: true });
let files = 0;
for (let i = 0; i < 20; i++) {
  for (let j = 0; j < 20; j++) {
    const d = path.join(tree, 'drafts', `s${i}`, `m${j}`);
    mkdirSync(d, { recursive: true });
    for (const name of ['aaaa.md', 'abab.md', 'bbbb.md', 'report.md', 'notes.txt', 'x.js', 'y.json', 'z.md', 'q.unreport', 'r.markdown', 'baab.md', 'c.md']) {
      writeFileSync(path.join(d, name), '1. A.\n');
      files++;
    }
  }
}
// One long file name (file systems allow 255 bytes), which `*-*-*-*-*.md` does not match.
mkdirSync(path.join(tree, 'drafts', 'long'), { recursive: true });
writeFileSync(path.join(tree, 'drafts', 'long', `${'-'.repeat(LONG_NAME)}.txt`), '1. A.\n');
files++;
for (const skipped of ['node_modules/pkg', '.git/objects']) {
  mkdirSync(path.join(tree, skipped), { recursive: true });
  for (let k = 0; k < 200; k++) writeFileSync(path.join(tree, skipped, `f${k}.md`), 'x');
}

const bundle = path.join(tmp, 'files.cjs');
await build({
  entryPoints: [path.join(root, 'server/src/cli/files.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
  // As scripts/build.mjs: fdir's CommonJS build.
  alias: { fdir: path.join(root, 'node_modules/fdir/dist/index.cjs') },
});
const ours = createRequire(import.meta.url)(bundle);

// Count directory reads: the bundle reads through node:fs (its CommonJS object can be patched).
const fs = createRequire(import.meta.url)('node:fs');
let reads = 0;
for (const name of ['readdirSync', 'readdir']) {
  const real = fs[name];
  fs[name] = (...a) => {
    reads++;
    return real(...a);
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
async function measure(fn) {
  const times = [];
  let found = 0;
  let r = 0;
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    reads = 0;
    const t0 = process.hrtime.bigint();
    found = (await fn()).length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    r = reads;
  }
  return { ms: median(times), found, reads: r };
}

const PATTERNS = ['drafts/**/*.md', 'drafts/**/{a,b}{a,b}{a,b}{a,b}.md', '**/*.{md,txt,unreport}', 'drafts/s1*/m{1,2,3}/*.md', 'drafts/**/*-*-*-*-*.md'];
console.log(`tree: ${files} files in ${20 * 20 + 1} folders, one with a ${LONG_NAME + 4}-character name (+ node_modules and .git with 200 files each)\n`);
console.log(`${'pattern'.padEnd(36)}  ${'ours ms'.padStart(8)}  ${'found'.padStart(6)}  ${'reads'.padStart(6)}   ${'tinyglobby ms'.padStart(13)}  ${'found'.padStart(6)}  ${'reads'.padStart(6)}`);
for (const p of PATTERNS) {
  const a = await measure(() => ours.expandGlob(p, tree));
  // Options that give tinyglobby undraft's rules: no dot-folders, no node_modules, no symlinked folders.
  const b = await measure(() => tinyglob(p, { cwd: tree, ignore: ['**/node_modules/**'], dot: false, followSymbolicLinks: false, absolute: true }));
  console.log(`${p.padEnd(36)}  ${a.ms.toFixed(1).padStart(8)}  ${String(a.found).padStart(6)}  ${String(a.reads).padStart(6)}   ${b.ms.toFixed(1).padStart(13)}  ${String(b.found).padStart(6)}  ${(b.reads === 0 ? 'n/a' : String(b.reads)).padStart(6)}`);
}
rmSync(tree, { recursive: true, force: true });

// The matchers alone: picomatch (as tinyglobby calls it) and undraft's (server/src/cli/glob.ts) on one name of
// n dashes against `*-*-*-*-*.md`, which cannot match it; picomatch's regular expression tries every way of
// placing the dashes (about n^5 / 120 steps), undraft's two-pointer matcher at most pattern × name steps.
const globBundle = path.join(tmp, 'glob.cjs');
await build({ entryPoints: [path.join(root, 'server/src/cli/glob.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: globBundle, logLevel: 'warning' });
const { compileSegment, matchSegment } = createRequire(import.meta.url)(globBundle);
console.log(`\n${'name length'.padEnd(12)}  ${'picomatch ms'.padStart(12)}  ${'undraft ms'.padStart(10)}`);
const pm = picomatch('*-*-*-*-*.md', { posix: true });
const seg = compileSegment('*-*-*-*-*.md');
for (const n of quick ? [50, 100] : [50, 100, 150, 200]) {
  const name = '-'.repeat(n);
  const time = (fn) => {
    const t0 = process.hrtime.bigint();
    const r = fn();
    if (r) throw new Error('the name must not match');
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  console.log(`${String(n).padEnd(12)}  ${time(() => pm(name)).toFixed(1).padStart(12)}  ${time(() => matchSegment(seg, name)).toFixed(2).padStart(10)}`);
}
