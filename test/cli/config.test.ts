// Project configuration in the CLI: extends (a path, a package, cycles), overrides, ignores and
// files, flags over the config, --init and --print-config, syntax errors with their place, and the
// JSON Schema that build writes from the rules' metadata.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { allRules } from '../../server/src/core/index';
import { configSchema } from '../../server/src/config/schema';
import { WORD_CHECKS } from '../../server/src/docx/checks';
import { REPO_ROOT } from '../helpers/paths';
import { reviewed } from '../docx/fixtures';
import { parseJson, runCli, tempDir, write } from './helpers';

const DRAFT = '1. The Committee heard 3 speakers.\n';

function rulesFound(cwd: string, args: string[]): Record<string, string[]> {
  const r = runCli(['-f', 'json', ...args], { cwd });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const out: Record<string, string[]> = {};
  for (const f of parseJson(r.stdout)) out[path.relative(cwd, f.filePath)] = f.findings.map((x) => `${x.ruleId}:${x.severity}`);
  return out;
}

describe('CLI: project configuration', function () {
  this.timeout(30000);
  let repo: string;
  beforeEach(() => {
    repo = tempDir('undraft-config-cli-');
    fs.mkdirSync(path.join(repo, '.git'));
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('extends a relative path and a package; the nearer layer wins, a severity alone keeps the base\'s options', () => {
    write(repo, 'node_modules/@un/undraft-config/package.json', JSON.stringify({ name: '@un/undraft-config', main: 'undraft.config.json' }));
    write(repo, 'node_modules/@un/undraft-config/undraft.config.json', '{ "rules": { "number-style": ["error", { "threshold": 5 }] } }');
    write(repo, 'base.json', '{ "extends": "@un/undraft-config", "rules": { "repeated-word": "off" } }');
    write(repo, 'drafts/undraft.config.json', '{ "extends": "../base.json", "rules": { "number-style": "info" } }');
    write(repo, 'drafts/a.md', DRAFT);
    write(repo, 'drafts/b.md', '1. The Committee heard 7 speakers.\n');
    assert.deepEqual(rulesFound(repo, ['drafts']), { 'drafts/a.md': ['number-style:info'], 'drafts/b.md': [] });
    const printed = JSON.parse(runCli(['--print-config', 'drafts/a.md'], { cwd: repo }).stdout);
    assert.deepEqual(printed.configFiles, ['node_modules/@un/undraft-config/undraft.config.json', 'base.json', 'drafts/undraft.config.json']);
    assert.deepEqual(printed.rules['number-style'], ['info', { threshold: 5, labels: [] }]);
    assert.equal(printed.rules['repeated-word'], 'off');
  });

  it('a cycle of extends and a missing package are errors that name the file and the path', () => {
    write(repo, 'a/undraft.config.json', '{ "extends": "../b/undraft.config.json" }');
    write(repo, 'b/undraft.config.json', '{\n  "extends": "../a"\n}');
    write(repo, 'a/d.md', DRAFT);
    let r = runCli(['a/d.md'], { cwd: repo });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /b\/undraft\.config\.json:2:15: extends: "\.\.\/a" makes a cycle of extends: a\/undraft\.config\.json → b\/undraft\.config\.json → a\/undraft\.config\.json/);
    write(repo, 'a/undraft.config.json', '{ "extends": "no-such-undraft-config" }');
    r = runCli(['a/d.md'], { cwd: repo });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\/undraft\.config\.json:1:15: extends: cannot find "no-such-undraft-config"/);
  });

  it('overrides apply to the files their globs match; ignores and files leave drafts out, said when named directly', () => {
    write(repo, 'undraft.config.json', JSON.stringify({
      files: ['reports/**'],
      ignores: ['reports/old/**'],
      overrides: [{ files: ['reports/annexes/**'], rules: { 'number-style': 'off' } }],
    }));
    write(repo, 'reports/main.md', DRAFT);
    write(repo, 'reports/annexes/annex.md', DRAFT);
    write(repo, 'reports/old/2019.md', DRAFT);
    write(repo, 'notes/n.md', DRAFT);
    assert.deepEqual(rulesFound(repo, ['.']), { 'reports/annexes/annex.md': [], 'reports/main.md': ['number-style:warning'] });
    const r = runCli(['reports/old/2019.md'], { cwd: repo });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /reports\/old\/2019\.md: not checked: matched by "ignores" in undraft\.config\.json/);
  });

  it('--rule, --stage and --date win over the config', () => {
    write(repo, 'undraft.config.json', '{ "rules": { "number-style": "error" }, "stage": "final" }');
    write(repo, 'd.md', DRAFT);
    assert.deepEqual(rulesFound(repo, ['d.md']), { 'd.md': ['number-style:error'] });
    assert.deepEqual(rulesFound(repo, ['--rule', 'number-style=info', 'd.md']), { 'd.md': ['number-style:info'] });
    assert.equal(JSON.parse(runCli(['--print-config', 'd.md'], { cwd: repo }).stdout).stage, 'final');
    assert.equal(JSON.parse(runCli(['--stage', 'draft', '--print-config', 'd.md'], { cwd: repo }).stdout).stage, 'draft');
  });

  it('JSON that does not parse: the place and what is wrong; comments and trailing commas are fine', () => {
    write(repo, 'undraft.config.json', '// ok\n{ "rules": { "number-style": "off", }, }\n');
    write(repo, 'd.md', DRAFT);
    assert.deepEqual(rulesFound(repo, ['d.md']), { 'd.md': [] });
    write(repo, 'undraft.config.json', '{\n  "rules": { "number-style" "off" }\n}\n');
    const r = runCli(['d.md'], { cwd: repo });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^undraft: undraft\.config\.json:2:29: is not valid JSON: ColonExpected/m);
  });

  it('--init writes a starting config that validates, and never overwrites', () => {
    let r = runCli(['--init'], { cwd: repo });
    assert.equal(r.code, 0, r.stderr);
    const written = fs.readFileSync(path.join(repo, 'undraft.config.json'), 'utf8');
    write(repo, 'd.md', DRAFT);
    assert.deepEqual(rulesFound(repo, ['d.md']), { 'd.md': ['number-style:warning'] });
    fs.writeFileSync(path.join(repo, 'undraft.config.json'), '{}');
    r = runCli(['--init'], { cwd: repo });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /undraft\.config\.json: already exists; it was left as it is/);
    assert.equal(fs.readFileSync(path.join(repo, 'undraft.config.json'), 'utf8'), '{}');
    assert.ok(written.includes('"rules"'));
  });
  it('sets the Word-only checks from the config (the schema knows them), and --rule wins over the config', async () => {
    write(repo, 'undraft.config.json', '{ "rules": { "word-comments": "off", "word-tracked-changes": "error" } }');
    write(repo, 'd.docx', await reviewed());
    const word = (args: string[]) => (rulesFound(repo, [...args, 'd.docx'])['d.docx'] ?? []).filter((x) => x.startsWith('word-')).sort();
    assert.deepEqual(word([]), ['word-tracked-changes:error']);
    assert.deepEqual(word(['--rule', 'word-comments=warning', '--rule', 'word-tracked-changes=off']), ['word-comments:warning']);
    const r = runCli(['-f', 'json', 'd.docx'], { cwd: repo });
    assert.doesNotMatch(r.stderr, /nknown rule/);
    const validate = new Ajv({ strict: false }).compile(configSchema());
    assert.ok(validate({ rules: { 'word-numbering': 'warning', 'word-comments': ['off'] } }), JSON.stringify(validate.errors));
    assert.equal(validate({ rules: { 'word-numbering': ['warning', { any: 1 }] } }), false, 'the Word checks take no options');
  });

  it('--print-config lists the Word-only checks for any file, with the severities the settings resolve, saying they apply to .docx', () => {
    write(repo, 'd.md', DRAFT);
    const printed = (args: string[]) => JSON.parse(runCli([...args, '--print-config', 'd.md'], { cwd: repo }).stdout).wordChecks;
    // No config, stage from the masthead: the defaults of both stages where they differ.
    const none = printed([]);
    assert.match(none.appliesTo, /\.docx/);
    assert.deepEqual(none.rules, {
      'word-tracked-changes': { draft: 'info', final: 'error' },
      'word-comments': { draft: 'info', final: 'error' },
      'word-numbering': 'warning',
    });
    write(repo, 'undraft.config.json', '{ "rules": { "word-comments": "off" }, "stage": "final" }');
    assert.deepEqual(printed([]).rules, { 'word-tracked-changes': 'error', 'word-comments': 'off', 'word-numbering': 'warning' });
    assert.deepEqual(printed(['--stage', 'draft', '--rule', 'word-comments=warning', '--rule', 'word-numbering=off']).rules, {
      'word-tracked-changes': 'info',
      'word-comments': 'warning',
      'word-numbering': 'off',
    });
    // The core rules are still listed beside them, and no Word check among them.
    assert.ok(!Object.keys(JSON.parse(runCli(['--print-config', 'd.md'], { cwd: repo }).stdout).rules).some((id) => id.startsWith('word-')));
  });

  it('--print-config gives the Word checks the severities a check of a .docx reports, in each stage', async () => {
    write(repo, 'd.docx', await reviewed());
    for (const stage of ['draft', 'final'] as const) {
      const said = JSON.parse(runCli(['--stage', stage, '--print-config', 'd.docx'], { cwd: repo }).stdout).wordChecks.rules as Record<string, string>;
      const found = (rulesFound(repo, ['--stage', stage, 'd.docx'])['d.docx'] ?? []).filter((x) => x.startsWith('word-'));
      assert.ok(found.length > 0, 'the fixture has Word findings');
      for (const f of found) {
        const [id, severity] = f.split(':');
        assert.equal(said[id], severity, `${stage}: ${id}`);
      }
    }
  });
});

describe('the config schema', () => {
  it('is generated from the rule metadata into dist/ by the build, and compiles', () => {
    const file = path.join(REPO_ROOT, 'dist', 'undraft.config.schema.json');
    const shipped = JSON.parse(fs.readFileSync(file, 'utf8')) as { definitions: { rules: { properties?: object } } };
    assert.deepEqual(shipped, configSchema());
    const rules = (shipped.definitions.rules.properties ?? {}) as Record<string, unknown>;
    assert.deepEqual(Object.keys(rules).sort(), [...allRules.map((r) => r.meta.id), ...WORD_CHECKS.map((w) => w.id)].sort());
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(shipped);
    assert.ok(validate({ rules: { 'number-style': ['warning', { threshold: 5 }] }, terms: ['the Expert Group'] }));
    assert.ok(!validate({ rules: { 'number-style': ['warning', { threshold: 'five' }] } }));
  });

  it('is registered for undraft.config.json and packaged', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: 'undraft.config.json', url: './dist/undraft.config.schema.json' }]);
    assert.ok(fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').includes('!dist/undraft.config.schema.json'));
  });

});
