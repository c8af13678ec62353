// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild, and the playground page
// (web/, the pure core bundled for the browser) into dist/web/ with the rule pages beside it.
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning' };
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // --concurrency starts its worker threads from this file, looked up beside dist/cli.js.
  { in: 'server/src/cli/cli-worker.ts', out: 'dist/cli-worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
];
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [], banner: e.banner ? { js: e.banner } : undefined });
  // The commands run straight from a checkout too (node_modules/.bin links, pre-commit, npx).
  if (e.banner) chmodSync(e.out, 0o755);
}

if (existsSync('web/src/main.ts')) {
  await build({ bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: true, logLevel: 'warning', entryPoints: ['web/src/main.ts'], outfile: 'dist/web/playground.js' });
  for (const file of ['index.html', 'style.css']) cpSync(`web/${file}`, `dist/web/${file}`);
  mkdirSync('dist/web/rules', { recursive: true });
  for (const page of readdirSync('docs/rules').filter((f) => f.endsWith('.md'))) cpSync(`docs/rules/${page}`, `dist/web/rules/${page}`);
}
