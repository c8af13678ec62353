// The core is pure: it imports no editor, protocol, file-system or process module.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const CORE = path.join(REPO_ROOT, 'server', 'src', 'core');
const FORBIDDEN = /^(?:node:)?(?:fs|fs\/promises|path|child_process|os|net|http|https|process|worker_threads|readline|stream)$|^vscode$|^vscode-languageserver|^vscode-languageclient|^vscode-jsonrpc/;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('core boundary', () => {
  it('imports nothing from vscode, the LSP libraries or Node I/O', () => {
    const offenders: string[] = [];
    const importRe = /(?:from\s+|require\(\s*|import\(\s*|import\s+)['"]([^'"]+)['"]/g;
    for (const file of tsFiles(CORE)) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(importRe)) {
        if (FORBIDDEN.test(m[1])) offenders.push(`${path.relative(REPO_ROOT, file)} imports ${m[1]}`);
      }
      if (/\bprocess\.(?:env|argv|stdout|stderr|exit)/.test(src)) offenders.push(`${path.relative(REPO_ROOT, file)} uses process`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the test itself catches a forbidden import', () => {
    assert.ok(FORBIDDEN.test('fs') && FORBIDDEN.test('node:fs') && FORBIDDEN.test('vscode') && FORBIDDEN.test('vscode-languageserver/node'));
    assert.ok(!FORBIDDEN.test('./model') && !FORBIDDEN.test('../types'));
  });
});
