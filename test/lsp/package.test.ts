// The extension's manifest and package: settings, commands and menus as the client uses them, and a
// .vsix that holds the bundled dist/ files (desktop and web extension, playground page), the manifest, README, LICENSE,
// language configuration, grammars, snippets, rule pages and the config schema, and nothing else (no sources, tests, node_modules).

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
// The desktop and web clients register their commands in the code they share.
const CLIENT_SRC = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'common.ts'), 'utf8');

/** What may be in the package, as paths inside the extension folder. */
const ALLOWED = [
  /^package\.json$/, /^README\.md$/i, /^readme\.md$/, /^LICENSE(\.txt)?$/, /^language-configuration\.json$/,
  /^dist\/(client|server|cli|cli-worker)\.js$/, /^dist\/undraft\.config\.schema\.json$/, /^dist\/browser\/(extension|server)\.js$/, /^dist\/web\/(index\.html|style\.css|playground\.js)$/,
  /^dist\/web\/rules\/[a-z0-9-]+\.md$/, /^syntaxes\/[^/]+\.tmLanguage\.json$/, /^snippets\/[^/]+\.code-snippets$/, /^docs\/rules\/[a-z0-9-]+\.md$/,
];

/** Entry names of a zip file, from its central directory. */
function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, `${file} is a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

describe('extension manifest and package', function () {
  this.timeout(60000);

  it('points at the bundled client and supports untrusted workspaces', () => {
    assert.equal(pkg.main, './dist/client.js');
    assert.equal(pkg.browser, './dist/browser/extension.js');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.bin['undraft-language-server'], 'dist/server.js');
    assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
  });

  it('contributes every undraft.* setting with resource scope', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { scope: string; default: unknown }>;
    assert.deepEqual(Object.keys(props).sort(), ['undraft.documents', 'undraft.enable', 'undraft.rules', 'undraft.run', 'undraft.stage', 'undraft.trace.server']);
    for (const [key, p] of Object.entries(props)) assert.equal(p.scope, 'resource', key);
    assert.deepEqual(props['undraft.rules'].default, {});
  });

  it('contributes exactly the commands the client registers, in the "UN Drafting" category', () => {
    const contributed = (pkg.contributes.commands as { command: string; category: string }[]);
    const registered = [...CLIENT_SRC.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).concat(CLIENT_SRC.includes('registerCommand(SHOW_DOCS') ? ['undraft.showRuleDocumentation'] : []);
    assert.deepEqual(contributed.map((c) => c.command).sort(), registered.sort());
    for (const c of contributed) assert.equal(c.category, 'UN Drafting');
    const palette = (pkg.contributes.menus.commandPalette as { command: string }[]).map((m) => m.command).sort();
    assert.deepEqual(palette, registered.sort());
  });

  it('contributes "Check Word draft" to the palette and to the Explorer menu of .docx files, and activates on it', () => {
    const command = (pkg.contributes.commands as { command: string; title: string }[]).find((c) => c.command === 'undraft.checkWordDraft');
    assert.equal(command?.title, 'Check Word draft');
    const explorer = (pkg.contributes.menus['explorer/context'] ?? []) as { command: string; when?: string }[];
    assert.deepEqual(explorer.filter((m) => m.command === 'undraft.checkWordDraft').map((m) => m.when), ['resourceExtname == .docx']);
    assert.ok((pkg.activationEvents as string[]).includes('onCommand:undraft.checkWordDraft'));
    // The desktop client checks the read-only Word views; the web client, which cannot read them, says so.
    const desktop = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(desktop, /WORD_VIEW_SCHEME\]/);
    assert.match(CLIENT_SRC, /if \(!platform\.openWordDraft\) return void vscode\.window\.showInformationMessage\(WEB_NO_WORD_DRAFTS\)/);
  });

  it('packages only the allowed files (vsce ls)', () => {
    const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const files = out.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    const web = ['dist/browser/extension.js', 'dist/browser/server.js', 'dist/web/index.html', 'dist/web/playground.js', 'dist/web/style.css'];
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'language-configuration.json', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-worker.js', 'dist/undraft.config.schema.json', ...web]) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
    assert.ok(files.some((f) => f.startsWith('syntaxes/')) && files.some((f) => f.startsWith('snippets/')) && files.some((f) => f.startsWith('docs/rules/')));
  });

  it('a built .vsix (npm run package) holds only the allowed files', function () {
    const vsix = path.join(REPO_ROOT, `${pkg.name}-${pkg.version}.vsix`);
    if (!fs.existsSync(vsix)) this.skip();
    const names = zipEntries(vsix).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
    const unexpected = names.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    for (const needed of ['dist/server.js', 'dist/client.js', 'dist/cli.js', 'dist/browser/extension.js', 'dist/browser/server.js', 'dist/web/index.html']) {
      assert.ok(names.includes(needed), `${needed} is in the .vsix`);
    }
  });
});
