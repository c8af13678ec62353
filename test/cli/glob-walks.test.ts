// Brace alternatives share one walk of their base directory, and a pattern with more alternatives than
// undraft expands is refused with a reason instead of being cut short silently.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveInputs } from '../../server/src/cli/files';
import { tempDir, write } from './helpers';

describe('cli brace globs', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    write(dir, 'd/x/ab.md', '1. A.\n');
    write(dir, 'd/y/z/ba.md', '1. B.\n');
    write(dir, 'd/y/other.md', '1. C.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks a base directory once for all the alternatives that share it', () => {
    // The module object itself (the namespace import is read-only); files.ts reads through it.
    const nodeFs = require('node:fs') as { readdirSync: unknown };
    const real = fs.readdirSync;
    let reads = 0;
    nodeFs.readdirSync = (...args: unknown[]) => {
      reads++;
      return (real as (...a: unknown[]) => unknown)(...args);
    };
    let found: string[];
    try {
      found = resolveInputs(['d/**/{a,b}{a,b}.md'], dir).targets.map((t) => (t.kind === 'file' ? path.relative(dir, t.path) : '-'));
    } finally {
      nodeFs.readdirSync = real;
    }
    assert.deepEqual(found, ['d/x/ab.md', 'd/y/z/ba.md']);
    assert.equal(reads, 4, 'd, d/x, d/y, d/y/z: each read once');
  });

  it('enters only folders where the pattern can still match', () => {
    const nodeFs = require('node:fs') as { readdirSync: unknown };
    const real = fs.readdirSync;
    const read: string[] = [];
    nodeFs.readdirSync = (...args: unknown[]) => {
      read.push(path.relative(dir, String(args[0])));
      return (real as (...a: unknown[]) => unknown)(...args);
    };
    try {
      assert.deepEqual(resolveInputs(['d/*/q*/*.md'], dir).errors, [{ input: 'd/*/q*/*.md', reason: 'no files match this pattern' }]);
    } finally {
      nodeFs.readdirSync = real;
    }
    // d/y/z is within the pattern's depth, but z is no q*: it is not read.
    assert.deepEqual(read.sort(), ['d', 'd/x', 'd/y']);
  });

  it('refuses a pattern with more than 1,024 alternatives, saying why', () => {
    const r = resolveInputs([`d/**/${'{a,b}'.repeat(11)}.md`], dir);
    assert.deepEqual(r.targets, []);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].reason, /more than 1024 brace alternatives/);
  });
});
