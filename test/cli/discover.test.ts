// The walk behind directory and glob arguments (discover.ts on fdir): links, loops, ignored folders left
// unread, and matching that stays linear on long names.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveInputs } from '../../server/src/cli/files';
import { readsDuring, tempDir, write } from './helpers';

describe('cli file discovery', () => {
  let dir: string;
  const found = (inputs: string[]) => {
    const r = resolveInputs(inputs, dir);
    return { files: r.targets.map((t) => (t.kind === 'file' ? path.relative(dir, t.path) : '-')), errors: r.errors };
  };
  const readsDuringRun = (fn: () => void): string[] => readsDuring(dir, fn).read;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes a link to a file as the file, does not follow a link to a folder, and skips a broken link', () => {
    write(dir, 'd/real.md', '1. A.\n');
    write(dir, 'elsewhere/other.md', '1. B.\n');
    fs.symlinkSync(path.join(dir, 'd/real.md'), path.join(dir, 'd/alias.md'));
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'd/linked-folder'));
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'd/broken.md'));
    const expected = { files: ['d/alias.md', 'd/real.md'], errors: [] };
    assert.deepEqual(found(['d']), expected);
    assert.deepEqual(found(['d/**/*.md']), expected);
  });

  it('ends on a link that loops back to a folder above it', () => {
    write(dir, 'd/a/x.md', '1. A.\n');
    fs.symlinkSync(path.join(dir, 'd'), path.join(dir, 'd/a/loop'));
    fs.symlinkSync('self', path.join(dir, 'd/self'));
    assert.deepEqual(found(['d']), { files: ['d/a/x.md'], errors: [] });
    assert.deepEqual(found(['d/**']), { files: ['d/a/x.md'], errors: [] });
  });

  it('never reads a folder an ignore file excludes, nor node_modules or a dot-folder', () => {
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, '.gitignore', 'build/\n');
    write(dir, 'd/a.md', '1. A.\n');
    write(dir, 'build/deep/b.md', '1. B.\n');
    write(dir, 'node_modules/m/c.md', '1. C.\n');
    write(dir, '.cache/e.md', '1. E.\n');
    let r: ReturnType<typeof found> | undefined;
    assert.deepEqual(
      readsDuringRun(() => (r = found(['.']))),
      ['', 'd'],
    );
    assert.deepEqual(r, { files: ['d/a.md'], errors: [] });
    assert.deepEqual(
      readsDuringRun(() => (r = found(['**/*.md']))),
      ['', 'd'],
    );
    assert.deepEqual(r, { files: ['d/a.md'], errors: [] });
  });

  it('matches a long name against a many-star pattern in linear time (a backtracking regex would take hours)', () => {
    const name = `${'-'.repeat(200)}.txt`;
    write(dir, `d/${name}`, '1. A.\n');
    const t0 = Date.now();
    const r = found(['d/**/*-*-*-*-*-*-*-*.md', 'd/*-*-*-*-*-*-*-*.txt']);
    assert.deepEqual(r, { files: [`d/${name}`], errors: [{ input: 'd/**/*-*-*-*-*-*-*-*.md', reason: 'no files match this pattern' }] });
    // Generous for a loaded machine; picomatch's regular expression for this pattern needs ~200^8/8! ≈ 6·10^13 steps.
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
});
