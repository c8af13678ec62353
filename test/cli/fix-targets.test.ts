// --fix writes back only regular files the user named: not standard input reached through /dev/stdin,
// /proc/self/fd/0 or a link to them (`--fix -` is refused already).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, tempDir, write } from './helpers';

const DRAFT = '1. The meeting was held on 14-16 October 2024 [in Vienna].\n';

describe('cli --fix targets', function () {
  before(function () {
    if (process.platform === 'win32') this.skip();
  });

  for (const target of ['/dev/stdin', '/proc/self/fd/0', 'link.md']) {
    it(`refuses --fix ${target} < f.md, leaving f.md as it was`, () => {
      const dir = tempDir();
      const file = write(dir, 'f.md', DRAFT);
      fs.symlinkSync('/dev/stdin', path.join(dir, 'link.md'));
      const input = fs.openSync(file, 'r');
      try {
        const r = spawnSync(process.execPath, [CLI, '--fix', target], { cwd: dir, stdio: [input, 'pipe', 'pipe'], encoding: 'utf8' });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /--fix writes only regular files named directly/);
        assert.equal(fs.readFileSync(file, 'utf8'), DRAFT);
      } finally {
        fs.closeSync(input);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('still fixes a regular file named directly, and one reached through a link to it', () => {
    const dir = tempDir();
    try {
      const file = write(dir, 'f.md', DRAFT);
      fs.symlinkSync('f.md', path.join(dir, 'alias.md'));
      const r = spawnSync(process.execPath, [CLI, '--fix', 'alias.md'], { cwd: dir, encoding: 'utf8' });
      assert.notEqual(r.status, 2, r.stderr);
      assert.notEqual(fs.readFileSync(file, 'utf8'), DRAFT);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
