// Project configuration end to end: a temporary repository with two folders of drafts, each with its
// own undraft.config.json (one turns a rule off, one adds an abbreviation and a term), checked by the
// CLI and by the language server (a multi-root workspace over real JSON-RPC): both give the same
// findings per file, as the configs say. A broken config is a clear error in both, and the server
// re-checks open drafts when a watched config changes.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseJson, runCli, tempDir, write } from '../cli/helpers';
import { TestClient, vscodeLikeCapabilities } from './client';

// Written for this test: a figure under ten, an abbreviation undraft does not know, a body named
// with capitals once and in lower case once.
const DRAFT = [
  '1. The Expert Group on Refugee Statistics met with 3 experts from the regional commissions.',
  '',
  '2. The EGRIS agreed that the expert group would report on its work at the next session.',
  '',
].join('\n');

const COMMITTEE_CONFIG = `// The committee writes figures as it likes.
{ "rules": { "number-style": "off" } }
`;
const EXPERTS_CONFIG = `{
  // The group's own vocabulary.
  "abbreviations": { "EGRIS": "the Expert Group on Refugee and Internally Displaced Persons Statistics" },
  "terms": ["the Expert Group"],
}
`;
const BROKEN_CONFIG = `{
  "rules": {
    "number-style": "sometimes"
  }
}
`;

interface Seen {
  ruleId: string;
  line: number;
  message: string;
}

const key = (f: Seen) => `${f.line}|${f.ruleId}|${f.message}`;

describe('project configuration: CLI and language server agree', function () {
  this.timeout(60000);
  let repo: string;
  let client: TestClient | undefined;

  before(() => {
    repo = tempDir('undraft-config-');
    fs.mkdirSync(path.join(repo, '.git'));
    write(repo, 'committee/undraft.config.json', COMMITTEE_CONFIG);
    write(repo, 'committee/draft.md', DRAFT);
    write(repo, 'experts/undraft.config.json', EXPERTS_CONFIG);
    write(repo, 'experts/draft.md', DRAFT);
    write(repo, 'broken/undraft.config.json', BROKEN_CONFIG);
    write(repo, 'broken/draft.md', DRAFT);
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(repo, { recursive: true, force: true });
  });

  function cliFindings(folder: string): Seen[] {
    const r = runCli(['-f', 'json', folder], { cwd: repo });
    assert.equal(r.stderr, '');
    const files = parseJson(r.stdout);
    assert.equal(files.length, 1);
    return files[0].findings.map((f) => ({ ruleId: f.ruleId, line: f.line, message: f.message }));
  }

  it('the CLI applies each folder\'s config', () => {
    const committee = cliFindings('committee');
    const experts = cliFindings('experts');
    // The committee turned number-style off; by default EGRIS is unknown and the body is written once with capitals.
    assert.deepEqual(committee.filter((f) => ['number-style', 'abbreviation', 'term-consistency'].includes(f.ruleId)), []);
    // The experts' folder keeps number-style, knows EGRIS and the term.
    assert.ok(experts.some((f) => f.ruleId === 'number-style' && f.line === 1 && f.message.includes('"3 experts"')), JSON.stringify(experts));
    assert.ok(experts.some((f) => f.ruleId === 'abbreviation' && f.line === 3 && f.message.includes('Expert Group on Refugee and Internally Displaced Persons Statistics (EGRIS)')));
    assert.ok(experts.some((f) => f.ruleId === 'term-consistency' && f.line === 3 && f.message.includes('"expert group"') && f.message.includes('"Expert Group"')));
  });

  it('a broken config: the CLI names the file, line and path, says what is expected, checks nothing under it and exits 2', () => {
    const r = runCli(['broken', 'committee'], { cwd: repo });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\/undraft\.config\.json:3:21: rules\.number-style: expected "off", "info", "warning", "error", or \[severity, \{ options \}\]/);
    assert.ok(!r.stdout.includes('broken/draft.md'), r.stdout);
  });

  it('the language server gives the same findings per file, reads the broken config as an error and re-checks on a watched change', async () => {
    const folders = ['committee', 'experts', 'broken'].map((f) => ({ uri: pathToFileURL(path.join(repo, f)).toString(), name: f }));
    const caps = vscodeLikeCapabilities();
    caps.workspace = { ...caps.workspace, didChangeWatchedFiles: { dynamicRegistration: true } };
    ({ client } = await TestClient.start({ workspaceFolders: folders, capabilities: caps }));
    const c = client;
    await c.waitFor(() => c.registrations.includes('workspace/didChangeWatchedFiles'), 'the file watcher registration');

    for (const folder of ['committee', 'experts']) {
      const u = pathToFileURL(path.join(repo, folder, 'draft.md')).toString();
      await c.open(u, DRAFT, 'un-report');
      const diags = await c.diagnostics(u);
      const fromServer = diags.map((d) => ({ ruleId: String(d.code), line: d.range.start.line + 1, message: String(d.message) }));
      assert.deepEqual(fromServer.map(key).sort(), cliFindings(folder).map(key).sort(), folder);
    }

    const broken = pathToFileURL(path.join(repo, 'broken', 'draft.md')).toString();
    const configUri = pathToFileURL(path.join(repo, 'broken', 'undraft.config.json')).toString();
    await c.open(broken, DRAFT, 'un-report');
    const onConfig = await c.diagnostics(configUri);
    assert.equal(onConfig.length, 1);
    assert.equal(onConfig[0].message, 'rules.number-style: expected "off", "info", "warning", "error", or [severity, { options }]');
    assert.deepEqual(onConfig[0].range.start, { line: 2, character: 20 });
    const status = await c.waitFor(() => c.statuses.filter((s) => s.uri === broken).pop(), 'the broken draft\'s status');
    assert.equal(status.state, 'disabled');
    assert.equal((status as { configError?: string }).configError, configUri);
    assert.match(status.reason ?? '', /project configuration is invalid: .*rules\.number-style/);
    assert.equal(c.publishesFor(broken).filter((p) => p.diagnostics.length > 0).length, 0, 'no check with silent defaults');

    // The config is mended on disk; the editor's watcher reports it and the draft is checked with it.
    fs.writeFileSync(path.join(repo, 'broken', 'undraft.config.json'), '{ "rules": { "number-style": "error" } }\n');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const mended = await c.waitFor(() => {
      const last = c.publishesFor(broken).pop();
      return last && last.diagnostics.some((d) => d.code === 'number-style') ? last.diagnostics : undefined;
    }, 'the re-check after the config changed');
    assert.equal(mended.find((d) => d.code === 'number-style')?.severity, 1, 'number-style is an error as the mended config says');
    await c.waitFor(() => {
      const last = c.publishesFor(configUri).pop();
      return last && last.diagnostics.length === 0;
    }, 'the config file\'s diagnostic cleared');
  });

  it('the project config wins over the personal VS Code settings where they disagree', async () => {
    const settings = { rules: { 'number-style': 'error', 'repeated-word': 'off' } };
    const folders = [{ uri: pathToFileURL(path.join(repo, 'committee')).toString(), name: 'committee' }];
    const { client: other } = await TestClient.start({ workspaceFolders: folders, settings });
    try {
      const u = pathToFileURL(path.join(repo, 'committee', 'draft.md')).toString();
      const text = DRAFT + '3. The report was was adopted.\n';
      write(repo, 'committee/repeated.md', text);
      assert.ok(cliFindings('committee/repeated.md').some((f) => f.ruleId === 'repeated-word'), 'without the VS Code setting the repeated word is reported');
      await other.open(u, text, 'un-report');
      const diags = await other.diagnostics(u);
      assert.ok(!diags.some((d) => d.code === 'number-style'), 'the project turned number-style off');
      assert.ok(!diags.some((d) => d.code === 'repeated-word'), 'a rule the project does not set follows the VS Code setting');
    } finally {
      await other.stop();
    }
  });
});
