// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml): each file is read
// as YAML and the command it declares is run, as GitHub and pre-commit would run it, in a temporary
// project where undraft is installed (node_modules/undraft → this build; npx runs offline).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/paths';
import { CLI, tempDir, write } from './helpers';

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; steps: { shell: string; run: string; env: Record<string, string> }[] };
}

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types: string[];
}

/** A project with undraft installed as npm would install it: the package and its bin link. */
function project(): string {
  const dir = tempDir('undraft-ci-');
  write(dir, 'package.json', JSON.stringify({ name: 'reports', version: '1.0.0', devDependencies: { undraft: '0.1.0' } }));
  write(dir, 'node_modules/undraft/package.json', JSON.stringify({ name: 'undraft', version: '0.1.0', bin: { undraft: 'dist/cli.js' } }));
  fs.symlinkSync(path.dirname(CLI), path.join(dir, 'node_modules/undraft/dist'));
  fs.mkdirSync(path.join(dir, 'node_modules/.bin'));
  fs.symlinkSync('../undraft/dist/cli.js', path.join(dir, 'node_modules/.bin/undraft'));
  fs.mkdirSync(path.join(dir, '.git'));
  write(dir, '.gitignore', 'drafts/old.md\n');
  write(dir, 'drafts/a.md', '1. The delegation of the UN spoke.\n');
  write(dir, 'drafts/old.md', '1. The delegation of the UN spoke again.\n');
  write(dir, 'notes/b.txt', '1. The Committee recalled GA resolution 70/1.\n');
  write(dir, 'tools/build.js', 'console.log("not a draft");\n');
  return dir;
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  const r = spawnSync('bash', ['-e', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false', ...env } });
  if (r.error) throw r.error;
  return r;
}

describe('CI integrations', () => {
  let dir: string;
  beforeEach(() => (dir = project()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('action.yml: a composite step runs npx undraft with the paths, format and args inputs', () => {
    const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml;
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['args', 'format', 'paths']);
    const [step] = action.runs.steps;
    assert.equal(step.shell, 'bash');
    assert.match(step.run, /npx --yes undraft /);
    const inputs: Record<string, string> = { paths: 'drafts/*.md\nnotes', format: 'github', args: '--max-warnings 0' };
    // GitHub replaces the expressions in `env`; the script reads only the environment.
    assert.ok(!step.run.includes('${{'), 'no input is pasted into the script');
    const env = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, v.replace(/\$\{\{ inputs\.(\w+) \}\}/g, (_, name: string) => inputs[name])]));
    const r = bash(step.run, dir, env);
    assert.equal(r.status, 1, r.stderr);
    const files = r.stdout.trim().split('\n').map((l) => /file=([^,]+)/.exec(l)?.[1]);
    // The glob reached undraft unexpanded: it left out what .gitignore excludes.
    assert.deepEqual([...new Set(files)], ['drafts/a.md', 'notes/b.txt']);
    assert.match(r.stderr, /more than --max-warnings 0/);

    const defaults = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, v.replace(/\$\{\{ inputs\.(\w+) \}\}/g, (_, name: string) => action.inputs[name].default ?? '')]));
    const all = bash(step.run, dir, defaults);
    assert.equal(all.status, 0, all.stderr);
    assert.match(all.stdout, /^::warning file=drafts\/a\.md,/m);
  });

  it('.pre-commit-hooks.yaml: the hook runs its entry on the staged drafts it selects', () => {
    const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    const hook = hooks.find((h) => h.id === 'undraft')!;
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'undraft');
    assert.deepEqual(hook.types, ['text']);
    const staged = ['drafts/a.md', 'drafts/old.md', 'notes/b.txt', 'tools/build.js', 'x.unreport', 'y.markdown'];
    const files = new RegExp(hook.files);
    const chosen = staged.filter((f) => files.test(f));
    assert.deepEqual(chosen, ['drafts/a.md', 'drafts/old.md', 'notes/b.txt', 'x.unreport', 'y.markdown']);
    write(dir, 'x.unreport', '1. The Working Group met on 3 May.\n');
    write(dir, 'y.markdown', '1. The Working Group met on 4 May.\n');
    // pre-commit puts the hook environment's bin folder on PATH and appends the file names.
    const r = bash(`${hook.entry} ${chosen.map((f) => `'${f}'`).join(' ')}`, dir, { PATH: `${path.join(dir, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` });
    assert.equal(r.status, 0, r.stderr);
    // Files named directly are checked even when .gitignore lists them.
    for (const f of ['drafts/a.md', 'drafts/old.md', 'notes/b.txt']) assert.ok(r.stdout.includes(`${f}\n`), `${f} in\n${r.stdout}`);
    write(dir, 'drafts/a.md', '1. The delegation of the UN spoke.\n');
    const failing = bash(`${hook.entry} --rule abbreviation=error drafts/a.md`, dir, { PATH: `${path.join(dir, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` });
    assert.equal(failing.status, 1, 'an error fails the commit');
  });
});
