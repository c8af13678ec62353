// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild; the extension for VS Code
// for the Web (client and Web Worker server) into dist/browser/; and the playground page (web/, the pure core
// bundled for the browser) into dist/web/ with the rule pages beside it. A browser bundle that would need a
// Node built-in fails the build.
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { noNodeBuiltins } from './no-node-builtins.mjs';

// jsonc-parser's main entry is a UMD build whose dynamic requires esbuild cannot follow; its ES module build bundles.
// fdir's ES module build finds picomatch through createRequire(import.meta.url), which is undefined in a CommonJS
// bundle; its CommonJS build requires it plainly.
const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js', fdir: './node_modules/fdir/dist/index.cjs' };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', alias };
// One id for the sources this build comes from: the CLI's --cache keeps no findings across builds, even of one version.
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync('server/src', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const f of ['package.json', ...files.map((f) => `server/src/${f}`)]) hash.update(f).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
const define = { UNDRAFT_BUILD_ID: JSON.stringify(buildId()) };
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // --concurrency starts its worker threads from this file, looked up beside dist/cli.js.
  { in: 'server/src/cli/cli-worker.ts', out: 'dist/cli-worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
];
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ ...common, define, entryPoints: [e.in], outfile: e.out, external: e.external ?? [], banner: e.banner ? { js: e.banner } : undefined });
  // The commands run straight from a checkout too (node_modules/.bin links, pre-commit, npx).
  if (e.banner) chmodSync(e.out, 0o755);
}

// The JSON Schema of undraft.config.json, generated from the rules' metadata (server/src/config/schema.ts)
// and shipped with the extension (contributes.jsonValidation).
if (existsSync('server/src/config/schema.ts')) {
  mkdirSync('dist', { recursive: true });
  const tmp = 'dist/.config-schema.cjs';
  await build({ ...common, entryPoints: ['server/src/config/schema.ts'], outfile: tmp });
  const require = createRequire(import.meta.url);
  const { configSchema } = require(`../${tmp}`);
  writeFileSync('dist/undraft.config.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
  rmSync(tmp);
}

const browser = { bundle: true, platform: 'browser', target: 'es2022', sourcemap: false, minify: true, logLevel: 'warning', plugins: [noNodeBuiltins] };
// Minified: the browser downloads them. The web extension's client runs in the web extension host (CommonJS,
// `vscode` provided by it); its server is a classic worker script.
await build({ ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] });
await build({ ...browser, format: 'iife', entryPoints: ['server/src/lsp/browserServer.ts'], outfile: 'dist/browser/server.js' });

if (existsSync('web/src/main.ts')) {
  await build({ ...browser, format: 'iife', entryPoints: ['web/src/main.ts'], outfile: 'dist/web/playground.js' });
  for (const file of ['index.html', 'style.css']) cpSync(`web/${file}`, `dist/web/${file}`);
  mkdirSync('dist/web/rules', { recursive: true });
  for (const page of readdirSync('docs/rules').filter((f) => f.endsWith('.md'))) cpSync(`docs/rules/${page}`, `dist/web/rules/${page}`);
}
