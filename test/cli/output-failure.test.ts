// When the report cannot be written (a full disk, /dev/full), the CLI says so in one line and exits 2:
// exit 1 would mean "error findings", and a stack trace helps nobody.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { CLI, tempDir, write } from './helpers';

describe('cli output write failure', function () {
  before(function () {
    if (!fs.existsSync('/dev/full')) this.skip();
  });

  for (const args of [['-f', 'json'], [], ['--fix-dry-run']]) {
    it(`exits 2 with a one-line message when stdout is full (${args.join(' ') || 'stylish'})`, () => {
      const dir = tempDir();
      const full = fs.openSync('/dev/full', 'w');
      try {
        write(dir, 'x.md', '1. Text [x].\n');
        const r = spawnSync(process.execPath, [CLI, ...args, 'x.md'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        assert.equal(r.status, 2, r.stderr);
        // With --fix-dry-run stdout carries the fixed text and stderr the report, which may come first.
        const expected = 'undraft: could not write the output: no space left on device\n';
        if (args.includes('--fix-dry-run')) assert.ok(r.stderr.endsWith(expected) && !/\n\s+at /.test(r.stderr), r.stderr);
        else assert.equal(r.stderr, expected);
      } finally {
        fs.closeSync(full);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
