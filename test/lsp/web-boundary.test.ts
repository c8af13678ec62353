// The web extension's code stays free of Node: everything the Web Worker server (browserServer.ts) and the web
// client (browserExtension.ts) import, followed through relative imports, uses no Node built-in and no `/node`
// build of the LSP libraries; the build's guard refuses a Node built-in; the built bundles require only `vscode`.

import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const ENTRIES = ['server/src/lsp/browserServer.ts', 'client/src/browserExtension.ts'];
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT = /(?:from\s+|require\(\s*|import\(\s*|import\s+)['"]([^'"]+)['"]/g;
/** `import type …` and `export type …` are erased by the compiler: they bring nothing into a bundle. */
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^;]*;/g;

/** Every source file reachable from the entry through relative imports, with the modules each imports. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const todo = [path.join(REPO_ROOT, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    const specs = [...fs.readFileSync(file, 'utf8').replace(TYPE_ONLY, '').matchAll(IMPORT)].map((m) => m[1]);
    seen.set(file, specs);
    for (const s of specs.filter((x) => x.startsWith('.'))) {
      const base = path.resolve(path.dirname(file), s);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (found) todo.push(found);
    }
  }
  return seen;
}

function offenders(entry: string): string[] {
  const out: string[] = [];
  for (const [file, specs] of reachable(entry)) {
    for (const s of specs) {
      if (BUILTINS.has(s) || /^vscode-language(server|client)\/node$/.test(s)) out.push(`${path.relative(REPO_ROOT, file)} imports ${s}`);
    }
  }
  return out;
}

describe('web extension: no Node in the browser code', () => {
  for (const entry of ENTRIES) {
    it(`${entry} reaches no Node built-in and no /node LSP build`, () => {
      const files = reachable(entry);
      // The server entry reaches the shared handlers and the core, not just itself.
      assert.ok(files.size > (entry.includes('server') ? 30 : 2), `${entry} reaches ${files.size} files`);
      assert.deepEqual(offenders(entry), []);
    });
  }

  it('the search would catch a Node-only handler (main.ts, the Node entry, is one)', () => {
    assert.ok(offenders('server/src/lsp/main.ts').some((o) => o.includes('node:stream')));
    assert.ok(offenders('server/src/lsp/main.ts').some((o) => o.includes('vscode-languageserver/node')));
  });

  it("the build's guard fails a browser bundle that imports a Node built-in", async () => {
    const esbuild = await import('esbuild');
    const { noNodeBuiltins } = (await import(path.join(REPO_ROOT, 'scripts', 'no-node-builtins.mjs'))) as { noNodeBuiltins: import('esbuild').Plugin };
    const bundle = (contents: string) => esbuild.build({ stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts' }, bundle: true, platform: 'browser', write: false, logLevel: 'silent', plugins: [noNodeBuiltins] });
    for (const name of ['fs', 'node:path', 'node:fs/promises']) {
      await assert.rejects(bundle(`import * as m from '${name}'; console.log(m);`), (e: Error) => e.message.includes(`Node built-in "${name}"`));
    }
    const ok = await bundle("import { checkDraft } from './server/src/core/index'; console.log(checkDraft('A.'));");
    assert.equal(ok.errors.length, 0);
  });

  it('the built browser bundles require nothing but vscode', function () {
    const files = ['extension.js', 'server.js'].map((f) => path.join(REPO_ROOT, 'dist', 'browser', f));
    if (!files.every((f) => fs.existsSync(f))) this.skip();
    for (const f of files) {
      const required = new Set([...fs.readFileSync(f, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
      assert.deepEqual([...required], f.endsWith('extension.js') ? ['vscode'] : [], path.relative(REPO_ROOT, f));
    }
  });
});
